// The run-regression action's three modes, and how a regression ends for the workflow: the step fails on a regression past a threshold (naming
// the metric, the change and the baseline), on a variant that failed, or on an interruption; and
// the rollback alone, which the workflow's cancelled() step runs when the job was cancelled.
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import type { RegressionSection } from '../config/schema-regression.js';
import { mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { regressionPlanMarkdown } from './approval.js';
import type { RegressionReport } from './model.js';
import { writeReportFiles } from './report.js';
import { type RegressionOptions, rollBack, runRegression } from './run-regression.js';
import { baselineOf } from './variants.js';
import { whereTheTierIs } from './where.js';

export function regressionFailure(
  r: RegressionReport,
  s: Pick<RegressionSection, 'variants'>,
): string | undefined {
  const parts = [
    ...r.regressions.map((x) => `regression: ${x}`),
    ...r.variants.filter((v) => v.status === 'failed').map((v) => `variant ${v.name} failed: ${v.error}`),
    ...(r.interrupted ? [`interrupted (${r.interrupted})`] : []),
  ];
  if (parts.length === 0) return undefined;
  const base = baselineOf(s.variants).name;
  const on = r.clusterOn === base ? `on the baseline ${base}` : `on ${r.clusterOn}, not the baseline ${base}`;
  return `${parts.join('; ')}. The ACA-Py tier is ${on}.`;
}

export async function rollBackOnly(
  ctx: AwsContext,
  c: Cluster,
): Promise<{ clusterOn: string; markdown: string }> {
  const base = baselineOf((c.regression as RegressionSection).variants);
  let error: string | undefined;
  await rollBack(ctx, c, base, new Map(), undefined).catch((err: unknown) => {
    error = err instanceof Error ? err.message : String(err);
  });
  const clusterOn = await whereTheTierIs(ctx, c);
  const lines = [
    '## Regression cancelled: rollback',
    '',
    error
      ? `The rollback to ${mdText(base.name)} failed: ${mdText(error)}. The ACA-Py tier is on variant **${mdText(clusterOn)}**.`
      : `The ACA-Py tier is on variant **${mdText(clusterOn)}**.`,
  ];
  return { clusterOn, markdown: `${lines.join('\n')}\n` };
}

export interface RegressionStep {
  outputs?: { 'cluster-on'?: string; regressions?: number; 'report-dir'?: string };
  summary?: string;
  failure?: string;
}

/** plan: the approver's view, no AWS call; run: the regression and its report; rollback only. */
export async function regressionStep(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  o: RegressionOptions & { mode: 'plan' | 'run' | 'rollback' },
): Promise<RegressionStep> {
  if (!c.regression) return { failure: `${c.name} has no regression section in its cluster file` };
  if (o.mode === 'plan') return { summary: regressionPlanMarkdown(t, c) };
  if (o.mode === 'rollback') {
    const r = await rollBackOnly(ctx, c);
    return { outputs: { 'cluster-on': r.clusterOn }, summary: r.markdown };
  }
  const report = await runRegression(ctx, c, t, o);
  const summary = writeReportFiles(o.outputDir, report);
  return {
    outputs: {
      'cluster-on': report.clusterOn,
      regressions: report.regressions.length,
      'report-dir': o.outputDir,
    },
    summary,
    failure: regressionFailure(report, c.regression),
  };
}
