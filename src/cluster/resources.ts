// The resources a cluster has once built: kind, role, name and tags. The plan prints them; the
// actions ensure them; teardown finds them again by the same tags.

import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
import { describeListener, listenerSpec } from './listeners.js';
import { machineSpecs } from './machine-specs.js';
import { machineProfileOf } from './profiles.js';
import { generatedSecrets, issuerParameters, parameterName, secretRefs } from './secrets.js';
import { describeRule, ingressRules } from './security-rules.js';
import { machineRole, resourceTags, type Tags } from './tags.js';

export type ResourceKind =
  | 'ec2:security-group'
  | 'ec2:instance'
  | 'ec2:image'
  | 'ec2:launch-template'
  | 'elbv2:load-balancer'
  | 'elbv2:target-group'
  | 'elbv2:listener'
  | 'autoscaling:group'
  | 'ssm:parameter';

export interface DesiredResource {
  kind: ResourceKind;
  role: string;
  name: string;
  tags: Tags;
  details: string[];
}

/** Names AWS sees; load balancer and target group names are limited to 32 characters. */
export function resourceNames(c: Cluster) {
  const n = c.name;
  return {
    lbSg: `${n}-lb-sg`,
    perfSg: `${n}-perf-sg`,
    locustImage: `${n}-locust`,
    acapyImage: `${n}-acapy`,
    adminLb: `${n}-acapy-adm`,
    transportLb: `${n}-acapy-trn`,
    adminTg: `${n}-tg-adm`,
    transportTg: `${n}-tg-trn`,
    acapyTemplate: `${n}-acapy`,
    workerTemplate: `${n}-worker`,
    acapyGroup: `${n}-acapy`,
    workerGroup: `${n}-workers`,
  };
}

export function desiredResources(c: Cluster): DesiredResource[] {
  const names = resourceNames(c);
  const rules = ingressRules(c);
  const hc = c.acapy.healthCheck;
  const health = `healthy ${hc.healthyThreshold} / unhealthy ${hc.unhealthyThreshold} / timeout ${hc.timeoutSeconds}s / interval ${hc.intervalSeconds}s / success ${hc.successCodes}`;
  const workers = sizeWorkers(c).workers;
  const r = (kind: ResourceKind, role: string, name: string, details: string[]): DesiredResource => ({
    kind,
    role,
    name,
    tags: resourceTags(c, role),
    details,
  });
  const a = c.acapy;
  return [
    r('ec2:security-group', 'lb-sg', names.lbSg, rules.filter((x) => x.group === 'lb-sg').map(describeRule)),
    r(
      'ec2:security-group',
      'perf-sg',
      names.perfSg,
      rules.filter((x) => x.group === 'perf-sg').map(describeRule),
    ),
    ...machineSpecs(c).map((m) =>
      r('ec2:instance', machineRole(m.role), `${c.name}-${machineRole(m.role)}`, [
        `${m.instanceType}, ${m.diskGiB} GiB encrypted gp3, IMDSv2 only (hop limit 1), no SSH key`,
        `from ${c.machines?.baseImage}, profile ${machineProfileOf(c, m.role)}, subnet ${c.network.subnetIds[0]}, perf-sg`,
        'prepared through SSM (scripts below); stopped by scale-to-zero, terminated by destroy',
      ]),
    ),
    r('ec2:image', 'locust-image', `${names.locustImage}-<build time>`, [
      `from ${selector(c.images.locust)}`,
      `keep newest ${c.images.keep}`,
    ]),
    r('ec2:image', 'acapy-image', `${names.acapyImage}-<build time>`, [
      `from ${selector(c.images.acapy)}`,
      `keep newest ${c.images.keep}`,
    ]),
    r('elbv2:load-balancer', 'acapy-admin-lb', names.adminLb, [
      `application, ${a.loadBalancerScheme}`,
      `subnets ${c.network.subnetIds.join(', ')}`,
    ]),
    r('elbv2:load-balancer', 'acapy-transport-lb', names.transportLb, [
      `application, ${a.loadBalancerScheme}`,
      `subnets ${c.network.subnetIds.join(', ')}`,
    ]),
    r('elbv2:target-group', 'acapy-admin-tg', names.adminTg, [
      `HTTP ${a.ports.admin}, health ${hc.adminPath}`,
      health,
    ]),
    r('elbv2:target-group', 'acapy-transport-tg', names.transportTg, [
      `HTTP ${a.ports.transport}, health ${hc.transportPath}`,
      health,
    ]),
    r('elbv2:listener', 'acapy-admin-listener', `${names.adminLb}:${a.listeners.admin}`, [
      describeListener(listenerSpec(c, 'admin'), names.adminTg),
    ]),
    r('elbv2:listener', 'acapy-transport-listener', `${names.transportLb}:${a.listeners.transport}`, [
      `HTTP ${a.listeners.transport} -> ${names.transportTg}`,
    ]),
    r('ec2:launch-template', 'acapy-template', names.acapyTemplate, [
      `${a.instanceType}, image acapy-image, user data: acapy-user-data.sh.hbs`,
    ]),
    r('ec2:launch-template', 'worker-template', names.workerTemplate, [
      `${c.locust.workers.instanceType}, image locust-image, user data: locust-worker-user-data.sh.hbs`,
    ]),
    r('autoscaling:group', 'acapy-group', names.acapyGroup, [
      `min ${a.capacity.min} / desired ${a.capacity.desired} / max ${a.capacity.max}`,
      `ELB health checks, warmup ${a.warmupSeconds}s, group metrics on`,
      `target groups ${names.adminTg}, ${names.transportTg}`,
    ]),
    r('autoscaling:group', 'worker-group', names.workerGroup, [
      `min ${workers} / desired ${workers} / max ${c.locust.workers.max}`,
      `EC2 health checks (workers serve no HTTP), warmup ${c.locust.workers.warmupSeconds}s`,
    ]),
    ...storedSecrets(c).map(([name, fields]) =>
      r('ssm:parameter', 'secret', name, [
        `SecureString from a workflow secret, used by ${fields.join(', ')}`,
      ]),
    ),
    ...generatedSecrets(c).map((g) =>
      r('ssm:parameter', 'generated-secret', g.name, [
        `SecureString of ${g.length} random letters and digits, made once when absent, used by ${g.field}`,
      ]),
    ),
    ...(c.machines?.issuer
      ? [issuerParameters(c).schemaId, issuerParameters(c).credDefId].map((name) =>
          r('ssm:parameter', 'issuer-id', name, ["String: the id the issuer machine's preparation made"]),
        )
      : []),
  ];
}

/** Parameters we create (from workflow secrets); operator-owned parameters are only read. */
export function storedSecrets(c: Cluster): [string, string[]][] {
  const byName = new Map<string, string[]>();
  for (const { field, ref } of secretRefs(c)) {
    if (!('githubSecret' in ref)) continue;
    const name = parameterName(c, ref);
    byName.set(name, [...(byName.get(name) ?? []), field]);
  }
  return [...byName];
}

function selector(s: Cluster['images']['locust']): string {
  if ('instanceId' in s) return s.instanceId;
  if ('machine' in s) return `the ${s.machine} machine (machines.${s.machine})`;
  return Object.entries(s.tags)
    .map(([k, v]) => `tag ${k}=${v}`)
    .join(', ');
}
