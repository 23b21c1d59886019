// The regression's report from its runs: verdicts per metric and variant, the regressions that fail
// the workflow, and the three files of the artifact (JSON, Markdown, self-contained HTML).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegressionSection } from '../config/schema-regression.js';
import type { RegressionReport, RunRecord, VariantOutcome } from './model.js';
import { regressionHtml } from './report-html.js';
import { regressionMarkdown, type TrendRow } from './report-markdown.js';
import { regressionSentence, verdicts } from './verdict.js';

export function assembleReport(i: {
  cluster: string;
  section: Pick<RegressionSection, 'thresholds' | 'confidence' | 'repetitions'>;
  variants: VariantOutcome[];
  runs: RunRecord[];
  clusterOn: string;
  startedAt: string;
  finishedAt: string;
  interrupted?: string;
}): RegressionReport {
  const baseline = i.variants.find((v) => v.baseline)?.name;
  if (baseline === undefined) throw new Error('a regression has exactly one baseline (validated)');
  const vs = verdicts(
    i.variants.map((v) => v.name),
    baseline,
    i.runs,
    i.section,
  );
  return {
    cluster: i.cluster,
    startedAt: i.startedAt,
    finishedAt: i.finishedAt,
    confidence: i.section.confidence,
    repetitions: i.section.repetitions,
    variants: i.variants,
    runs: i.runs,
    verdicts: vs,
    clusterOn: i.clusterOn,
    ...(i.interrupted ? { interrupted: i.interrupted } : {}),
    regressions: vs.filter((v) => v.verdict === 'worse').map(regressionSentence),
  };
}

export const REPORT_FILES = {
  json: 'regression.json',
  markdown: 'regression.md',
  html: 'regression.html',
} as const;

/** The artifact: the three files in dir. Returns the Markdown (also the job summary). */
export function writeReportFiles(dir: string, r: RegressionReport, trend: readonly TrendRow[] = []): string {
  mkdirSync(dir, { recursive: true });
  const md = regressionMarkdown(r, trend);
  writeFileSync(join(dir, REPORT_FILES.json), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(dir, REPORT_FILES.markdown), md);
  writeFileSync(join(dir, REPORT_FILES.html), regressionHtml(r, trend));
  return md;
}
