// The regression report as one self-contained HTML page: inline CSS and inline SVG charts (latency,
// throughput and server CPU over time, the variants overlaid), the verdict table and the runs. No
// script, no external resource: it opens from the artifact, offline.
import { METRIC_LABEL, type RegressionReport, type RunRecord } from './model.js';
import type { TrendRow } from './report-markdown.js';
import { colourOf, esc, lineChart, type Series } from './svg-chart.js';
import { formatChange } from './verdict.js';

const CSS = `body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1000px}
table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.worse{background:#fdd}.better{background:#dfd}.failed{background:#eee}
.legend span{display:inline-block;margin-right:16px}.legend i{display:inline-block;width:14px;height:4px;margin-right:4px;vertical-align:middle}
figure{margin:0 0 16px}.alert{border-left:4px solid #c00;padding:4px 12px;background:#fff4f4}`;

function seriesOf(
  runs: readonly RunRecord[],
  pick: (p: RunRecord['series'][number]) => number | undefined,
): Series[] {
  return runs
    .filter((r) => r.status === 'ok')
    .map((r) => ({
      variant: r.variant,
      label: `${r.variant} #${r.repetition}`,
      points: r.series.flatMap((p) => {
        const y = pick(p);
        return y === undefined || !Number.isFinite(y) ? [] : [{ x: p.t, y }];
      }),
    }));
}

const n = (v: number | undefined, d = 1) => (v === undefined ? '–' : v.toFixed(d));

export function regressionHtml(r: RegressionReport, trend: readonly TrendRow[] = []): string {
  const names = r.variants.map((v) => v.name);
  const legend = r.variants
    .map(
      (v) =>
        `<span><i style="background:${colourOf(names, v.name)}"></i>${esc(v.name)}${v.baseline ? ' (baseline)' : ''} — acapy-agent:${esc(v.acapyTag)}, ${esc(v.walletType)}${v.status === 'failed' ? ' — failed' : ''}</span>`,
    )
    .join('');
  const rows = r.verdicts
    .map(
      (v) =>
        `<tr class="${v.verdict}" data-metric="${v.metric}" data-variant="${esc(v.variant)}"><td>${esc(METRIC_LABEL[v.metric])}</td><td>${esc(v.variant)}</td><td>${n(v.baselineMean, v.metric === 'errorRatio' ? 4 : 1)}</td><td>${n(v.variantMean, v.metric === 'errorRatio' ? 4 : 1)}</td><td>${esc(formatChange(v))}</td><td>${v.ci ? `${v.ci[0].toFixed(1)} to ${v.ci[1].toFixed(1)}` : '–'}</td><td>${v.pValue === undefined ? '–' : v.pValue.toFixed(3)}</td><td class="verdict">${v.verdict}</td></tr>`,
    )
    .join('');
  const runRows = r.runs
    .map(
      (x) =>
        `<tr><td>${x.order}</td><td>${esc(x.variant)}</td><td>${x.repetition}</td><td>${esc(x.status === 'ok' ? 'ok' : `failed: ${x.error ?? 'unknown'}`)}</td><td>${n(x.figures?.p95Ms, 0)}</td><td>${n(x.figures?.rps)}</td><td>${n(x.figures?.errorRatio, 4)}</td><td>${n(x.server?.targetP95Ms, 0)}</td><td>${n(x.server?.maxCpuPercent)}</td><td>${n(x.overheadSeconds, 0)}</td></tr>`,
    )
    .join('');
  const trendRows = trend
    .map(
      (t) =>
        `<tr><td>${esc(t.variant)}</td><td>${t.points.map((p) => `${esc(p.at.slice(0, 10))}: ${p.p95Ms.toFixed(0)} ms, ${p.rps.toFixed(1)}/s`).join('<br>')}</td></tr>`,
    )
    .join('');
  const chart = (id: string, title: string, yLabel: string, pick: Parameters<typeof seriesOf>[1]) =>
    lineChart({ id, title, yLabel, variants: names, series: seriesOf(r.runs, pick) });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Regression ${esc(r.cluster)}</title><style>${CSS}</style></head><body>
<h1>Regression on ${esc(r.cluster)}</h1>
<p>${esc(r.startedAt)} to ${esc(r.finishedAt)}; ${r.repetitions} repetition(s) per variant, interleaved; ${Math.round(r.confidence * 100)} % confidence (Welch t-test on per-run figures). The cluster is on variant <strong id="cluster-on">${esc(r.clusterOn)}</strong>.</p>
${r.interrupted ? `<p class="alert">Interrupted: ${esc(r.interrupted)}</p>` : ''}
${r.regressions.map((s) => `<p class="alert regression">${esc(s)}</p>`).join('')}
<div class="legend">${legend}</div>
${chart('latency', 'p95 latency over time', 'ms', (p) => p.p95Ms)}
${chart('throughput', 'Throughput over time', 'requests/s', (p) => p.rps)}
${chart('cpu', 'ACA-Py server CPU over time', 'CPU %', (p) => p.cpuPercent)}
<h2>Verdicts</h2>
<table id="verdicts"><thead><tr><th>metric</th><th>variant</th><th>baseline</th><th>variant</th><th>change</th><th>interval</th><th>p</th><th>verdict</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Runs</h2>
<table id="runs"><thead><tr><th>#</th><th>variant</th><th>rep</th><th>status</th><th>p95 ms</th><th>req/s</th><th>errors</th><th>ALB p95 ms</th><th>max CPU %</th><th>overhead s</th></tr></thead><tbody>${runRows}</tbody></table>
${trend.length > 0 ? `<h2>Trend</h2><table id="trend"><tbody>${trendRows}</tbody></table>` : ''}
</body></html>
`;
}
