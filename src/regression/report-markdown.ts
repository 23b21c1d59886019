// The regression's job summary and Markdown artifact: where the cluster was left, the failed
// variants with their reasons, a verdict table per metric, the server-side figures per run and the
// trend of earlier runs. Every value passes through the Markdown escapers.
import { mdRow, mdText } from '../render/markdown.js';
import { METRIC_LABEL, METRICS, PHASES, type RegressionReport } from './model.js';
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
      'containers (peak CPU %)',
    ]),
  );
  out.push('|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---|');
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
        Object.entries(run.server?.containers ?? {})
          .map(([k, c]) => `${k} ${c.maxCpuPercent.toFixed(0)}`)
          .join(', ') || '–',
      ]),
    );
  out.push('', timeMarkdown(r));
  if (trend.length > 0) out.push('', trendMarkdown(trend));
  return `${out.join('\n')}\n`;
}

/**
 * Where each run's time went, in the cluster's clock: the load test itself and what the regression
 * adds around it (bake only when the image was made in that run).
 */
export function timeMarkdown(r: RegressionReport): string {
  const out = [
    '### Time per run (s)',
    '',
    mdRow(['#', 'variant', ...PHASES, 'added by the regression']),
    `|---:|---|${PHASES.map(() => '---:').join('|')}|---:|`,
  ];
  for (const run of r.runs)
    out.push(
      mdRow([
        run.order,
        run.variant,
        ...PHASES.map((p) => num(run.phases?.[p], 0)),
        num(run.overheadSeconds, 0),
      ]),
    );
  const added = r.runs.flatMap((x) => (x.overheadSeconds === undefined ? [] : [x.overheadSeconds]));
  if (added.length)
    out.push(
      '',
      `The regression added ${(added.reduce((a, b) => a + b, 0) / added.length).toFixed(0)} s per run on average beyond the load test (rollout, reset, warm-up, collection; the first run of a variant also bakes its image).`,
    );
  return `${out.join('\n')}\n`;
}

/** The history's last runs per variant, oldest first: mean p95, throughput and error ratio. */
export function trendMarkdown(trend: readonly TrendRow[], keep?: number): string {
  const n = Math.max(0, ...trend.map((t) => t.points.length));
  const out = [
    `### Trend (the last ${keep ?? n} runs per variant, oldest first)`,
    '',
    mdRow(['variant', 'runs', 'p95 ms', 'req/s', 'errors %']),
    '|---|---:|---|---|---|',
  ];
  const trail = (xs: number[], digits: number) => xs.map((x) => x.toFixed(digits)).join(' → ');
  for (const t of trend)
    out.push(
      mdRow([
        t.variant,
        t.points.length,
        trail(
          t.points.map((p) => p.p95Ms),
          0,
        ),
        trail(
          t.points.map((p) => p.rps),
          1,
        ),
        trail(
          t.points.map((p) => p.errorRatio * 100),
          2,
        ),
      ]),
    );
  if (trend.length === 0) out.push('| (no earlier run) | 0 | | | |');
  return `${out.join('\n')}\n`;
}
