// The values an approved plan holds a tag or rule write to (src/aws/approved-writes.ts holds writes
// to the resources and fields the plan changes): each tag set to the value the plan's Tags shows
// after, each rule added one its IpPermissions shows after, for a resource the plan changes or
// makes (an add shows every field it makes the resource with).

import { RULE_PREFIX } from '../cluster/security-rules.js';
import { type Address, describeAddress } from './address.js';
import type { Approval, ApprovedChange } from './approved-writes.js';
import { canonical } from './canonical.js';
import { tagMap } from './discover.js';

/** A write under an approval, as the checks below read it: the changes of the plan that cover it. */
export interface HeldWrite {
  approval: Approval;
  operation: string;
  address: Address;
  covering: readonly ApprovedChange[];
  input: unknown;
}

/** The tag writes of every API the toolkit tags through. */
const TAG_WRITES = new Set([
  'CreateTags',
  'DeleteTags',
  'CreateOrUpdateTags',
  'AddTags',
  'RemoveTags',
  'AddTagsToResource',
  'RemoveTagsFromResource',
]);

/** What the plan shows a field as after, in each change covering the write. */
const shownAfter = (covering: readonly ApprovedChange[], field: string): unknown[] =>
  covering.flatMap((c) => c.fields ?? []).flatMap((f) => (f.field === field ? [f.after] : []));

/** The tags a tag write sets (key and value) and removes (keys), from its request, whatever the API. */
function tagWrite(operation: string, input: unknown): { set: [string, string][]; remove: string[] } {
  const i = (input ?? {}) as { Tags?: { Key?: string; Value?: string }[]; TagKeys?: string[] };
  const tags = tagMap(i.Tags);
  if (/^(DeleteTags|RemoveTags)/.test(operation))
    return { set: [], remove: [...Object.keys(tags), ...(i.TagKeys ?? [])] };
  return { set: Object.entries(tags), remove: [] };
}

/**
 * Why a tag write is refused, if it is: it must set each key to the value the plan's Tags field
 * shows after and remove only keys the plan no longer shows (a tag is held by its value too).
 */
function tagValueProblem({ approval, operation, address, covering, input }: HeldWrite): string | undefined {
  // A group's instances carry its tags as launched, not its Tags field (machine-and-group retags).
  if (!TAG_WRITES.has(operation) || address.field === 'instances') return undefined;
  if (covering.some((c) => c.action === 'remove')) return undefined;
  const shown = shownAfter(covering, 'Tags').flatMap((t) =>
    t && typeof t === 'object' ? [t as Record<string, unknown>] : [],
  );
  if (shown.length === 0) return undefined;
  const { set, remove } = tagWrite(operation, input);
  const wrong = [
    ...set
      .filter(([k, v]) => !shown.some((t) => t[k] === v))
      .map(([k, v]) => `sets tag ${k} to ${JSON.stringify(v)}`),
    ...remove.filter((k) => !shown.some((t) => !(k in t))).map((k) => `removes tag ${k}`),
  ];
  if (wrong.length === 0) return undefined;
  return `${operation} on ${describeAddress(address)} ${wrong.join(', ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show (its tags after: ${shown.map((t) => canonical(t)).join(' or ')}): nothing more is written; plan again and approve the new plan`;
}

/** One rule as the plan lists it: `tcp 8150 from 10.0.0.0/16 (admin API)`, `tcp 80-81 from sg-0123 (...)`. */
const PLANNED_RULE = /^(\S+) (\S+) from (\S+) \((.*)\)$/;

/** The rules a plan's IpPermissions shows, before or after, in each change covering the write. */
const shownRules = (covering: readonly ApprovedChange[], when: 'before' | 'after'): RegExpExecArray[] =>
  covering
    .flatMap((c) => c.fields ?? [])
    .flatMap((f) => (f.field === 'IpPermissions' && Array.isArray(f[when]) ? (f[when] as unknown[]) : []))
    .flatMap((r) => (typeof r === 'string' ? [PLANNED_RULE.exec(r)] : []))
    .filter((m): m is RegExpExecArray => m !== null);

/**
 * The rules an authorize or revoke request names: protocol (all for -1), ports, source and
 * description of each; an IPv6 range or a prefix list (which the toolkit never sends) is a source
 * of its own.
 */
function authorizedRules(
  input: unknown,
): { protocol: string; ports: string; source: string; description: string }[] {
  const perms = ((input ?? {}) as { IpPermissions?: IpPermissionInput[] }).IpPermissions ?? [];
  return perms.flatMap((p) => {
    const rule = (source: string, description: string | undefined) => ({
      protocol: p.IpProtocol === '-1' ? 'all' : `${p.IpProtocol}`,
      ports: p.FromPort === p.ToPort ? `${p.FromPort}` : `${p.FromPort}-${p.ToPort}`,
      source,
      description: `${description}`,
    });
    return [
      ...(p.IpRanges ?? []).map((r) => rule(`${r.CidrIp}`, r.Description)),
      ...(p.UserIdGroupPairs ?? []).map((g) => rule(`${g.GroupId}`, g.Description)),
      ...(p.Ipv6Ranges ?? []).map((r) => rule(`${r.CidrIpv6}`, r.Description)),
      ...(p.PrefixListIds ?? []).map((r) => rule(`${r.PrefixListId}`, r.Description)),
    ];
  });
}

interface IpPermissionInput {
  IpProtocol?: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp?: string; Description?: string }[];
  UserIdGroupPairs?: { GroupId?: string; Description?: string }[];
  Ipv6Ranges?: { CidrIpv6?: string; Description?: string }[];
  PrefixListIds?: { PrefixListId?: string; Description?: string }[];
}

/**
 * Why an authorize is refused, if it is: each rule it adds must be one the plan's IpPermissions
 * shows after, by its ports, its source (a group the plan names by role, not made when planned,
 * stands for any group id) and its description (sent with the toolkit's prefix).
 */
function ruleProblem(held: HeldWrite): string | undefined {
  const { approval, operation, address, covering, input } = held;
  if (covering.some((c) => c.action === 'remove')) return undefined;
  if (operation === 'RevokeSecurityGroupIngress') return revokeProblem(held);
  if (operation !== 'AuthorizeSecurityGroupIngress') return undefined;
  const shown = shownRules(covering, 'after');
  if (shown.length === 0) return undefined;
  const matches = (r: ReturnType<typeof authorizedRules>[number], m: RegExpExecArray) =>
    r.protocol === 'tcp' &&
    m[1] === 'tcp' &&
    m[2] === r.ports &&
    (m[3] === r.source || (!/^(sg-|\d)/.test(String(m[3])) && /^sg-\w+$/.test(r.source))) &&
    r.description === `${RULE_PREFIX}${m[4]}`;
  const unplanned = authorizedRules(input).filter((r) => !shown.some((m) => matches(r, m)));
  if (unplanned.length === 0) return undefined;
  return `AuthorizeSecurityGroupIngress on ${describeAddress(address)} adds ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(', ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show: nothing more is written; plan again and approve the new plan`;
}

/**
 * Why a revoke is refused, if it is: each rule it names (protocol, ports, source: a rule's identity
 * in its group) must be one the plan shows before and no longer after. A revoke by rule id, which
 * the toolkit does not send, cannot be held by value and is refused.
 */
function revokeProblem({ approval, address, covering, input }: HeldWrite): string | undefined {
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const ids = ((input ?? {}) as { SecurityGroupRuleIds?: string[] }).SecurityGroupRuleIds ?? [];
  if (ids.length)
    return `RevokeSecurityGroupIngress on ${describeAddress(address)} names rules by id (${ids.join(', ')}), which ${plan} cannot show: nothing more is written; plan again and approve the new plan`;
  const before = shownRules(covering, 'before');
  const after = shownRules(covering, 'after');
  const same = (r: ReturnType<typeof authorizedRules>[number], m: RegExpExecArray) =>
    m[1] === r.protocol && m[2] === r.ports && m[3] === r.source;
  const unplanned = authorizedRules(input).filter(
    (r) => after.some((m) => same(r, m)) || (before.length > 0 && !before.some((m) => same(r, m))),
  );
  if (unplanned.length === 0) return undefined;
  return `RevokeSecurityGroupIngress on ${describeAddress(address)} removes ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(', ')}, which ${plan} does not show removed: nothing more is written; plan again and approve the new plan`;
}

/**
 * The writes that carry out a field of a machine's or the master's plan change (either of the
 * fields listed will do: a resize stops and starts the machine). Neither kind's writes are in
 * approved-writes.ts's FIELD_OF: a tag write on a machine may be a bookkeeping mark.
 */
const INSTANCE_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  machine: {
    StartInstances: ['State', 'InstanceType'],
    StopInstances: ['InstanceType'],
    ModifyInstanceAttribute: ['InstanceType'],
    ModifyVolume: ['BlockDeviceMappings'],
    AssociateIamInstanceProfile: ['IamInstanceProfile'],
    ReplaceIamInstanceProfileAssociation: ['IamInstanceProfile'],
    CreateTags: ['TagSpecifications'],
    DeleteTags: ['TagSpecifications'],
  },
  'locust-master': {
    ModifyInstanceAttribute: ['SecurityGroupIds'],
    CreateTags: ['Configuration'],
  },
};

/**
 * Why a write on a machine or the master is refused, if it is: it must carry out a field the plan
 * changes for it. A machine's own marks (what prepared it: akrida:* tags) are bookkeeping; a
 * resource the plan makes or removes is not held field by field.
 */
function instanceFieldProblem({
  approval,
  operation,
  address,
  covering,
  input,
}: HeldWrite): string | undefined {
  const may = INSTANCE_FIELDS[address.kind]?.[operation];
  if (!may || covering.some((c) => c.action !== 'change')) return undefined;
  if (address.kind === 'machine' && /Tags$/.test(operation)) {
    const { set, remove } = tagWrite(operation, input);
    if ([...set.map(([k]) => k), ...remove].every((k) => k.startsWith('akrida:'))) return undefined;
  }
  const planned = new Set(covering.flatMap((c) => (c.fields ?? []).map((f) => f.field)));
  if (may.some((f) => planned.has(f))) return undefined;
  return `${operation} on ${describeAddress(address)} changes its ${may.join(' or ')}, which the approved plan ${approval.hash.slice(0, 12)} does not change: nothing more is written; plan again and approve the new plan`;
}

/** Writes that set a list field, add to it or take from it: what they send, and how it must match. */
const LIST_WRITES: Readonly<
  Record<string, { field: string; sent: (i: Record<string, unknown>) => unknown; mode: 'is' | 'in' | 'out' }>
> = {
  SetSubnets: { field: 'Subnets', sent: (i) => i.Subnets, mode: 'is' },
  SetSecurityGroups: { field: 'SecurityGroups', sent: (i) => i.SecurityGroups, mode: 'is' },
  AttachLoadBalancerTargetGroups: { field: 'TargetGroupARNs', sent: (i) => i.TargetGroupARNs, mode: 'in' },
  DetachLoadBalancerTargetGroups: { field: 'TargetGroupARNs', sent: (i) => i.TargetGroupARNs, mode: 'out' },
};

/** An instance profile as a machine's plan shows it: by name (one named by ARN is sent as such). */
const profileName = (i: Record<string, unknown>) => {
  const p = i.IamInstanceProfile as { Name?: string; Arn?: string } | undefined;
  return p?.Arn ?? p?.Name;
};

/** Writes that set one value of a field the plan shows. */
const VALUE_WRITES: Readonly<
  Record<string, { field: string; sent: (i: Record<string, unknown>) => unknown }>
> = {
  ModifyVolume: { field: 'BlockDeviceMappings', sent: (i) => i.Size },
  ModifyInstanceAttribute: {
    field: 'InstanceType',
    sent: (i) => (i.InstanceType as { Value?: string } | undefined)?.Value,
  },
  EnableMetricsCollection: { field: 'MetricsGranularity', sent: (i) => i.Granularity },
  // The role a machine's credentials come from.
  AssociateIamInstanceProfile: { field: 'IamInstanceProfile', sent: (i) => profileName(i) },
  ReplaceIamInstanceProfileAssociation: { field: 'IamInstanceProfile', sent: (i) => profileName(i) },
  // The version a template's instances launch from (what runs at their boot).
  ModifyLaunchTemplate: { field: 'DefaultVersion', sent: (i) => i.DefaultVersion },
};

/**
 * Why a write of a list or a single value is refused, if it is: it must send what the plan shows
 * the field as after (a list set as a whole, members attached, members no longer shown detached).
 * A resource the plan removes is not held by value; one it makes, to what its add change shows.
 */
function shownValueProblem({ approval, operation, address, covering, input }: HeldWrite): string | undefined {
  const list = LIST_WRITES[operation];
  const one = VALUE_WRITES[operation];
  const field = list?.field ?? one?.field;
  if (!field || covering.some((c) => c.action === 'remove')) return undefined;
  const i = (input ?? {}) as Record<string, unknown>;
  const sent = (list ?? one)?.sent(i);
  if (sent === undefined) return undefined;
  const shown = shownAfter(covering, field).filter((v) => v !== undefined);
  if (shown.length === 0) return undefined;
  const same = (a: unknown, b: unknown) =>
    approval.sameValue ? approval.sameValue(a, b, field) : canonical(a) === canonical(b);
  const values = Array.isArray(sent) ? sent : [sent];
  const holds = (after: unknown) => {
    if (!list) return same(after, sent);
    const items = Array.isArray(after) ? after : [];
    const member = (v: unknown) => items.some((x) => same(x, v));
    if (list.mode === 'in') return values.every(member);
    if (list.mode === 'out') return values.every((v) => !items.some((x) => canonical(x) === canonical(v)));
    return values.length === items.length && values.every(member);
  };
  if (shown.some(holds)) return undefined;
  return `${operation} on ${describeAddress(address)} sends ${field} ${canonical(sent)}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it shows ${shown.map((v) => canonical(v)).join(' or ')}): nothing more is written; plan again and approve the new plan`;
}

/**
 * Why an instance refresh is refused, if it is: the plan shows the instances off the group's
 * default template version replaced by it; a refresh to another configuration
 * (DesiredConfiguration) or one that replaces matching instances too (SkipMatching off) is not that.
 */
function refreshProblem({ approval, operation, address, input }: HeldWrite): string | undefined {
  if (operation !== 'StartInstanceRefresh') return undefined;
  const i = (input ?? {}) as { DesiredConfiguration?: unknown; Preferences?: { SkipMatching?: boolean } };
  const wrong = [
    ...(i.DesiredConfiguration ? ['sets DesiredConfiguration'] : []),
    ...(i.Preferences?.SkipMatching === true ? [] : ['replaces instances already on the version']),
  ];
  if (wrong.length === 0) return undefined;
  return `StartInstanceRefresh on ${describeAddress(address)} ${wrong.join(' and ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it replaces the instances off the group's template version by that version): nothing more is written; plan again and approve the new plan`;
}

/**
 * The checks of a write's values against the plan, each saying why it refuses one (or nothing):
 * tags, rules, a machine's or the master's fields, lists and single values, instance refreshes.
 */
export const VALUE_CHECKS: readonly ((w: HeldWrite) => string | undefined)[] = [
  tagValueProblem,
  ruleProblem,
  instanceFieldProblem,
  shownValueProblem,
  refreshProblem,
];
