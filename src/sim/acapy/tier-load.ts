// The ACA-Py tier's load as the simulated AWS sees it. The instances in service know their image,
// and the image its regression variant (its akrida:variant tag); a demo or test says how much
// slower a variant answers. The loopback stand-in asks for that factor on each request and reports
// what it answered, and CloudWatch records it as AWS would: the admin load balancer's
// TargetResponseTime, RequestCount and 5xx per request, each instance's CPU per second. The same
// figures answer the docker stats sampled on the instances (src/sim/container-stats.ts).
import { VARIANT_TAG } from '../../regression/variants.js';
import type { SimInstance } from '../ec2.js';
import type { SimulatedAws } from '../index.js';

/** CPU milliseconds one request costs an ACA-Py instance at factor 1 (an estimate for the model). */
const CPU_MS_PER_REQUEST = 4;
/** An idle agent's CPU, percent. */
const IDLE_CPU = 2;
const VCPUS = 2;

export class AcapyTierLoad {
  /** Variant name -> how many times slower its agent answers (1 when absent). */
  slowdown: Record<string, number> = {};
  /** Requests answered per instance in the current second, and the CPU ms they cost. */
  private second = 0;
  private busyMs = new Map<string, number>();
  private served = 0;
  /** Recent per-second CPU of each instance (for docker stats): instance -> [world second, %]. */
  readonly cpuHistory = new Map<string, [number, number][]>();
  /** Requests per world second, for the database's containers. */
  readonly rateHistory: [number, number][] = [];
  private requestsThisSecond = 0;

  constructor(private readonly sim: SimulatedAws) {}

  /** The ACA-Py instances behind a load balancer now: running and healthy in a target group. */
  isAcapy(inst: SimInstance): boolean {
    return [...this.sim.elb.tgs.values()].some((tg) => tg.targets.has(inst.id));
  }

  serving(): SimInstance[] {
    const out = new Map<string, SimInstance>();
    for (const tg of this.sim.elb.tgs.values())
      for (const id of tg.targets.keys()) {
        const inst = this.sim.ec2.instances.get(id);
        if (inst?.state === 'running' && this.sim.elb.health(tg, id).state === 'healthy') out.set(id, inst);
      }
    return [...out.values()];
  }

  /** The variant an instance runs: its image's akrida:variant tag. */
  variantOf(inst: SimInstance): string | undefined {
    return this.sim.ec2.images.get(inst.imageId)?.tags[VARIANT_TAG];
  }

  /** How much slower than a plain agent the tier answers now (the mean over its instances). */
  factor(): number {
    const f = this.serving().map((i) => this.factorOf(i));
    return f.length ? f.reduce((a, b) => a + b, 0) / f.length : 1;
  }

  /** One request the stand-in answered in `ms` with `status`: CloudWatch's datapoints. */
  answered(ms: number, status: number): void {
    const now = this.sim.world.now();
    const serving = this.serving();
    this.flush(Math.floor(now / 1000), serving);
    const inst = serving[this.served++ % Math.max(1, serving.length)];
    if (inst)
      this.busyMs.set(inst.id, (this.busyMs.get(inst.id) ?? 0) + CPU_MS_PER_REQUEST * this.factorOf(inst));
    this.requestsThisSecond += 1;
    const lb = this.adminLoadBalancer();
    if (!lb) return;
    const dims = { LoadBalancer: lb };
    const cw = this.sim.cloudwatch;
    cw.record('AWS/ApplicationELB', 'TargetResponseTime', dims, ms / 1000, now);
    cw.record('AWS/ApplicationELB', 'RequestCount', dims, 1, now);
    if (status >= 500) cw.record('AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', dims, 1, now);
  }

  private factorOf(inst: SimInstance): number {
    const v = this.variantOf(inst);
    return (v === undefined ? undefined : this.slowdown[v]) ?? 1;
  }

  /** Each instance's CPU for the seconds that ended, one datapoint per second. */
  private flush(second: number, serving: SimInstance[]): void {
    if (second === this.second) return;
    if (this.second !== 0) {
      const at = this.second * 1000;
      for (const inst of serving) {
        const cpu = Math.min(100, IDLE_CPU + (this.busyMs.get(inst.id) ?? 0) / (10 * VCPUS));
        this.sim.cloudwatch.record('AWS/EC2', 'CPUUtilization', { InstanceId: inst.id }, cpu, at);
        const h = this.cpuHistory.get(inst.id) ?? [];
        h.push([this.second, cpu]);
        this.cpuHistory.set(inst.id, h.slice(-600));
      }
      this.rateHistory.push([this.second, this.requestsThisSecond]);
      if (this.rateHistory.length > 600) this.rateHistory.shift();
    }
    this.second = second;
    this.busyMs = new Map();
    this.requestsThisSecond = 0;
  }

  /** CPU % of an instance's agent over the last few seconds (idle when it served nothing). */
  recentCpu(instanceId: string, seconds = 5): number {
    const now = Math.floor(this.sim.world.now() / 1000);
    const h = (this.cpuHistory.get(instanceId) ?? []).filter(([s]) => s >= now - seconds);
    return h.length ? h.reduce((a, [, c]) => a + c, 0) / h.length : IDLE_CPU;
  }

  /** Requests per second over the last few seconds. */
  recentRate(seconds = 5): number {
    const now = Math.floor(this.sim.world.now() / 1000);
    const h = this.rateHistory.filter(([s]) => s >= now - seconds);
    return h.length ? h.reduce((a, [, r]) => a + r, 0) / seconds : 0;
  }

  /** The ALB dimension (app/<name>/<id>) of the ACA-Py admin load balancer. */
  private adminLoadBalancer(): string | undefined {
    const lb = [...this.sim.elb.lbs.values()].find((l) => l.tags['akrida:role'] === 'acapy-admin-lb');
    return lb ? /:loadbalancer\/(.+)$/.exec(lb.arn)?.[1] : undefined;
  }
}
