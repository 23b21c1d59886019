// Locust workers on Spot with the real local Locust: a Spot worker group is built, one worker is
// interrupted during the load test (EC2's notice, its replacement launched by capacity rebalancing,
// the instance terminated with Spot's reason, its local worker killed and the replacement's worker
// started once it booted), and the summary names the lost worker, when and why, the gap and the
// result "interrupted". The same cluster without an interruption then passes as before.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWithLocalLocust } from '../../src/demo/local-load-test.js';
import type { LoadTestSummary, Sample } from '../../src/loadtest/results.js';
import { locustAvailable } from '../fixtures/locust.js';
import { fileWith } from '../fixtures/plan-apply.js';

const describeIf = locustAvailable() ? describe : describe.skip;

/** Seconds of load: the interrupted run's loss and rejoin fit in 26 s; the run without one needs a few samples. */
async function run(file: string, spot: boolean, runTime = spot ? 26 : 10) {
  const outDir = mkdtempSync(join(tmpdir(), 'akrida-spot-'));
  const log: string[] = [];
  const r = await runWithLocalLocust(
    {
      names: ['cluster-up', 'load-test'],
      cluster: file,
      simulate: true,
      timeScale: 0.002,
      inputs: {},
      outDir,
      event: 'workflow_dispatch',
      verbose: false,
      keepGoing: true,
      inputsByWorkflow: { 'load-test': { users: '8', 'spawn-rate': '8', 'run-time': String(runTime) } },
      ...(spot ? { spotInterruption: { atSeconds: 5, noticeSeconds: 3, bootSeconds: 9 } } : {}),
    },
    (s) => log.push(s),
  );
  const saved = join(r.runDir, 'artifacts', 'load-test-results');
  // A run that wrote no results says why: its workflows' results and the end of its log.
  if (!existsSync(join(saved, 'summary.json')))
    throw new Error(
      `no load test results (workflows: ${r.results.map((x) => x.result).join(', ')}):\n${log.join('').slice(-4000)}`,
    );
  return {
    results: r.results.map((x) => x.result),
    summary: JSON.parse(readFileSync(join(saved, 'summary.json'), 'utf8')) as LoadTestSummary,
    samples: JSON.parse(readFileSync(join(saved, 'timeseries.json'), 'utf8')) as Sample[],
    markdown: readFileSync(join(r.runDir, 'load-test-summary.md'), 'utf8'),
    log: log.join(''),
  };
}

describeIf('a Spot worker interrupted during a load test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-spot-file-'));
  const file = join(dir, 'perf-example.yml');
  writeFileSync(
    file,
    fileWith(
      'clusters/perf-example.yml',
      [['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'] }],
      [['loadTest', 'thresholds'], { maxFailRatio: 0.5, maxP95Ms: 5000, minRps: 1 }],
    ),
  );

  test('the summary names the lost worker, when, which instance and why, the gap; the result is interrupted', async () => {
    const r = await run(file, true);
    expect(r.results).toEqual(['success', 'failure']);
    const victim = /EC2's notice to (i-[0-9a-f]+)/.exec(r.log)?.[1];
    expect(victim).toBeDefined();
    expect(r.log).toContain(`${victim} was terminated: its Locust worker is gone`);
    expect(r.log).toMatch(/i-[0-9a-f]+ booted: its Locust worker joins the master/);
    expect(r.summary.result).toBe('interrupted');
    // The gates themselves pass: the run is interrupted, not failed against them.
    expect(r.summary.passed).toBe(true);
    const i = r.summary.interruption;
    expect(i?.losses).toHaveLength(1);
    const loss = i?.losses[0];
    expect(loss).toMatchObject({ instanceId: victim, spot: true });
    expect(['t3.xlarge', 't3a.xlarge', 'm5.xlarge']).toContain(loss?.instanceType);
    expect(loss?.reason).toMatch(
      /an instance was taken out of service in response to an EC2 Spot Instance interruption notice\. EC2: Server\.SpotInstanceTermination/,
    );
    // Lost a few seconds in (notice 5 s after the first answer, 3 s long), back when the replacement's worker joined.
    expect(loss?.t).toBeGreaterThan(5);
    expect(loss?.rejoinedT).toBeGreaterThan(loss?.t ?? 0);
    expect(loss?.gapSeconds).toBeCloseTo((loss?.rejoinedT ?? 0) - (loss?.t ?? 0), 5);
    expect(i?.lostShare).toBeGreaterThanOrEqual(0.05);
    expect(i?.requestsAfterLoss).toBeGreaterThan(0);
    // The load after the loss is marked, the load before is not.
    expect(r.samples.filter((s) => s.afterLoss).every((s) => s.t >= (i?.markedFromT ?? 0))).toBe(true);
    expect(r.samples.some((s) => s.afterLoss)).toBe(true);
    expect(r.samples.some((s) => !s.afterLoss)).toBe(true);
    expect(r.markdown).toContain('## Load test of perf-example: INTERRUPTED');
    expect(r.markdown).toContain(`| ${victim} (`);
    expect(r.markdown).toMatch(/\| Spot interruption: At \S+ an instance was taken out of service/);
    expect(r.markdown).toMatch(/the result is \*\*interrupted\*\*, not judged by its gates/);
    expect(r.markdown).toMatch(/\| t=\d+ s \| \d+ s \|/); // replacement joined, gap
    expect(r.markdown).toMatch(/load test interrupted: 1 worker\(s\) lost \d+\.\d% of the run's worker time/);
    expect(r.markdown).toMatch(/This run cost about \$0\.\d{4} .*mean Spot price of \d+ pools/);
  }, 180_000);

  test('without an interruption the same Spot cluster passes as before', async () => {
    const r = await run(file, false);
    expect(r.results).toEqual(['success', 'success']);
    expect(r.summary.result).toBe('passed');
    expect(r.summary.interruption).toBeUndefined();
    expect(r.samples.some((s) => s.afterLoss)).toBe(false);
    expect(r.markdown).toContain('## Load test of perf-example: passed');
    expect(r.markdown).not.toContain('lost during the run');
  }, 180_000);
});
