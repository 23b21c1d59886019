// The values an approved plan holds a tag, list or single-value write to (src/aws/approved-writes.ts
// holds writes to the resources and fields the plan changes): each tag set to the value the plan's
// Tags shows after, a list or value to what the plan shows the field as after, for a resource the
// plan changes or makes (an add shows every field it makes the resource with). Rules are held in
// approved-rules.ts, a machine's and the master's writes in approved-instances.ts.

import { type Address, describeAddress } from './address.js';
import type { Approval, ApprovedChange } from './approved-writes.js';
import { canonical } from './canonical.js';
import { tagMap } from './discover.js';

/** What every refusal of a write under an approved plan ends with: what happens, and what to do. */
export const PLAN_AGAIN = 'nothing more is written; plan again and approve the new plan';

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

/** Whether a value sent is the one the plan shows (the approval's placeholders filled; equal without one). */
export const sameAs =
  (approval: Approval) =>
  (planned: unknown, sent: unknown, field: string): boolean =>
    approval.sameValue ? approval.sameValue(planned, sent, field) : canonical(planned) === canonical(sent);

/** What the plan shows a field as after, in each change covering the write. */
export const shownAfter = (covering: readonly ApprovedChange[], field: string): unknown[] =>
  covering.flatMap((c) => c.fields ?? []).flatMap((f) => (f.field === field ? [f.after] : []));

/** The tags a tag write sets (key and value) and removes (keys), from its request, whatever the API. */
export function tagWrite(operation: string, input: unknown): { set: [string, string][]; remove: string[] } {
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
export function tagValueProblem({
  approval,
  operation,
  address,
  covering,
  input,
}: HeldWrite): string | undefined {
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
  return `${operation} on ${describeAddress(address)} ${wrong.join(', ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show (its tags after: ${shown.map((t) => canonical(t)).join(' or ')}): ${PLAN_AGAIN}`;
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
  AssociateIamInstanceProfile: { field: 'IamInstanceProfile', sent: profileName },
  ReplaceIamInstanceProfileAssociation: { field: 'IamInstanceProfile', sent: profileName },
  // The version a template's instances launch from (what runs at their boot).
  ModifyLaunchTemplate: { field: 'DefaultVersion', sent: (i) => i.DefaultVersion },
};

/**
 * Why a write of a list or a single value is refused, if it is: it must send what the plan shows
 * the field as after (a list set as a whole, members attached, members no longer shown detached).
 * A resource the plan removes is not held by value; one it makes, to what its add change shows.
 */
export function shownValueProblem({
  approval,
  operation,
  address,
  covering,
  input,
}: HeldWrite): string | undefined {
  const list = LIST_WRITES[operation];
  const one = VALUE_WRITES[operation];
  const field = list?.field ?? one?.field;
  if (!field || covering.some((c) => c.action === 'remove')) return undefined;
  const i = (input ?? {}) as Record<string, unknown>;
  const sent = (list ?? one)?.sent(i);
  if (sent === undefined) return undefined;
  const shown = shownAfter(covering, field).filter((v) => v !== undefined);
  if (shown.length === 0) return undefined;
  const same = (a: unknown, b: unknown) => sameAs(approval)(a, b, field);
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
  return `${operation} on ${describeAddress(address)} sends ${field} ${canonical(sent)}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it shows ${shown.map((v) => canonical(v)).join(' or ')}): ${PLAN_AGAIN}`;
}

/**
 * Writes that set one attribute of a resource, by the keys each may send (the resource's id and
 * that attribute): under a plan, one that sends more (a machine's user data beside its type, a
 * volume's type beside its size) sets what the plan does not show.
 */
const ONE_ATTRIBUTE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  ModifyInstanceAttribute: [
    ['InstanceId', 'InstanceType'],
    ['InstanceId', 'Groups'],
  ],
  ModifyVolume: [['VolumeId', 'Size']],
  EnableMetricsCollection: [['AutoScalingGroupName', 'Granularity']],
  StartInstanceRefresh: [['AutoScalingGroupName', 'Preferences', 'DesiredConfiguration']],
  ModifyLaunchTemplate: [['LaunchTemplateId', 'DefaultVersion']],
};

/** Why a one-attribute write is refused, if it is: it sends more than its id and one attribute. */
export function moreThanOneProblem({ approval, operation, address, input }: HeldWrite): string | undefined {
  const allowed = ONE_ATTRIBUTE[operation];
  if (!allowed) return undefined;
  const i = (input ?? {}) as Record<string, unknown>;
  const keys = Object.keys(i).filter((k) => i[k] !== undefined);
  if (allowed.some((set) => keys.every((k) => set.includes(k)))) return undefined;
  return `${operation} on ${describeAddress(address)} sends ${keys.join(', ')}, more than the one setting the approved plan ${approval.hash.slice(0, 12)} shows: ${PLAN_AGAIN}`;
}
