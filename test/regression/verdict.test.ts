// Verdicts per metric and variant that account for noise across repetitions (Welch's t-test from
// @stdlib/stats-ttest2): a slowed variant is worse, noise alone is the same, a large change hidden in
// noise is not called, and a variant with no completed run is failed.
import type { RunRecord } from '../../src/regression/model.js';
import { regressionSentence, verdictFor, verdicts } from '../../src/regression/verdict.js';
import { makeRuns } from '../fixtures/regression-runs.js';

const SECTION = {
  confidence: 0.95,
  thresholds: { p95LatencyPercent: 10, throughputPercent: 5, errorRatio: 0.01 },
};

test('a variant 30 % slower with 2 % noise is worse on p95 and throughput; one within noise is the same', () => {
  const runs = makeRuns(
    [
      { variant: 'base', p95Ms: 200, rps: 50 },
      { variant: 'slow', p95Ms: 260, rps: 38 },
      { variant: 'twin', p95Ms: 202, rps: 49.8 },
    ],
    3,
  );
  const v = verdicts(['base', 'slow', 'twin'], 'base', runs, SECTION);
  const word = (metric: string, variant: string) =>
    v.find((x) => x.metric === metric && x.variant === variant);
  expect(word('p95', 'slow')?.verdict).toBe('worse');
  expect(word('p95', 'slow')?.change).toBeGreaterThan(25);
  expect(word('p95', 'slow')?.ci?.[0]).toBeGreaterThan(0);
  expect(word('throughput', 'slow')?.verdict).toBe('worse');
  expect(word('errorRatio', 'slow')?.verdict).toBe('same');
  expect(word('p95', 'twin')?.verdict).toBe('same');
  expect(word('throughput', 'twin')?.verdict).toBe('same');
  const slow = word('p95', 'slow');
  if (!slow) throw new Error('a p95 verdict for slow');
  expect(regressionSentence(slow)).toMatch(
    /^slow: p95 latency \(ms\) \+\d+\.\d % against baseline base \(threshold \+10\.0 %; Welch t-test on 3 vs 3 runs: 95 % interval \+\d/,
  );
});

test('a change past the threshold but inside the noise is not a regression', () => {
  const runs = makeRuns(
    [
      { variant: 'base', p95Ms: 200, rps: 50 },
      { variant: 'noisy', p95Ms: 230, rps: 50 },
    ],
    2,
    0.4,
    3,
  );
  const p95 = verdictFor('p95', 'noisy', 'base', runs, SECTION);
  expect(Math.abs(p95.change ?? 0)).toBeGreaterThan(10);
  expect(p95.ci?.[0]).toBeLessThan(0);
  expect(p95.ci?.[1]).toBeGreaterThan(0);
  expect(p95.verdict).toBe('same');
});

test('a significant change under the threshold is the same; faster past it is better', () => {
  const runs = makeRuns(
    [
      { variant: 'base', p95Ms: 200, rps: 50 },
      { variant: 'bit-slower', p95Ms: 210, rps: 50 },
      { variant: 'faster', p95Ms: 150, rps: 60 },
    ],
    3,
    0.005,
  );
  expect(verdictFor('p95', 'bit-slower', 'base', runs, SECTION).verdict).toBe('same');
  expect(verdictFor('p95', 'faster', 'base', runs, SECTION).verdict).toBe('better');
  expect(verdictFor('throughput', 'faster', 'base', runs, SECTION).verdict).toBe('better');
});

test('the error ratio is judged in percentage points against its own threshold', () => {
  const runs = makeRuns(
    [
      { variant: 'base', p95Ms: 200, rps: 50, errorRatio: 0.002 },
      { variant: 'flaky', p95Ms: 200, rps: 50, errorRatio: 0.05 },
    ],
    3,
  );
  const e = verdictFor('errorRatio', 'flaky', 'base', runs, SECTION);
  expect(e.threshold).toBe(1);
  expect(e.change).toBeGreaterThan(4);
  expect(e.verdict).toBe('worse');
});

test('a variant whose runs all failed is failed, and one run a side is judged on the threshold alone', () => {
  const runs: RunRecord[] = [
    ...makeRuns([{ variant: 'base', p95Ms: 200, rps: 50 }], 1),
    {
      variant: 'broken',
      repetition: 1,
      order: 2,
      status: 'failed',
      error: 'rollout failed',
      startedAt: '',
      series: [],
    },
  ];
  expect(verdictFor('p95', 'broken', 'base', runs, SECTION)).toMatchObject({
    verdict: 'failed',
    basis: 'no completed run of broken',
  });
  const one = [
    ...makeRuns(
      [
        { variant: 'base', p95Ms: 200, rps: 50 },
        { variant: 'slow', p95Ms: 300, rps: 50 },
      ],
      1,
    ),
  ];
  const p = verdictFor('p95', 'slow', 'base', one, SECTION);
  expect(p.verdict).toBe('worse');
  expect(p.ci).toBeUndefined();
  expect(p.basis).toMatch(/^one run a side, no noise estimate/);
});
