// The cluster-up job summary: where to go (admin, transport, Locust UI), what runs (images,
// template versions, groups), what it costs per hour, and how long each job took.

import type { AwsContext } from '../aws/context.js';
import { findImages, findLaunchTemplates, newestAvailable, selector, tagMap } from '../aws/discover.js';
import { adminUrl } from '../cluster/listeners.js';
import { TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { estimateCost } from '../plan/cost.js';
import { spotQuote } from '../plan/spot-prices.js';
import { fence, mdRow, mdText } from '../render/markdown.js';
import { describeGroups } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';
import { TIERS, type Tier } from '../resources/launch-templates.js';
import { plannedMachineFacts } from '../resources/machine-facts.js';
import { findMachines, PREPARED_TAG } from '../resources/machines.js';
import { describeMaster } from '../resources/master.js';
import { loadBalancers } from './discover-cluster.js';

export interface JobTiming {
  job: string;
  seconds: number;
}

/** Job timings from `toJSON(needs)` where each job outputs started/finished epoch seconds. */
export function jobTimings(needsJson: string): JobTiming[] {
  if (!needsJson.trim()) return [];
  const needs = JSON.parse(needsJson) as Record<string, { outputs?: Record<string, string> }>;
  return Object.entries(needs)
    .map(([job, n]) => ({ job, start: Number(n.outputs?.started), end: Number(n.outputs?.finished) }))
    .filter((t) => Number.isFinite(t.start) && Number.isFinite(t.end) && t.end >= t.start)
    .sort((a, b) => a.start - b.start)
    .map((t) => ({ job: t.job, seconds: t.end - t.start }));
}

/** Seconds in real units: 0.4 s, 45 s, 12 min 05 s. */
export function duration(s: number): string {
  if (s < 10) return `${s.toFixed(s === Math.round(s) ? 0 : 1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, '0')} s`;
}

/** The exact AWS CLI command that forwards a local port to the master, or through it to a host. */
export function portForward(c: Cluster, masterId: string, port: number, host?: string): string {
  const params = host
    ? `'{"host":["${host}"],"portNumber":["${port}"],"localPortNumber":["${port}"]}'`
    : `'{"portNumber":["${port}"],"localPortNumber":["${port}"]}'`;
  return `aws ssm start-session --region ${c.region} --target ${masterId} --document-name ${host ? 'AWS-StartPortForwardingSessionToRemoteHost' : 'AWS-StartPortForwardingSession'} --parameters ${params}`;
}

export async function clusterSummary(
  ctx: AwsContext,
  c: Cluster,
  timings: JobTiming[],
): Promise<{ markdown: string; hourly: number }> {
  // One describe per kind: both tiers' templates, both images and both groups come back together.
  const mine = selector(c.name);
  const found = c.machines ? findMachines(ctx, c.name) : Promise.resolve([]);
  const [{ admin, transport }, master, images, lts, groups, machines, facts] = await Promise.all([
    loadBalancers(ctx, c),
    describeMaster(ctx, c),
    findImages(ctx.clients, mine),
    findLaunchTemplates(ctx.clients, mine),
    describeGroups(
      ctx,
      TIERS.map((tier) => groupName(c, tier)),
    ),
    found,
    plannedMachineFacts(ctx, c, found),
  ]);
  const machineRows = machines.map((m) =>
    mdRow([m.role, m.id, m.instanceType, m.state, m.privateIp ?? '-', m.tags[PREPARED_TAG] ? 'yes' : 'no']),
  );
  const ledger = facts.ledgerIds
    ? [
        '',
        '| made by the issuer | id |',
        '|---|---|',
        mdRow(['schema (Locust SCHEMA)', facts.ledgerIds.schemaId]),
        mdRow(['credential definition (Locust CRED_DEF)', facts.ledgerIds.credDefId]),
      ]
    : [];
  const newest = (role: string) =>
    newestAvailable(images.filter((i) => tagMap(i.Tags)[TAG.role] === `${role}-image`))?.ImageId ??
    'none (run create-ami)';
  const templates = TIERS.map((tier) => {
    const t = lts.find((x) => tagMap(x.Tags)[TAG.role] === `${tier}-template`);
    return t
      ? mdRow([
          tier,
          `${t.LaunchTemplateName} (${t.LaunchTemplateId})`,
          `${t.DefaultVersionNumber} of ${t.LatestVersionNumber}`,
        ])
      : mdRow([tier, 'none (run render-launch-template)', '']);
  });
  const group = (tier: Tier) => groups.find((g) => g.AutoScalingGroupName === groupName(c, tier));
  const groupRows = TIERS.map((tier) => {
    const g = group(tier);
    const inService = (g?.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
    return mdRow([
      g?.AutoScalingGroupName ?? `${groupName(c, tier)} (missing)`,
      `${g?.MinSize} / ${g?.DesiredCapacity} / ${g?.MaxSize}`,
      inService,
      g?.HealthCheckType,
    ]);
  });
  const locustImage = newest('locust');
  const acapyImage = newest('acapy');
  // Spot workers at the Spot price now in the group's zones (the table's, when not allowed).
  const worker = group('worker');
  const quote = await spotQuote(ctx, c, worker?.AvailabilityZones ?? []);
  const cost = estimateCost(c, Number(worker?.DesiredCapacity ?? 0), quote);
  const out = [
    `\n## Cluster ${mdText(c.name)} (${mdText(c.region)})`,
    '',
    '| what | where |',
    '|---|---|',
    mdRow(['ACA-Py admin (API docs)', `${adminUrl(c, admin.dns)}/api/doc`]),
    mdRow(['ACA-Py transport', `http://${transport.dns}:${c.acapy.listeners.transport}`]),
    '',
    'Reach the Locust UI and the ACA-Py admin API from your machine through SSM port forwarding (no open',
    'port, no private address; needs the AWS CLI and its Session Manager plugin), then open the local URL:',
    '',
    fence(
      'sh',
      [
        `# Locust UI: http://localhost:${c.locust.master.webPort}`,
        portForward(c, master.instanceId, c.locust.master.webPort),
        `# ACA-Py admin API: http://localhost:${c.acapy.listeners.admin}/api/doc (through the master to the internal load balancer)`,
        portForward(c, master.instanceId, c.acapy.listeners.admin, admin.dns),
      ].join('\n'),
    ),
    '',
    ...(machineRows.length
      ? [
          '| machine | instance | type | state | private IP | prepared |',
          '|---|---|---|---|---|---|',
          ...machineRows,
          '',
        ]
      : []),
    ...ledger,
    ...(ledger.length ? [''] : []),
    '| image | id |',
    '|---|---|',
    mdRow(['Locust worker', locustImage]),
    mdRow(['ACA-Py', acapyImage]),
    '',
    '| launch template | name | default version |',
    '|---|---|---|',
    ...templates,
    '',
    '| group | min / desired / max | in service | health checks |',
    '|---|---|---|---|',
    ...groupRows,
    '',
    `Estimated cost: **$${cost.hourly.toFixed(4)} per hour** (${cost.lines.map((l) => `${l.count} x ${l.item} at $${l.unitHourly.toFixed(4)}`).join(', ')}); one ${Math.round(c.loadTest.runTimeSeconds / 60)}-minute load test $${cost.perLoadTest.toFixed(4)}.${quote ? ` ${mdText(quote.basis)}` : ''}`,
  ];
  if (timings.length > 0) {
    out.push(
      '',
      '| job | took |',
      '|---|---|',
      ...timings.map((t) => `| ${t.job} | ${duration(t.seconds)} |`),
    );
  }
  return { markdown: `${out.join('\n')}\n`, hourly: cost.hourly };
}
