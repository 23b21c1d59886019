// The regression end to end, as the README's `npm run demo:regression` runs it (this file runs that
// block's exact command, in this process; test/readme.test.ts holds that it does): cluster-up, the
// regression workflow and cluster-down on the simulated AWS, a real Locust on 127.0.0.1 against the
// ACA-Py stand-in. Two variants, three repetitions, interleaved, one made slower: the order, a wallet
// reset before each run, the metrics collected, the verdicts, the history, and the tier back on the
// baseline. Variants that cannot run are in failed-variants.test.ts (a worker of their own).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type RegressionDemoRun, regressionDemoOutcome } from '../../src/demo/regression-demo.js';
import type { RegressionReport } from '../../src/regression/model.js';
import { akrida } from '../fixtures/cli.js';
import { locustAvailable } from '../fixtures/locust.js';
import { blockRunBy, cliCommandsOfBlock } from '../fixtures/readme-blocks.js';
import { report, templateVariant } from '../fixtures/regression-demo.js';
import { seeReport } from '../fixtures/report-browser.js';

// A safety net far above the ~90 s the demo takes on an idle machine, not a measure.
jest.setTimeout(400_000);
const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('the regression demo: two variants, three repetitions, one slowed', () => {
  let run: RegressionDemoRun;
  let r: RegressionReport;
  let wallMs = 0;
  let cli: Awaited<ReturnType<typeof akrida>>;
  beforeAll(async () => {
    const t0 = performance.now();
    // The README's command, its results in a fresh folder (the history must start empty).
    const [command, ...more] = cliCommandsOfBlock(blockRunBy('test/regression/regression-demo.test.ts'));
    if (command === undefined || more.length > 0) throw new Error('the block is one command');
    const argv = command.argv;
    const outDir = mkdtempSync(join(tmpdir(), 'akrida-regression-demo-'));
    cli = await akrida([...argv, '--out', outDir], {
      onRegressionDemo: (demo) => {
        run = demo;
      },
    });
    wallMs = performance.now() - t0;
    r = report(run);
    // The figures the verdict came from, in the log: on a busy machine they show how much noise it added.
    const p95 = r.verdicts.find((v) => v.metric === 'p95');
    console.log(
      `the regression demo took ${(wallMs / 1000).toFixed(0)} s; p95 ms per run: ${r.runs.map((x) => `${x.variant}#${x.repetition} ${x.figures?.p95Ms}`).join(', ')}; p95 verdict ${p95?.verdict} (${JSON.stringify(p95?.ci)})`,
    );
  });

  test('exits 0 as the README block must, and says so without warnings', () => {
    expect(cli.err).not.toMatch(/Warning|warn /);
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/demo: the report flags keep-records and nothing else/);
  });

  test('fails the regression workflow on the slowed variant only', () => {
    expect(run.results.map((x) => x.result)).toEqual(['success', 'failure', 'success']);
    expect(regressionDemoOutcome(run).ok).toBe(true);
    const p95 = r.verdicts.find((v) => v.metric === 'p95' && v.variant === 'keep-records');
    expect(p95?.verdict).toBe('worse');
    expect(p95?.change).toBeGreaterThan(50);
    expect(r.regressions.join('\n')).toMatch(
      /^keep-records: p95 latency \(ms\) \+\d+\.\d % against baseline baseline/m,
    );
    expect(readFileSync(join(run.runDir, 'regression-summary.md'), 'utf8')).toMatch(
      /regression: keep-records: p95 latency \(ms\) \+\d+\.\d % against baseline baseline/,
    );
  });

  test('interleaves the runs, resets the wallet before each, and measures each', () => {
    expect(r.runs.map((x) => `${x.variant}#${x.repetition}`)).toEqual([
      'baseline#1',
      'keep-records#1',
      'baseline#2',
      'keep-records#2',
      'baseline#3',
      'keep-records#3',
    ]);
    const starts = r.runs.map((x) => Date.parse(x.startedAt));
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const resets = run.account.akrida.regression.resets;
    // The first reset copies the wallet as cluster-up left it, before any variant's agent opens it.
    expect(resets[0]?.copied).toEqual(['issuer']);
    expect(resets[0]?.at).toBeLessThan(starts[0] ?? 0);
    starts.forEach((start, i) => {
      const next = starts[i + 1] ?? Number.POSITIVE_INFINITY;
      expect(resets.filter((x) => x.at >= start && x.at < next)).toHaveLength(1);
    });
    for (const x of r.runs) {
      expect([x.variant, x.status]).toEqual([x.variant, 'ok']);
      // Each run measured real load: the slowed variant's users (1.2-2.4 s an answer) make ~55 requests.
      expect(x.figures?.requests).toBeGreaterThan(40);
      expect(x.server?.requestCount).toBeGreaterThan(40);
      expect(x.server?.targetP95Ms).toBeGreaterThan(0);
      expect(x.server?.maxCpuPercent).toBeGreaterThan(0);
      expect(x.server?.minHealthyHosts).toBeGreaterThanOrEqual(1);
      expect(x.server?.minInService).toBeGreaterThanOrEqual(1);
      expect(Object.keys(x.server?.containers ?? {}).sort()).toEqual(['acapy', 'postgres', 'redis']);
      expect(x.series.filter((p) => p.cpuPercent !== undefined).length).toBeGreaterThan(0);
      expect(x.phases?.load).toBeGreaterThan(9);
      expect(x.phases?.rollout).toBeGreaterThan(0);
    }
    // The slowed variant's server side shows it too: its agent's CPU and the load balancer's p95.
    const mean = (v: string, f: (x: RegressionReport['runs'][number]) => number | undefined) =>
      r.runs.filter((x) => x.variant === v).reduce((a, x) => a + (f(x) ?? 0), 0) / 3;
    expect(mean('keep-records', (x) => x.server?.containers?.acapy?.maxCpuPercent)).toBeGreaterThan(
      mean('baseline', (x) => x.server?.containers?.acapy?.maxCpuPercent),
    );
    // Each variant's image is baked once and reused by its later runs.
    expect(r.runs.filter((x) => x.phases?.bake !== undefined).map((x) => x.order)).toEqual([1, 2]);
  });

  test('leaves the tier on the baseline, appends the history, and writes the HTML report', () => {
    expect(r.clusterOn).toBe('baseline');
    expect(templateVariant(run.account)).toBe('baseline');
    const history = execFileSync(
      'git',
      [
        '--git-dir',
        join(run.runDir, '..', '..', 'git', 'local', 'akrida-ops.git'),
        'show',
        'akrida-regression-data:regression/example.json',
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(history)).toHaveLength(1);
    expect(readFileSync(join(run.reportDir, 'regression.md'), 'utf8')).toContain('### Trend');
    expect(existsSync(join(run.reportDir, 'regression.html'))).toBe(true);
  });

  test("the demo's HTML page, in a real browser: the slowed variant flagged, the other not, the runs' curves overlaid", async () => {
    const seen = await seeReport(
      join(run.reportDir, 'regression.html'),
      join('out', 'regression-demo-report.png'),
    );
    const verdict = (metric: string) => seen.verdicts.find((row) => row[0]?.startsWith(metric))?.[7];
    expect(seen.verdicts.every((row) => row[1] === 'keep-records')).toBe(true);
    expect(verdict('p95 latency')).toBe('worse');
    expect(seen.clusterOn).toBe('baseline');
    for (const curves of Object.values(seen.curves)) {
      expect(curves.map((c) => c.variant)).toEqual([
        'baseline',
        'keep-records',
        'baseline',
        'keep-records',
        'baseline',
        'keep-records',
      ]);
      for (const c of curves) expect(c.length).toBeGreaterThan(0);
      expect(new Set(curves.map((c) => c.stroke)).size).toBe(2);
    }
    expect(seen.offPage).toEqual([]);
  });
});
