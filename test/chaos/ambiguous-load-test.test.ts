// A load test on an AWS that answers badly: the same seeded faults as the build chaos test (20 % of
// writes answered ambiguously, 10 % of calls throttled), a real Locust on 127.0.0.1 behind the
// simulated SSM. Every seed's run still passes its gates, stops the swarm and duplicates nothing.
// Replay one seed with AKRIDA_CHAOS_SEEDS=<seed>. Three seeds by default (3 s of real load each),
// all 20 with AKRIDA_CHAOS_FULL=1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsContext } from '../../src/action/context.js';
import { inventory } from '../../src/ops/teardown.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { ScaledClock, VirtualClock } from '../../src/time/clock.js';
import { loadTestAccount } from '../fixtures/load-test-account.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';
import { chaosSeeds } from './seeds.js';

const root = repoRoot();
const wf = (name: string) => join(root, '.github/workflows', `${name}.yml`);
const FAULTS = { ambiguousRate: 0.15, dropRate: 0.05, throttleRate: 0.1 };
const { seeds } = chaosSeeds(3);

const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('a load test on ambiguous AWS answers', () => {
  const real = useLocust(2);

  test.each(seeds)(
    'seed %i: passes, stops the swarm, duplicates nothing, and tears down clean',
    async (seed) => {
      const { clustersDir, file, cluster, clock, a } = await loadTestAccount(real.locust.webUrl, {
        seed,
        faults: FAULTS,
      });
      const run = async (name: string, inputs: Record<string, string>) => {
        const r = await runWorkflowFile(wf(name), {
          root,
          event: { name: 'workflow_dispatch' },
          inputs,
          secrets: a.secrets,
          deps: { ...a.deps, clustersDir },
          artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-chaos-lt-art-')),
          log: () => {},
        });
        const failed = r.steps.filter((s) => s.error).map((s) => `${s.job}: ${s.error}`);
        expect([name, failed]).toEqual([name, []]);
        return r;
      };
      await run('cluster-up', { cluster: file });
      clock.inner = new ScaledClock(0.1, clock.now());
      const lt = await run('load-test', { cluster: file, users: '6', 'spawn-rate': '6', 'run-time': '30' });
      expect(lt.summary).toContain('## Load test of perf-example: passed');
      const stats = (await (await fetch(`${real.locust.webUrl}/stats/requests`)).json()) as { state: string };
      expect(['stopped', 'stopping']).toContain(stats.state);
      // Nothing the load test touched was duplicated.
      const ctx = awsContext(cluster, a.deps);
      const inv = await inventory(ctx, 'perf-example');
      expect([inv.groups.length, inv.loadBalancers.length, inv.templates.length]).toEqual([2, 2, 2]);
      for (const t of a.sim.ec2.templates.values()) expect(t.versions).toHaveLength(1);
      expect(a.sim.ledger.filter((e) => e.ambiguous).length).toBeGreaterThan(0);
      clock.inner = new VirtualClock(clock.now());
      await run('cluster-down', { cluster: file, mode: 'destroy' });
      const left = await inventory(ctx, 'perf-example');
      expect(Object.values(left).filter(Array.isArray).flat()).toEqual([]);
    },
    120_000,
  );
});
