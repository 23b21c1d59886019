// The README's demo block, each command as written (test/readme.test.ts holds that this file runs
// them), in this process: cluster-up, a real Locust load test against the ACA-Py stand-in, and
// cluster-down; --fail-gate makes the load test fail on its gate, and says why; --spot-interruption
// loses a worker and says so. A set-up that fails closes what it had started (a stand-in left
// listening kept the CLI alive, idle, after its error).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalLoadTest } from '../../src/demo/local-load-test.js';
import type { LoadTestSummary } from '../../src/loadtest/results.js';
import { akrida } from '../fixtures/cli.js';
import { LocustStartError, locustAvailable, takenPort } from '../fixtures/locust.js';
import { blockRunBy, cliCommandsOfBlock } from '../fixtures/readme-blocks.js';

const testIf = locustAvailable() ? test : test.skip;
const describeIf = locustAvailable() ? describe : describe.skip;

/** What the places an older version wrote to in the checkout hold now (a developer's may have some). */
function checkoutOutputs(): Record<string, number | null> {
  const files = ['cluster-plan.md', 'load-test-results'];
  if (existsSync('load-test-results'))
    files.push(...readdirSync('load-test-results').map((f) => join('load-test-results', f)));
  return Object.fromEntries(files.map((f) => [f, existsSync(f) ? statSync(f).mtimeMs : null]));
}

const COMMANDS = cliCommandsOfBlock(blockRunBy('test/demo/demo.test.ts'));

/** The block's command with these flags (and no other demo flag), run as the README has it; its results in a fresh folder. */
async function runLine(flags: string[]) {
  const kinds = ['--fail-gate', '--spot-interruption'];
  const command = COMMANDS.find((c) => kinds.every((k) => c.argv.includes(k) === flags.includes(k)));
  if (command === undefined)
    throw new Error(`the README's demo block has no command with ${flags.join(' ') || 'no flag'}`);
  const outDir = mkdtempSync(join(tmpdir(), 'akrida-demo-'));
  const before = checkoutOutputs();
  const cli = await akrida([...command.argv, '--out', outDir]);
  const runDir = join(outDir, 'runs', readdirSync(join(outDir, 'runs'))[0] ?? '');
  const saved = join(runDir, 'artifacts', 'load-test-results');
  // A run that wrote no results says why: the end of its output.
  if (!existsSync(join(saved, 'summary.json')))
    throw new Error(`no load test results (exit ${cli.code}):\n${cli.out.slice(-4000)}\n${cli.err}`);
  return {
    command,
    cli,
    runDir,
    saved,
    results: ['cluster-up', 'load-test', 'cluster-down'].map(
      (w) => new RegExp(`^${w}: (\\w+) in `, 'm').exec(cli.out)?.[1],
    ),
    json: JSON.parse(readFileSync(join(saved, 'summary.json'), 'utf8')) as LoadTestSummary & {
      actualSeconds: number;
    },
    summary: readFileSync(join(runDir, 'load-test-summary.md'), 'utf8'),
    wroteInCheckout: JSON.stringify(checkoutOutputs()) !== JSON.stringify(before),
  };
}

describeIf("the README's demo block, each command as written", () => {
  test('has the three commands this file runs, and no other', () => {
    expect(COMMANDS.map((c) => [c.argv.filter((a) => a.startsWith('--')), c.mayFail])).toEqual([
      [['--cluster', '--run-time'], false],
      [['--cluster', '--run-time', '--fail-gate'], true],
      [['--cluster', '--run-time', '--spot-interruption'], true],
    ]);
  });

  test('the plain demo passes its gates and exits 0', async () => {
    const r = await runLine([]);
    expect(r.cli.err).toBe('');
    expect(r.cli.code).toBe(0);
    expect(r.results).toEqual(['success', 'success', 'success']);
    expect(r.json.result).toBe('passed');
    expect(r.summary).toContain('## Load test of perf-example: passed');
    // A normal run warns of nothing, and writes nothing outside its run folder.
    expect(r.cli.out).not.toMatch(/warning:/);
    expect(r.wroteInCheckout).toBe(false);
  });

  test('--fail-gate fails the load test on its gate (exit 1), the reason in its summary; the teardown still runs', async () => {
    const { cli, runDir, saved, results, json, summary, wroteInCheckout } = await runLine(['--fail-gate']);
    expect(cli.err).toBe('');
    expect(cli.code).toBe(1);
    expect(results).toEqual(['success', 'failure', 'success']);
    expect(summary).toContain('## Load test of perf-example: FAILED');
    expect(summary).toMatch(/\| requests per second \| >= 1000000 \| [0-9.]+ \| \*\*FAIL\*\* \|/);
    expect(summary).toMatch(
      /## Failed\n\n\| job \| step \| reason \|\n.*\n\| run \| .* \| load test gates failed: requests per second/,
    );
    // Locust's own figures from this run, saved as this run's artifact.
    const totals = json.totals;
    // One unit: the rate is the requests over the run's own (real) seconds.
    expect(json.actualSeconds).toBeGreaterThanOrEqual(4);
    expect(json.actualSeconds).toBeLessThan(10);
    expect(Math.abs(totals.requests / json.actualSeconds - totals.rps)).toBeLessThan(0.05 * totals.rps);
    // Even the first sample of a short run charts real data.
    const [first] = JSON.parse(readFileSync(join(saved, 'timeseries.json'), 'utf8'));
    expect(first.rps).toBeGreaterThan(0);
    expect(first.p95).toBeGreaterThan(0);
    // A normal run warns of nothing, and writes nothing outside its run folder.
    expect(cli.out).not.toMatch(/warning:/);
    expect(wroteInCheckout).toBe(false);
    expect(totals.requests).toBeGreaterThan(20);
    expect(summary).toContain(`${totals.requests} requests`);
    expect(summary).toContain('| issue_credential |');
    // The saturation check, from the local Locust workers' own CPU and memory.
    expect(summary).toMatch(
      /Saturation check: the busiest worker peaked at \d+% CPU and \d+% memory over \d+ samples/,
    );
    expect(readFileSync(join(runDir, 'cluster-down-summary.md'), 'utf8')).toContain(
      '## Teardown of perf-example',
    );
  });

  test('--spot-interruption loses a Spot worker during the load test: interrupted (exit 1), the loss in its summary', async () => {
    const { cli, results, json, summary } = await runLine(['--spot-interruption']);
    expect(cli.err).toBe('');
    expect(cli.code).toBe(1);
    expect(results).toEqual(['success', 'failure', 'success']);
    expect(json.result).toBe('interrupted');
    expect(summary).toContain('## Load test of perf-example: INTERRUPTED');
    expect(cli.out).toMatch(/^spot: Spot interruption: EC2's notice to i-\w+/m);
    expect(cli.out).toMatch(/^spot: i-\w+ booted: its Locust worker joins the master$/m);
  });
});

/** Servers of this process still listening (getActiveResourcesInfo also lists one being closed). */
const listening = () =>
  (process as unknown as { _getActiveHandles(): unknown[] })
    ._getActiveHandles()
    .filter((h) => h instanceof HttpServer && h.listening).length;

testIf(
  "the demo's set-up fails when Locust cannot start, and closes the stand-in it had started",
  async () => {
    const taken = await takenPort();
    try {
      const before = listening();
      const runDir = mkdtempSync(join(tmpdir(), 'akrida-demo-'));
      const err = await startLocalLoadTest(
        { cluster: 'clusters/perf-example.yml', runDir, timeScale: 0.002, freePort: async () => taken.port },
        () => {},
      ).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LocustStartError);
      expect((err as Error).message).toMatch(/attempt 3\) exited .* was taken/);
      expect(listening()).toBe(before);
    } finally {
      await new Promise((r) => taken.server.close(r));
    }
  },
  60_000,
);
