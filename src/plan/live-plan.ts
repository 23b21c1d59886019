// The plan against live state: what applying the cluster file would add, change or remove, read
// with describe calls only (a read-only role is enough). Each kind of resource plans its own part
// (src/resources); this walks the registry of kinds forward (src/resources/registry.ts), passing
// on the facts a later kind needs (src/plan/kind-planners.ts). User data is compared as rendered, with every secret a reference, so the
// diff is safe to post on a pull request.

import { createTwoFilesPatch } from 'diff';
import { describeAcapy } from '../acapy/describe.js';
import type { AwsContext } from '../aws/context.js';
import { DEFAULT_RUN, describeRun, type RunOptions } from '../cluster/run-options.js';
import type { Cluster } from '../config/schema.js';
import { fence, mdCell, mdCellLines, mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { growRootScript } from '../render/scripts.js';
import type { ChangeAction, KindPlan, Observation, PlannedChange, PlannedScript } from '../resources/kind.js';
import { readLastRun } from '../resources/last-run.js';
import { plannedPreparations } from '../resources/machine-prepare.js';
import { KIND_IDS, type KindId, waves } from '../resources/registry.js';
import { PLANNERS, type PlanEnv, type PlanFacts } from './kind-planners.js';

export type { ChangeAction, PlannedChange, PlannedScript };

export interface LivePlan {
  cluster: string;
  /** The ACA-Py release, wallet type and what they decide, as the plan's reader sees them. */
  acapy: string;
  changes: PlannedChange[];
  unchanged: string[];
  scripts: PlannedScript[];
  /** What the plan read at each address: a saved plan's fingerprints come from these. */
  observed: Observation[];
  /** The run's options the plan was made with: an apply of it runs with these. */
  run: RunOptions;
  /** What the apply leaves as it is that the reader should know. */
  notes: string[];
}

export async function livePlan(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  run: RunOptions = DEFAULT_RUN,
): Promise<LivePlan> {
  // The registry's kinds in waves: each plans once the kinds whose facts it reads have.
  const env: PlanEnv = { templates, run, facts: {} };
  const byKind = new Map<KindId, KindPlan<unknown>>();
  for (const wave of waves('forward')) {
    const planned = await Promise.all(wave.map((id) => PLANNERS[id](ctx, c, env)));
    wave.forEach((id, i) => {
      const p = planned[i] as KindPlan<unknown>;
      byKind.set(id, p);
      (env.facts as Record<string, unknown>)[id] = p.facts;
    });
  }
  const parts = KIND_IDS.map((id) => byKind.get(id) as KindPlan<unknown>);
  const f = env.facts as PlanFacts;
  const preps = f.machines.preps;
  const grows: PlannedScript[] = f.machines.grows.map((g) => ({
    title: `Grow the root file system of machine ${g.role} ${g.id}`,
    runs: true,
    why: `its root volume grows to ${g.sizeGiB} GiB`,
    script: growRootScript(templates, c, g.role, g.sizeGiB),
  }));
  const scripts = [...plannedPreparations(preps), ...grows, ...f.images.scripts, ...f.master.scripts];
  await Promise.all(
    scripts.map(async (s) => {
      if (!s.runs || !s.id) return;
      const last = await readLastRun(ctx, c, s.id);
      if (last && 'script' in last && last.script !== s.script)
        s.diff = createTwoFilesPatch('last run', 'this plan', last.script, s.script, '', '', { context: 2 });
    }),
  );
  return {
    cluster: c.name,
    acapy: describeAcapy(c),
    changes: parts.flatMap((x) => x.changes),
    unchanged: parts.flatMap((x) => x.unchanged),
    scripts,
    observed: parts.flatMap((x) => x.observed),
    run,
    notes: parts.flatMap((x) => x.notes ?? []),
  };
}

export function livePlanMarkdown(plan: LivePlan, file: string): string {
  const out = [`## Plan for cluster ${mdText(plan.cluster)} (${mdText(file)}), against live state`, ''];
  if (plan.changes.length === 0) {
    out.push(`No changes. ${plan.unchanged.length} resources are up to date.`);
  } else {
    const count = (a: ChangeAction) => plan.changes.filter((c) => c.action === a).length;
    out.push(
      `${count('add')} to add, ${count('change')} to change, ${count('remove')} to remove; ${plan.unchanged.length} unchanged.`,
      '',
    );
    out.push('| action | resource | details |', '|---|---|---|');
    for (const c of plan.changes)
      out.push(`| ${c.action} | ${mdCell(c.resource)} | ${mdCellLines(c.details)} |`);
    for (const c of plan.changes)
      if (c.diff) out.push('', `### ${mdText(c.resource)}: user data`, '', fence('diff', c.diff));
  }
  for (const n of plan.notes) out.push('', `Note: ${mdText(n)}`);
  const runs = plan.scripts.filter((x) => x.runs);
  out.push('', mdText(describeRun(plan.run)), '', mdText(plan.acapy));
  out.push('', '### Scripts this apply runs as root through SSM', '');
  for (const x of plan.scripts)
    out.push(`- ${x.runs ? '**runs**' : 'skipped'}: ${mdText(x.title)} (${mdText(x.why)})`);
  for (const x of runs) {
    if (x.diff) out.push('', `#### ${mdText(x.title)}: changes since it last ran`, '', fence('diff', x.diff));
    out.push(
      '',
      `<details><summary>${mdText(x.title)}</summary>`,
      '',
      fence('bash', x.script),
      '',
      '</details>',
    );
  }
  return `${out.join('\n')}\n`;
}
