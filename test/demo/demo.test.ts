// The demo end to end: cluster-up, a real Locust load test against the ACA-Py stand-in, and
// cluster-down in one process; --fail-gate makes the load test fail on its gate, and says why. A
// set-up that fails closes what it had started (a stand-in left listening kept the CLI alive, idle,
// after its error).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/demo/demo.js';
import { startLocalLoadTest } from '../../src/demo/local-load-test.js';
import { LocustStartError, locustAvailable, takenPort } from '../fixtures/locust.js';

const testIf = locustAvailable() ? test : test.skip;

/** What the places an older version wrote to in the checkout hold now (a developer's may have some). */
function checkoutOutputs(): Record<string, number | null> {
  const files = ['cluster-plan.md', 'load-test-results'];
  if (existsSync('load-test-results'))
    files.push(...readdirSync('load-test-results').map((f) => join('load-test-results', f)));
  return Object.fromEntries(files.map((f) => [f, existsSync(f) ? statSync(f).mtimeMs : null]));
}

testIf(
  'a failing gate fails the load test with the reason in its summary; the teardown still runs',
  async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'akrida-demo-'));
    const log: string[] = [];
    const before = checkoutOutputs();
    const { results, runDir } = await runDemo(
      {
        cluster: 'clusters/perf-example.yml',
        outDir,
        runTime: 5,
        users: 6,
        failGate: true,
        timeScale: 0.002,
      },
      (s) => log.push(s),
    );
    expect(results.map((r) => r.result)).toEqual(['success', 'failure', 'success']);
    expect(runDir).toBe(join(outDir, 'runs', readdirSync(join(outDir, 'runs'))[0] ?? ''));
    const summary = readFileSync(join(runDir, 'load-test-summary.md'), 'utf8');
    expect(summary).toContain('## Load test of perf-example: FAILED');
    expect(summary).toMatch(/\| requests per second \| >= 1000000 \| [0-9.]+ \| \*\*FAIL\*\* \|/);
    expect(summary).toMatch(
      /## Failed\n\n\| job \| step \| reason \|\n.*\n\| run \| .* \| load test gates failed: requests per second/,
    );
    // Locust's own figures from this run, saved as this run's artifact.
    const saved = join(runDir, 'artifacts', 'load-test-results');
    const json = JSON.parse(readFileSync(join(saved, 'summary.json'), 'utf8'));
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
    expect(log.join('')).not.toMatch(/warning:/);
    expect(checkoutOutputs()).toEqual(before);
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
  },
  120_000,
);

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
