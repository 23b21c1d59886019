// The offline plan: what a cluster file will build, in what order, with what scripts and at what
// cost, computed with no credentials and no network.
import { describeAcapy } from '../acapy/describe.js';
import { desiredResources } from '../cluster/resources.js';
import type { LoadedCluster } from '../config/load.js';
import { formatProblem } from '../config/problems.js';
import { sizeWorkers } from '../config/sizing.js';
import { acapyEnv, envAsText, locustEnv, OFFLINE_FACTS } from '../render/env-files.js';
import { fence, mdCellLines, mdRow, mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { ssmScripts } from '../render/scripts.js';
import { acapyUserData, workerUserData } from '../render/user-data.js';
import { buildSteps, schedule } from './build-steps.js';
import { estimateCost } from './cost.js';

/** Seconds as 12m05s. */
export const minutes = (s: number) => `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;

export function offlinePlan(loaded: LoadedCluster, templates: TemplateSet): string {
  const c = loaded.cluster;
  const out: string[] = [];
  const sizing = sizeWorkers(c);
  out.push(`# Plan for cluster ${mdText(c.name)} (${mdText(loaded.file)}), offline`);
  out.push('');
  out.push(
    `Region ${mdText(c.region)}, VPC ${mdText(c.network.vpcId)}. Akrida ${mdText(c.source.repository)} at ${mdText(c.source.ref)}.`,
  );
  out.push(mdText(describeAcapy(c)));
  out.push(
    `Load: ${c.loadTest.users} users on ${sizing.workers} workers (${sizing.usersPerWorker} per worker; a ${mdText(c.locust.workers.instanceType)} holds ${sizing.maxUsersPerWorker}: ${sizing.portsPerWorker} ports, memory for ${sizing.memoryUsersPerWorker}).`,
  );
  for (const w of loaded.warnings) out.push(`\n> ${mdText(formatProblem(w))}`);

  out.push('', '## Resources', '', '| kind | name | role | details |', '|---|---|---|---|');
  const resources = desiredResources(c);
  for (const r of resources)
    out.push(`${mdRow([r.kind, r.name, r.role]).slice(0, -1)}| ${mdCellLines(r.details)} |`);
  const tags = Object.entries(resources[0]?.tags ?? {})
    .filter(([k]) => k !== 'Name' && k !== 'akrida:role')
    .map(([k, v]) => `${k}=${v}`);
  out.push(
    '',
    `Every resource is tagged ${mdText(tags.join(', '))}, plus Name, akrida:role and akrida:expires-at (now + ${c.teardown.ttlHours} h).`,
  );

  const steps = buildSteps(c);
  const plan = schedule(steps);
  const critical = new Set(plan.criticalPath);
  out.push(
    '',
    '## Build steps',
    '',
    '| step | needs | starts at | takes | critical |',
    '|---|---|---|---|---|',
  );
  for (const s of [...steps].sort((a, b) => (plan.start.get(a.id) ?? 0) - (plan.start.get(b.id) ?? 0))) {
    out.push(
      `| ${s.id}: ${s.title} | ${s.needs.join(', ') || '-'} | ${minutes(plan.start.get(s.id) ?? 0)} | ${minutes(s.seconds)} | ${critical.has(s.id) ? '**yes**' : ''} |`,
    );
  }
  out.push('', `Critical path: ${plan.criticalPath.join(' -> ')} (${minutes(plan.totalSeconds)}).`);

  out.push('', '## Launch-template user data', '');
  out.push('### ACA-Py', '', fence('bash', acapyUserData(templates, c, OFFLINE_FACTS)), '');
  out.push('### Locust worker', '', fence('bash', workerUserData(templates, c, OFFLINE_FACTS)));
  out.push('', '## .env files (secrets shown as references)', '');
  out.push(
    `### ACA-Py (${mdText(c.source.acapyDirectory)}/.env)`,
    '',
    fence('dotenv', envAsText(acapyEnv(c, OFFLINE_FACTS))),
    '',
  );
  out.push(
    `### Locust master (${mdText(c.source.directory)}/.env)`,
    '',
    fence('dotenv', envAsText(locustEnv(c, OFFLINE_FACTS, 'master'))),
    '',
  );
  out.push(
    `### Locust worker (${mdText(c.source.directory)}/.env)`,
    '',
    fence('dotenv', envAsText(locustEnv(c, OFFLINE_FACTS, 'worker'))),
  );

  out.push('', '## Scripts run as root through SSM', '');
  out.push(
    'Every command the toolkit sends to an instance, rendered from this file (secrets are read on the instance from Parameter Store; none is written here).',
  );
  for (const s of ssmScripts(templates, c, OFFLINE_FACTS))
    out.push('', `### ${mdText(s.title)}`, '', mdText(s.when), '', fence('bash', s.script));

  const cost = estimateCost(c);
  out.push('', '## Estimated cost', '', '| item | count | per hour | total per hour |', '|---|---|---|---|');
  for (const l of cost.lines)
    out.push(`| ${l.item} | ${l.count} | $${l.unitHourly.toFixed(4)} | $${l.hourly.toFixed(4)} |`);
  out.push(`| **cluster** | | | **$${cost.hourly.toFixed(4)}** |`);
  out.push(
    '',
    `One load test of ${minutes(c.loadTest.runTimeSeconds)}: $${cost.perLoadTest.toFixed(4)}. Prices: ${cost.basis}`,
  );
  return `${out.join('\n')}\n`;
}
