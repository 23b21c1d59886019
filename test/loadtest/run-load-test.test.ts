// Headless load tests through the same client, against a real Locust on 127.0.0.1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { HttpTransport, LocustClient } from '../../src/loadtest/locust-client.js';
import { summaryMarkdown } from '../../src/loadtest/results.js';
import { gateFailure, LoadTestError, runLoadTest } from '../../src/loadtest/run-load-test.js';
import { ScaledClock } from '../../src/time/clock.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

const describeIf = locustAvailable() ? describe : describe.skip;
const lenient = { maxFailRatio: 0.5, maxP95Ms: 5000, minRps: 1 };

describeIf('run-load-test against a real Locust', () => {
  const real = useLocust(2);
  const client = () => new LocustClient(new HttpTransport(real.locust.webUrl));
  const base = () => ({
    cluster: 'perf-example',
    users: 6,
    spawnRate: 6,
    runTimeSeconds: 4,
    expectedWorkers: 2,
    clock: new ScaledClock(1),
    sampleEverySeconds: 1,
    workerDeadlineSeconds: 20,
  });

  test('a short swarm: samples, CSV and HTML, passing gates, failures grouped by Akrida step', async () => {
    const t0 = performance.now();
    const r = await runLoadTest(client(), { ...base(), thresholds: lenient });
    const wall = (performance.now() - t0) / 1000;
    expect(r.summary.passed).toBe(true);
    expect(r.summary.valid).toBe(true);
    expect(r.samples.length).toBeGreaterThanOrEqual(3);
    expect(r.samples.at(-1)?.users).toBe(6);
    expect(r.summary.requests.map((x) => x.name).sort()).toEqual([
      'accept_invite',
      'get_invite',
      'on_start',
      'receive_credential',
    ]);
    expect(r.summary.totals.requests).toBeGreaterThan(50);
    expect(r.summary.failures.map((f) => [f.step, f.hint.slice(0, 18)])).toEqual([
      ['receive_credential', 'issuance failed: c'],
    ]);
    expect(r.artifacts.html).toContain('<html');
    expect(gateFailure(r.summary)).toBeUndefined();
    const md = summaryMarkdown(r.summary, r.samples);
    expect(md).toContain('## Load test of perf-example: passed');
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('| receive_credential |');
    // Kept for the issue note: a real summary and the overhead over the configured run time.
    mkdirSync('out', { recursive: true });
    writeFileSync(
      'out/loadtest-summary-example.md',
      `${md}\nWall time ${wall.toFixed(2)} s for a ${r.summary.runTimeSeconds} s run.\n`,
    );
    expect(wall).toBeLessThan(r.summary.runTimeSeconds + 10);
  }, 60_000);

  test('a breached gate names the metric, threshold and value', async () => {
    const r = await runLoadTest(client(), {
      ...base(),
      thresholds: { maxFailRatio: 0.001, maxP95Ms: 5000, minRps: 100000 },
    });
    expect(r.summary.passed).toBe(false);
    expect(gateFailure(r.summary)).toMatch(
      /^load test gates failed: fail ratio 0\.\d{4} \(threshold <= 0\.001\); requests per second \d+\.\d\d \(threshold >= 100000\)$/,
    );
  }, 60_000);

  test('a cancelled run stops the swarm', async () => {
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 1_500);
    await expect(
      runLoadTest(client(), { ...base(), runTimeSeconds: 30, thresholds: lenient, signal: abort.signal }),
    ).rejects.toThrow(new LoadTestError('the load test was cancelled; the swarm was stopped'));
    const by = Date.now() + 10_000;
    let s = await client().stats();
    while (s.state !== 'stopped' && Date.now() < by) {
      await new Promise((res) => setTimeout(res, 500));
      s = await client().stats();
    }
    expect(s.state).toBe('stopped');
  }, 60_000);

  test('too few workers fails before any swarm, naming the missing ones', async () => {
    const before = real.target.hits();
    await expect(
      runLoadTest(client(), {
        ...base(),
        expectedWorkers: 3,
        expectedWorkerHosts: ['10.0.5.9'],
        workerDeadlineSeconds: 2,
        thresholds: lenient,
      }),
    ).rejects.toThrow(
      /^the master sees 2 of 3 workers; missing: 10\.0\.5\.9 \(timed out after \ds waiting for 3 Locust workers at the master; last status: 2\/3 workers\)$/,
    );
    expect(real.target.hits()).toBe(before);
  }, 30_000);
});
