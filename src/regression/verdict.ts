// Each variant against the baseline, per metric, with the noise across repetitions taken into account:
// Welch's two-sample t-test (@stdlib/stats-ttest2) on the per-run figures gives a confidence interval
// of the difference; a verdict is "worse" only when that interval excludes no change AND the change is
// past the cluster file's threshold, "better" when it excludes no change on the good side past the
// threshold, "same" otherwise.
import ttest2 from '@stdlib/stats-ttest2';
import type { RegressionSection } from '../config/schema-regression.js';
import { METRIC_LABEL, METRICS, type Metric, type RunRecord, type Verdict } from './model.js';

/** Higher is worse for latency and errors, lower for throughput. */
const WORSE_IF_HIGHER: Record<Metric, boolean> = { p95: true, throughput: false, errorRatio: true };

function figureOf(r: RunRecord, m: Metric): number | undefined {
  const f = r.figures;
  if (r.status !== 'ok' || !f) return undefined;
  return m === 'p95' ? f.p95Ms : m === 'throughput' ? f.rps : f.errorRatio;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function thresholdOf(m: Metric, t: RegressionSection['thresholds']): number {
  return m === 'p95' ? t.p95LatencyPercent : m === 'throughput' ? t.throughputPercent : t.errorRatio * 100;
}

/** The change in the report's unit: % of the baseline, or percentage points for the error ratio. */
function scaleOf(m: Metric, baselineMean: number): number | undefined {
  if (m === 'errorRatio') return 100;
  return baselineMean > 0 ? 100 / baselineMean : undefined;
}

interface Interval {
  ci: [number, number];
  pValue?: number;
}

/** The confidence interval of mean(x) - mean(y), raw units; undefined with fewer than 2 runs a side. */
function interval(x: number[], y: number[], confidence: number): Interval | undefined {
  if (x.length < 2 || y.length < 2) return undefined;
  const d = mean(x) - mean(y);
  const flat = (xs: number[]) => xs.every((v) => v === xs[0]);
  // No spread on either side: the t statistic is undefined and the difference is exact.
  if (flat(x) && flat(y)) return { ci: [d, d], ...(d === 0 ? { pValue: 1 } : { pValue: 0 }) };
  const r = ttest2(x, y, { alpha: 1 - confidence, variance: 'unequal' });
  const [lo, hi] = r.ci;
  if (lo === undefined || hi === undefined) return undefined;
  return { ci: [lo, hi], pValue: r.pValue };
}

export function verdictFor(
  metric: Metric,
  variant: string,
  baseline: string,
  runs: readonly RunRecord[],
  r: Pick<RegressionSection, 'thresholds' | 'confidence'>,
): Verdict {
  const threshold = thresholdOf(metric, r.thresholds);
  const of = (name: string) =>
    runs.filter((x) => x.variant === name).flatMap((x) => figureOf(x, metric) ?? []);
  const x = of(variant);
  const y = of(baseline);
  const base = { metric, variant, baseline, threshold };
  if (x.length === 0 || y.length === 0)
    return {
      ...base,
      verdict: 'failed',
      basis: x.length === 0 ? `no completed run of ${variant}` : `no completed run of ${baseline}`,
    };
  const bm = mean(y);
  const vm = mean(x);
  const scale = scaleOf(metric, bm);
  if (scale === undefined)
    return { ...base, baselineMean: bm, variantMean: vm, verdict: 'same', basis: 'baseline mean is 0' };
  const change = (vm - bm) * scale;
  const worseSide = WORSE_IF_HIGHER[metric] ? change > 0 : change < 0;
  const past = Math.abs(change) > threshold;
  const iv = interval(x, y, r.confidence);
  const ci = iv ? ([iv.ci[0] * scale, iv.ci[1] * scale] as [number, number]) : undefined;
  // Significant: the interval lies wholly on one side of no change.
  const significant = ci ? ci[0] > 0 || ci[1] < 0 : past;
  const verdict = significant && past ? (worseSide ? 'worse' : 'better') : 'same';
  const level = `${Math.round(r.confidence * 100)} %`;
  const basis = ci
    ? `Welch t-test on ${x.length} vs ${y.length} runs: ${level} interval ${fmt(ci[0])} to ${fmt(ci[1])}, threshold ${fmt(threshold)}`
    : `one run a side, no noise estimate: change against threshold ${fmt(threshold)} only`;
  return {
    ...base,
    baselineMean: bm,
    variantMean: vm,
    change,
    ...(ci ? { ci } : {}),
    ...(iv?.pValue !== undefined ? { pValue: iv.pValue } : {}),
    verdict,
    basis,
  };
}

const fmt = (v: number) => `${v >= 0 ? '+' : ''}${v.toFixed(1)}`;

/** Every metric for every variant other than the baseline. */
export function verdicts(
  variants: readonly string[],
  baseline: string,
  runs: readonly RunRecord[],
  r: Pick<RegressionSection, 'thresholds' | 'confidence'>,
): Verdict[] {
  return METRICS.flatMap((m) =>
    variants.filter((v) => v !== baseline).map((v) => verdictFor(m, v, baseline, runs, r)),
  );
}

/** The sentence a regression fails the workflow with: metric, change, baseline. */
export function regressionSentence(v: Verdict): string {
  const unit = v.metric === 'errorRatio' ? ' points' : ' %';
  return `${v.variant}: ${METRIC_LABEL[v.metric]} ${fmt(v.change ?? 0)}${unit} against baseline ${v.baseline} (threshold ${fmt(v.metric === 'throughput' ? -v.threshold : v.threshold)}${unit}; ${v.basis})`;
}

export const formatChange = (v: Verdict): string =>
  v.change === undefined ? '–' : `${fmt(v.change)}${v.metric === 'errorRatio' ? ' pt' : ' %'}`;
