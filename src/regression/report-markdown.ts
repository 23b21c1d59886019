// The regression's job summary and Markdown artifact: where the cluster was left, the failed
// variants with their reasons, a verdict table per metric, the server-side figures per run and the
// trend of earlier runs. Every value passes through the Markdown escapers.
import { mdRow, mdText } from '../render/markdown.js';
import { METRIC_LABEL, METRICS, type RegressionReport } from './model.js';
import { formatChange } from './verdict.js';

export interface TrendRow {
  variant: string;
  /** Oldest first: the run's date and its mean p95 / throughput / error ratio. */
  points: { at: string; p95Ms: number; rps: number; errorRatio: number }[];
}

const num = (v: number | undefined, digits = 1) => (v === undefined ? '–' : v.toFixed(digits));
const VERDICT_MARK = {
  better: '🟢 better',
  same: '⚪ same',
  worse: '🔴 worse',
  failed: '⚫ failed',
} as const;

export function regressionMarkdown(r: RegressionReport, trend: readonly TrendRow[] = []): string {
  const base = r.variants.find((v) => v.baseline)?.name ?? 'none';
  const out = [
    `## Regression on ${mdText(r.cluster)}: ${r.regressions.length === 0 ? 'no regression' : `${r.regressions.length} regression${r.regressions.length === 1 ? '' : 's'}`}`,
    '',
    `Baseline ${mdText(base)}; ${r.repetitions} repetition${r.repetitions === 1 ? '' : 's'} per variant, interleaved; verdicts at ${Math.round(r.confidence * 100)} % confidence. The cluster is on variant **${mdText(r.clusterOn)}**.`,
  ];
  if (r.interrupted)
    out.push(
      '',
      `> Interrupted: ${mdText(r.interrupted)}. The cluster is on variant ${mdText(r.clusterOn)}.`,
    );
  for (const s of r.regressions) out.push('', `- Regression: ${mdText(s)}`);
  const failed = r.variants.filter((v) => v.status === 'failed');
  if (failed.length > 0) {
    out.push('', '### Failed variants', '');
    for (const v of failed) out.push(`- ${mdText(v.name)}: ${mdText(v.error ?? 'failed')}`);
  }
  for (const m of METRICS) {
    out.push(
      '',
      `### ${METRIC_LABEL[m]}`,
      '',
      mdRow(['variant', 'baseline', 'variant', 'change', 'interval', 'p', 'verdict']),
    );
    out.push('|---|---:|---:|---:|---|---:|---|');
    for (const v of r.verdicts.filter((x) => x.metric === m)) {
      const digits = m === 'errorRatio' ? 4 : 1;
      out.push(
        mdRow([
          v.variant,
          num(v.baselineMean, digits),
          num(v.variantMean, digits),
          formatChange(v),
          v.ci ? `${v.ci[0].toFixed(1)} to ${v.ci[1].toFixed(1)}` : '–',
          v.pValue === undefined ? '–' : v.pValue.toFixed(3),
          VERDICT_MARK[v.verdict],
        ]),
      );
    }
  }
  out.push(
    '',
    '### Runs',
    '',
    mdRow([
      '#',
      'variant',
      'rep',
      'status',
      'p95 ms',
      'req/s',
      'errors',
      'ALB p95 ms',
      'ALB 5xx',
      'max CPU %',
      'overhead s',
    ]),
  );
  out.push('|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const run of r.runs)
    out.push(
      mdRow([
        run.order,
        run.variant,
        run.repetition,
        run.status === 'ok' ? 'ok' : `failed: ${run.error ?? 'unknown'}`,
        num(run.figures?.p95Ms, 0),
        num(run.figures?.rps),
        num(run.figures?.errorRatio, 4),
        num(run.server?.targetP95Ms, 0),
        num(run.server?.target5xx, 0),
        num(run.server?.maxCpuPercent),
        num(run.overheadSeconds, 0),
      ]),
    );
  if (trend.length > 0) {
    out.push('', '### Trend (mean p95 ms, oldest first)', '');
    for (const t of trend)
      out.push(`- ${mdText(t.variant)}: ${t.points.map((p) => `${p.p95Ms.toFixed(0)}`).join(' → ')}`);
  }
  return `${out.join('\n')}\n`;
}
