// The load-test workflow through the local runner on the simulated AWS, with the Locust part
// answered by a real Locust on 127.0.0.1 (curl through the simulated SSM on the master).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterFile } from '../../src/config/load.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { ScaledClock, SwitchableClock, VirtualClock } from '../../src/time/clock.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('load-test workflow', () => {
  const real = useLocust(2);

  test('cluster-up, then a load test whose results are artifacts and a job summary', async () => {
    const root = repoRoot();
    const webPort = Number(new URL(real.locust.webUrl).port);
    // A scratch clusters directory: workflows take a cluster only as <clusters dir>/<name>.yml.
    const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-lt-'));
    const file = join(clustersDir, 'perf-example.yml');
    writeFileSync(
      file,
      exampleWith(
        [['locust', 'master', 'webPort'], webPort],
        [['loadTest', 'thresholds'], { maxFailRatio: 0.5, maxP95Ms: 5000, minRps: 1 }],
      ),
    );
    const clock = new SwitchableClock(new VirtualClock());
    const a = await simulatedAccount([loadClusterFile(file).cluster], clock);
    a.akrida.loopbackLocust = true;
    const artifactsDir = mkdtempSync(join(tmpdir(), 'akrida-artifacts-'));
    const opts = (inputs: Record<string, string>) => ({
      root,
      event: { name: 'workflow_dispatch' },
      inputs,
      secrets: a.secrets,
      deps: { ...a.deps, clustersDir },
      artifactsDir,
      log: () => {},
    });

    const up = await runWorkflowFile(join(root, '.github/workflows/cluster-up.yml'), opts({ cluster: file }));
    expect(up.result).toBe('success');

    clock.inner = new ScaledClock(0.1, clock.now());
    const t0 = performance.now();
    const run = await runWorkflowFile(
      join(root, '.github/workflows/load-test.yml'),
      opts({ cluster: file, users: '6', 'spawn-rate': '6', 'run-time': '40' }),
    );
    const wall = (performance.now() - t0) / 1000;
    expect(run.steps.filter((s) => s.error)).toEqual([]);
    expect(run.result).toBe('success');
    expect(run.summary).toContain('## Load test of perf-example: passed');
    expect(run.summary).toContain('| receive_credential |');
    const saved = join(artifactsDir, 'load-test-results'); // the files at the artifact's root
    expect(readdirSync(saved).sort()).toEqual([
      'exceptions.csv',
      'failures.csv',
      'report.html',
      'requests.csv',
      'summary.json',
      'summary.md',
      'timeseries.json',
    ]);
    expect(JSON.parse(readFileSync(join(saved, 'summary.json'), 'utf8')).totals.requests).toBeGreaterThan(20);
    expect(readFileSync(join(saved, 'report.html'), 'utf8')).toContain('<html');
    expect(existsSync(join(saved, 'timeseries.json'))).toBe(true);
    // The swarm is stopped at the end.
    const stats = await (await fetch(`${real.locust.webUrl}/stats/requests`)).json();
    expect(['stopped', 'stopping']).toContain((stats as { state: string }).state);
    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(
      join(root, 'out', 'load-test-workflow-timing.txt'),
      `wall ${wall.toFixed(2)} s for a 4 s (40 simulated s at scale 0.1) run\n`,
    );
  }, 120_000);
});
