// ELBv2's state: what holds a security group, and each target's health as the instance and the
// path it serves make it.
import type { Ec2State, SimInstance } from '../ec2.js';
import { awsError } from '../errors.js';
import { elbParam } from '../params.js';
import type { World } from '../world.js';
import type {
  HttpModel,
  SimCertificate,
  SimListener,
  SimLoadBalancer,
  SimTargetGroup,
  TargetState,
} from './model.js';

/** Seconds an ALB keeps its network interfaces (and so its security groups) after deletion. */
const ENI_RELEASE_SECONDS = 30;

export class ElbState {
  readonly lbs = new Map<string, SimLoadBalancer>();
  readonly tgs = new Map<string, SimTargetGroup>();
  readonly listeners = new Map<string, SimListener>();
  /** ACM certificates of this account and region (ACM itself is not simulated further). */
  readonly certificates = new Map<string, SimCertificate>();
  /** DNS records an operator made: a host name (CNAME or alias) -> a load balancer's DNS name. */
  readonly dnsRecords = new Map<string, string>();
  private readonly released: { groups: string[]; until: number }[] = [];

  constructor(
    private readonly world: World,
    private readonly ec2: Ec2State,
    readonly http: HttpModel,
  ) {
    ec2.groupUsers.push((g) => {
      for (const lb of this.lbs.values())
        if (lb.securityGroups.includes(g))
          return `resource ${g} has a dependent object (load balancer ${lb.name})`;
      const now = this.world.now();
      if (this.released.some((r) => r.until > now && r.groups.includes(g))) {
        return `resource ${g} has a dependent object (network interface of a deleted load balancer)`;
      }
      return undefined;
    });
  }

  /** An issued certificate for these names, as ACM would make it in this region. */
  issueCertificate(...domains: string[]): string {
    const hex = this.world.id('x').slice(2).padEnd(32, '0').slice(0, 32);
    const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const arn = `arn:aws:acm:${this.world.region}:${this.world.accountId}:certificate/${uuid}`;
    this.certificates.set(arn, { arn, domains });
    return arn;
  }

  arn(kind: string, name: string): string {
    const hex = this.world.id('x').slice(2, 18);
    return `arn:aws:elasticloadbalancing:${this.world.region}:${this.world.accountId}:${kind}/${name}/${hex}`;
  }

  /** A load balancer a describe can see, else ELBv2's not-found error. */
  findLb(arn: string | undefined): SimLoadBalancer {
    const lb = this.lbs.get(elbParam(arn, 'LoadBalancerArn'));
    if (!lb || !this.world.visible(lb.createdAt))
      throw awsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
    return lb;
  }

  /** A target group a describe can see, else ELBv2's not-found error. */
  findTg(arn: string | undefined): SimTargetGroup {
    const tg = this.tgs.get(elbParam(arn, 'TargetGroupArn'));
    if (!tg || !this.world.visible(tg.createdAt))
      throw awsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
    return tg;
  }

  findListener(arn: string | undefined): SimListener {
    const l = this.listeners.get(elbParam(arn, 'ListenerArn'));
    if (!l) throw awsError('ListenerNotFound', `Listener '${arn}' not found`);
    return l;
  }

  removeLb(lb: SimLoadBalancer): void {
    for (const l of [...this.listeners.values()]) if (l.lbArn === lb.arn) this.listeners.delete(l.arn);
    this.lbs.delete(lb.arn);
    this.released.push({
      groups: lb.securityGroups,
      until: this.world.now() + this.world.ms(ENI_RELEASE_SECONDS),
    });
  }

  inUse(tg: SimTargetGroup): boolean {
    return [...this.listeners.values()].some((l) => l.targetGroupArn === tg.arn);
  }

  /** Health of one registered target now, as DescribeTargetHealth reports it. */
  health(tg: SimTargetGroup, instanceId: string): { state: TargetState; reason?: string } {
    const t = tg.targets.get(instanceId);
    const inst = this.ec2.instances.get(instanceId);
    if (!t || !inst) return { state: 'unavailable', reason: 'Target.NotRegistered' };
    if (!this.inUse(tg)) return { state: 'unused', reason: 'Target.NotInUse' };
    if (inst.state === 'pending') return { state: 'initial', reason: 'Elb.RegistrationInProgress' };
    if (inst.state === 'shutting-down' || inst.state === 'terminated') {
      return { state: 'draining', reason: 'Target.DeregistrationInProgress' };
    }
    if (inst.state !== 'running' || inst.runningSince === undefined)
      return { state: 'unused', reason: 'Target.InvalidState' };
    const hc = tg.healthCheck;
    const port = hc.port === 'traffic-port' ? t.port : Number(hc.port);
    const now = this.world.now();
    const serves = !this.world.faults.unhealthyInstance(inst.id) && this.http.serves(inst, port, hc.path);
    const servingFrom = Math.max(
      t.registeredAt,
      inst.runningSince + this.world.ms(this.http.bootSeconds(inst)),
    );
    if (serves && now >= servingFrom + this.world.ms(hc.interval * hc.healthy)) return { state: 'healthy' };
    if (now >= t.registeredAt + this.world.ms(hc.interval * hc.unhealthy)) {
      return { state: 'unhealthy', reason: serves ? 'Target.FailedHealthChecks' : 'Target.Timeout' };
    }
    return { state: 'initial', reason: 'Elb.RegistrationInProgress' };
  }

  register(tg: SimTargetGroup, inst: SimInstance, port = tg.port): void {
    if (!tg.targets.has(inst.id)) tg.targets.set(inst.id, { port, registeredAt: this.world.now() });
  }

  tick(): void {
    for (const tg of this.tgs.values()) {
      for (const id of [...tg.targets.keys()]) {
        if (this.ec2.instances.get(id)?.state === 'terminated') tg.targets.delete(id);
      }
    }
  }
}

const _NAME = /^(?!-)(?!internal-)[A-Za-z0-9-]{1,32}(?<!-)$/;
