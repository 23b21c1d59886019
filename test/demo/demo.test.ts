// The demo end to end: cluster-up, a real Locust load test against the ACA-Py stand-in, and
// cluster-down in one process; --fail-gate makes the load test fail on its gate, and says why.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/demo/demo.js';
import { locustAvailable } from '../fixtures/locust.js';

const testIf = locustAvailable() ? test : test.skip;

testIf(
  'a failing gate fails the load test with the reason in its summary; the teardown still runs',
  async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'akrida-demo-'));
    const log: string[] = [];
    const { results, runDir } = await runDemo(
      {
        cluster: 'clusters/perf-example.yml',
        outDir,
        runTime: 4,
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
    const saved = join(runDir, 'artifacts', 'load-test-results', 'load-test-results');
    const totals = JSON.parse(readFileSync(join(saved, 'summary.json'), 'utf8')).totals;
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
