// The load-test workflow under the generated deploy policy: a real Locust on 127.0.0.1 behind the
// simulated SSM (as the load-test chaos test runs it), on a built cluster, with the policy enforced
// from the first call. Skipped where Locust is not installed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOAD_TEST_OPERATIONS, ROLE_OPERATIONS, rolePolicy } from '../../src/iam/policies.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { ScaledClock, VirtualClock } from '../../src/time/clock.js';
import { loadTestAccount } from '../fixtures/load-test-account.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

const root = repoRoot();
const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('load-test under the deploy policy', () => {
  const real = useLocust(2);

  test('passes, makes only operations the deploy policy lists, and needs its worker statement', async () => {
    const { clustersDir, file, cluster, clock, a } = await loadTestAccount(real.locust.webUrl);
    const enforcer = new IamEnforcer(a.sim, rolePolicy('deploy', [cluster]));
    const made = new Set<string>();
    a.sim.world.authorize = (service, operation, input) => {
      made.add(`${service}:${operation}`);
      enforcer.authorize(service, operation, input);
    };
    const run = async (name: string, inputs: Record<string, string>, mayFail = false) => {
      const r = await runWorkflowFile(join(root, '.github/workflows', `${name}.yml`), {
        root,
        event: { name: 'workflow_dispatch' },
        inputs,
        secrets: a.secrets,
        deps: { ...a.deps, clustersDir },
        artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-iam-lt-art-')),
        log: () => {},
      });
      const failed = r.steps.filter((s) => s.error).map((s) => `${s.job}: ${s.error}`);
      if (!mayFail) expect([name, failed]).toEqual([name, []]);
      return { ...r, failed };
    };
    await run('cluster-up', { cluster: file });
    const inputs = { cluster: file, users: '6', 'spawn-rate': '6', 'run-time': '30' };
    clock.inner = new ScaledClock(0.1, clock.now());
    // The statement no other scenario needs: without it, sampling the workers is refused.
    enforcer.policy = rolePolicy('deploy', [cluster], 'CommandOnClusterInstances');
    const refused = await run('load-test', inputs, true);
    expect(refused.failed.join('\n')).toMatch(/AccessDeniedException.*ssm:SendCommand/);
    enforcer.policy = rolePolicy('deploy', [cluster]);
    made.clear();
    const lt = await run('load-test', inputs);
    expect(lt.summary).toContain('## Load test of perf-example: passed');
    clock.inner = new VirtualClock(clock.now());
    expect([...made].filter((op) => !ROLE_OPERATIONS.deploy.includes(op))).toEqual([]);
    // And the operations only it makes are made: no grant is unused.
    expect(LOAD_TEST_OPERATIONS.filter((op) => !made.has(op))).toEqual([]);
  }, 120_000);
});
