// The plan as the plan-cluster action writes it: offline, or live with the cost beneath, and with a
// saved plan beside the Markdown when asked (the Markdown then names its hash).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AwsContext } from '../aws/context.js';
import type { RunOptions } from '../cluster/run-options.js';
import type { LoadedCluster } from '../config/load.js';
import type { TemplateSet } from '../render/render.js';
import { estimateCost } from './cost.js';
import { type LivePlan, livePlanMarkdown } from './live-plan.js';
import { offlinePlan } from './offline-plan.js';
import { makePlanFile } from './plan-file.js';
import type { SavedPlan } from './saved-plan.js';

export interface PlanReport {
  markdown: string;
  hourly: number;
  live?: LivePlan;
  saved?: SavedPlan;
}

/** Writes a file, making its folder first (a runner's temp folder starts empty). */
export function writeMade(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function planReport(
  ctx: AwsContext,
  loaded: LoadedCluster,
  templates: TemplateSet,
  opts: { live: boolean; markdownFile: string; planOut?: string; run?: RunOptions },
): Promise<PlanReport> {
  if (opts.planOut && !opts.live) throw new Error('plan-out saves a live plan: set live to true');
  const cost = estimateCost(loaded.cluster);
  if (!opts.live) {
    const markdown = offlinePlan(loaded, templates);
    writeMade(opts.markdownFile, markdown);
    return { markdown, hourly: cost.hourly };
  }
  const { live, saved } = await makePlanFile(ctx, loaded, templates, opts.run ? { run: opts.run } : {});
  if (opts.planOut) writeMade(opts.planOut, `${JSON.stringify(saved, null, 2)}\n`);
  const markdown = [
    livePlanMarkdown(live, loaded.file),
    `Estimated cost: $${cost.hourly.toFixed(4)} per hour; one load test $${cost.perLoadTest.toFixed(4)}.\n`,
    ...(opts.planOut
      ? [`Saved plan \`${saved.hash}\`: an apply of it refuses to run if anything it read has moved.\n`]
      : []),
  ].join('\n');
  writeMade(opts.markdownFile, markdown);
  return { markdown, hourly: cost.hourly, live, ...(opts.planOut ? { saved } : {}) };
}
