// The plan against live state: what applying the cluster file would add, change or remove, read
// with describe calls only (a read-only role is enough). Each kind of resource plans its own part
// (src/resources); this composes them in the order the build makes them, passing on the facts a
// later kind needs. User data is compared as rendered, with every secret a reference, so the
// diff is safe to post on a pull request.

import { createTwoFilesPatch } from 'diff';
import { describeAcapy } from '../acapy/describe.js';
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import { OFFLINE_FACTS } from '../render/env-files.js';
import { fence, mdCell, mdCellLines, mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { groups } from '../resources/groups.js';
import { images } from '../resources/images-kind.js';
import type { ChangeAction, Observation, PlannedChange, PlannedScript } from '../resources/kind.js';
import { readLastRun } from '../resources/last-run.js';
import { launchTemplates } from '../resources/launch-templates.js';
import { LOAD_BALANCER_KINDS, loadBalancing } from '../resources/load-balancing.js';
import { plannedMachineFacts } from '../resources/machine-facts.js';
import { plannedPreparations, preparations } from '../resources/machine-prepare.js';
import { machines } from '../resources/machines.js';
import { master } from '../resources/master.js';
import { parameters } from '../resources/parameters.js';
import { securityGroups } from '../resources/security-groups.js';

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
}

export async function livePlan(ctx: AwsContext, c: Cluster, templates: TemplateSet): Promise<LivePlan> {
  const machinePlan = machines.plan(ctx, c);
  const [sg, img, lb, params, mach, made] = await Promise.all([
    securityGroups.plan(ctx, c),
    images.plan(ctx, c, { templates }),
    loadBalancing.plan(ctx, c),
    parameters.plan(ctx, c),
    machinePlan,
    plannedMachineFacts(
      ctx,
      c,
      machinePlan.then((p) => Object.values(p.facts.byRole)),
    ),
  ]);
  const preps = preparations(templates, c, mach.facts.byRole);
  // Ids the issuer's preparation may make anew are unknown until it ran: the plan shows placeholders.
  if (preps.some((p) => p.idsChange) && made.ledgerIds) made.ledgerIds = OFFLINE_FACTS.ledgerIds;
  // A machine prepared again is a change too, even when nothing else about it changes.
  for (const p of preps) {
    const resource = `machine ${p.role} ${p.instanceId}`;
    if (!p.runs || !p.instanceId || mach.changes.some((x) => x.resource === resource)) continue;
    mach.unchanged = mach.unchanged.filter((u) => u !== resource);
    mach.changes.push({ action: 'change', resource, details: [`prepare it again: ${p.why}`] });
  }
  const m = await master.plan(ctx, c, {
    templates,
    perfSg: sg.facts['perf-sg'],
    dns: { admin: lb.facts.admin?.dns, transport: lb.facts.transport?.dns },
    machineFacts: made,
  });
  const lt = await launchTemplates.plan(ctx, c, {
    templates,
    imageIds: img.facts.ids,
    perfSg: sg.facts['perf-sg'],
    facts: {
      ...made,
      adminDns: m.facts.adminDns,
      transportDns: m.facts.transportDns,
      masterPrivateIp: m.facts.privateIp,
    },
  });
  const tgs = lb.facts.targetGroupArns ?? {};
  const grp = await groups.plan(ctx, c, {
    templateIds: lt.facts,
    targetGroupArns: LOAD_BALANCER_KINDS.map((k) => tgs[k] ?? `<new ${k} target group>`),
  });
  const parts = [sg, mach, img, lb, m, lt, grp, params];
  const scripts = [...plannedPreparations(preps), ...img.facts.scripts, ...m.facts.scripts];
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
  const runs = plan.scripts.filter((x) => x.runs);
  out.push('', mdText(plan.acapy));
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
