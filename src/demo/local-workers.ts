// One local Locust worker per simulated worker instance, through a Spot interruption: when EC2 takes
// an instance back its worker process is killed (the instance vanishes with it), and a new
// instance of the group starts one once it has booted (its user data joins the master by itself).
// With an interruption planned, EC2's notice goes to one Spot worker some seconds into the swarm.
import type { ChildProcess } from 'node:child_process';
import type { SimulatedAccount } from '../runner/simulated-account.js';
import type { LocustCluster } from './local-locust.js';

export interface SpotInterruptionPlan {
  /** Seconds after the swarm's first answered request that the notice is given. */
  atSeconds: number;
  /** The notice's length here (AWS gives 120 s); the boot of a replacement, shortened alike. */
  noticeSeconds: number;
  bootSeconds: number;
}

/** An interruption that fits a run of this many real seconds: early, with time to see the gap. */
export function interruptionFor(runTimeSeconds: number): SpotInterruptionPlan {
  return {
    atSeconds: Math.max(2, Math.round(runTimeSeconds * 0.2)),
    noticeSeconds: Math.max(2, Math.round(runTimeSeconds * 0.15)),
    bootSeconds: Math.max(6, Math.round(runTimeSeconds * 0.4)),
  };
}

export interface LocalWorkers {
  /** The local process of a simulated instance, once bound. */
  pidOf(instanceId: string): number | undefined;
  /** The instance the plan interrupted, once it was. */
  interrupted(): string | undefined;
  stop(): void;
}

export function bindLocalWorkers(
  sim: SimulatedAccount['sim'],
  locust: LocustCluster,
  group: string,
  plan: SpotInterruptionPlan | undefined,
  say: (line: string) => void,
): LocalWorkers {
  const bound = new Map<string, ChildProcess>();
  const spare = locust.processes.slice(1).filter((p) => p.exitCode === null);
  let swarmedAt: number | undefined;
  let victim: string | undefined;
  const poll = async () => {
    sim.world.tick();
    const g = sim.asg.groups.get(group);
    if (!g) return;
    const now = sim.clock.now();
    for (const id of [...g.instances].sort()) {
      const inst = sim.ec2.instances.get(id);
      if (!inst) continue;
      const p = bound.get(id);
      if (p && inst.state !== 'running' && inst.state !== 'pending') {
        p.kill('SIGKILL');
        bound.delete(id);
        say(`${id} was terminated: its Locust worker is gone\n`);
      } else if (!p && inst.state === 'running') {
        // The workers running at the start are already up; a new instance first boots.
        const first = spare.shift();
        if (first) bound.set(id, first);
        else if (now >= (inst.runningSince ?? now) + sim.world.ms(sim.world.latency.workerBoot)) {
          bound.set(id, locust.addWorker());
          say(`${id} booted: its Locust worker joins the master\n`);
        }
      }
    }
    if (!plan || victim) return;
    if (swarmedAt === undefined) {
      // From the first answered request, not the swarm's start: the run's samples are under way then,
      // however slowly a busy machine starts them.
      const stats = await fetch(`${locust.webUrl}/stats/requests`, { signal: AbortSignal.timeout(1_000) })
        .then(
          (r) => r.json() as Promise<{ state?: string; stats?: { name?: string; num_requests?: number }[] }>,
        )
        .catch(() => ({ state: undefined, stats: undefined }));
      const answered = stats.stats?.find((x) => x.name === 'Aggregated')?.num_requests ?? 0;
      if ((stats.state === 'running' || stats.state === 'spawning') && answered > 0) swarmedAt = Date.now();
    } else if (Date.now() - swarmedAt >= plan.atSeconds * 1000) {
      try {
        victim = sim.interruptSpot(group).id;
      } catch (err) {
        victim = '(none)';
        say(`warning: no Spot interruption: ${(err as Error).message}\n`);
        return;
      }
      say(
        `Spot interruption: EC2's notice to ${victim}, ${plan.noticeSeconds} s here (2 minutes on AWS); capacity rebalancing launches its replacement\n`,
      );
    }
  };
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    poll().finally(() => {
      busy = false;
    });
  }, 250);
  timer.unref();
  return {
    pidOf: (id) => bound.get(id)?.pid,
    interrupted: () => victim,
    stop: () => clearInterval(timer),
  };
}
