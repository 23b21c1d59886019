// What an approved plan holds the writes on a machine, the Locust master and a group's instances
// to: a machine's or the master's write must carry out a field the plan changes (a machine's own
// akrida:* marks are bookkeeping), the master's group join the groups the plan shows, and an
// instance refresh the refresh the plan shows.
import { REFRESH_PREFERENCES } from '../cluster/run-options.js';
import { describeAddress } from './address.js';
import { type HeldWrite, PLAN_AGAIN, sameAs, tagWrite } from './approved-values.js';
import { canonical } from './canonical.js';

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
export function instanceFieldProblem({
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
  return `${operation} on ${describeAddress(address)} changes its ${may.join(' or ')}, which the approved plan ${approval.hash.slice(0, 12)} does not change: ${PLAN_AGAIN}`;
}

/**
 * Why an instance refresh is refused, if it is: the plan shows the instances off the group's
 * default template version replaced by it, as a run with refresh does (REFRESH_PREFERENCES); a
 * refresh to another configuration or with other preferences (fewer healthy, matching instances
 * replaced too) is not that.
 */
export function refreshProblem({ approval, operation, address, input }: HeldWrite): string | undefined {
  if (operation !== 'StartInstanceRefresh') return undefined;
  const i = (input ?? {}) as { DesiredConfiguration?: unknown; Preferences?: unknown };
  const wrong = [
    ...(i.DesiredConfiguration ? ['sets DesiredConfiguration'] : []),
    ...(canonical(i.Preferences) === canonical(REFRESH_PREFERENCES)
      ? []
      : [`sets the preferences ${canonical(i.Preferences)}`]),
  ];
  if (wrong.length === 0) return undefined;
  return `StartInstanceRefresh on ${describeAddress(address)} ${wrong.join(' and ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it replaces the instances off the group's template version by that version, ${canonical(REFRESH_PREFERENCES)}): ${PLAN_AGAIN}`;
}

/**
 * Why the Locust master's group join is refused, if it is: it must send the groups the plan saw
 * with the performance group the plan shows added. (Its configuration mark is the hash of the
 * .env script sent, which is held as a script: the plan's hash is of its text with placeholders.)
 */
export function masterProblem({
  approval,
  operation,
  address,
  covering,
  input,
}: HeldWrite): string | undefined {
  if (address.kind !== 'locust-master' || covering.some((c) => c.action !== 'change')) return undefined;
  const shown = (field: string) => covering.flatMap((c) => c.fields ?? []).find((f) => f.field === field);
  const same = sameAs(approval);
  const i = (input ?? {}) as { Groups?: string[] };
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const groups = shown('SecurityGroupIds');
  if (operation === 'ModifyInstanceAttribute' && i.Groups && groups) {
    // The plan shows the groups it saw as one list ("sg-a, sg-b"), or none.
    const had = typeof groups.before === 'string' ? groups.before.split(', ').filter(Boolean) : [];
    const joined = i.Groups.filter((g) => !had.includes(g));
    if (
      had.every((g) => i.Groups?.includes(g)) &&
      joined.length === 1 &&
      same(groups.after, joined[0], 'SecurityGroupIds')
    )
      return undefined;
    return `ModifyInstanceAttribute on ${describeAddress(address)} sets its groups to ${i.Groups.join(', ')}, which ${plan} does not show (its groups ${had.join(', ')} and ${String(groups.after)}): ${PLAN_AGAIN}`;
  }
  return undefined;
}
