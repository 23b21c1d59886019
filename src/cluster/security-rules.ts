// The ingress rules of the two security groups, as data. SG references replace addresses wherever
// AWS allows; operator CIDRs only reach the admin listener and the Locust UI.
import type { Cluster } from '../config/schema.js';

/** Our rules carry this description prefix, so drift is told apart from rules others added. */
export const RULE_PREFIX = 'akrida-ops: ';

export type SecurityGroupRole = 'lb-sg' | 'perf-sg';
export type RuleSource = { cidr: string } | { group: SecurityGroupRole };

export interface IngressRule {
  group: SecurityGroupRole;
  fromPort: number;
  toPort: number;
  source: RuleSource;
  description: string;
}

export function ingressRules(c: Cluster): IngressRule[] {
  const rules: IngressRule[] = [];
  const add = (
    group: SecurityGroupRole,
    from: number,
    to: number,
    sources: RuleSource[],
    description: string,
  ) => {
    for (const source of sources) rules.push({ group, fromPort: from, toPort: to, source, description });
  };
  const operators = c.access.operatorCidrs.map((cidr) => ({ cidr }));
  const vpc = c.network.vpcCidrs.map((cidr) => ({ cidr }));
  const perf: RuleSource = { group: 'perf-sg' };
  const a = c.acapy;
  const m = c.locust.master;

  add('lb-sg', a.listeners.admin, a.listeners.admin, [...operators, perf], 'ACA-Py admin listener');
  add(
    'lb-sg',
    a.listeners.transport,
    a.listeners.transport,
    [...operators, perf, ...vpc],
    'ACA-Py transport listener',
  );
  add('perf-sg', a.ports.admin, a.ports.admin, [{ group: 'lb-sg' }], 'ACA-Py admin from its load balancer');
  add(
    'perf-sg',
    a.ports.transport,
    a.ports.transport,
    [{ group: 'lb-sg' }],
    'ACA-Py transport from its load balancer',
  );
  add('perf-sg', a.services.postgres, a.services.postgres, vpc, 'holder database');
  add('perf-sg', a.services.redis, a.services.redis, vpc, 'redis');
  add('perf-sg', a.services.mediator, a.services.mediator, vpc, 'mediator');
  add('perf-sg', a.services.tails, a.services.tails, vpc, 'tails server');
  const lo = Math.min(m.webPort, m.bindPort);
  const hi = Math.max(m.webPort, m.bindPort);
  add('perf-sg', lo, hi, [perf], 'Locust master and workers');
  add('perf-sg', m.webPort, m.webPort, operators, 'Locust web UI for operators');
  add(
    'perf-sg',
    c.locust.userPorts.start,
    c.locust.userPorts.end,
    [perf],
    'Akrida agents (one port per user)',
  );
  return rules;
}

export function describeRule(r: IngressRule): string {
  const ports = r.fromPort === r.toPort ? `${r.fromPort}` : `${r.fromPort}-${r.toPort}`;
  const from = 'cidr' in r.source ? r.source.cidr : r.source.group;
  return `tcp ${ports} from ${from} (${r.description})`;
}
