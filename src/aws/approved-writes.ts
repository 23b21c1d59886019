// The approved plan as a fence around the apply: while an apply runs under an approval, every
// write (src/aws/writes.ts) must be about a resource that plan lists as changed, and a delete about
// one it does not say it makes; anything else is refused before it is sent. The check of a saved
// plan proves AWS is as the reviewer saw it when the apply starts; the fence holds the apply to
// that plan while it runs, whatever moves meanwhile. A create sends exactly the fields its add change
// shows (each kind reads its request back: src/resources/created-fields.ts), an update only the
// fields its change sets, each to the value shown.
import { AsyncLocalStorage } from 'node:async_hooks';
import { type About, type Address, addressesOf, describeAddress } from './address.js';
import { VALUE_CHECKS } from './approved-checks.js';
import { type CreateReadBack, checkCreated, checkValues } from './approved-fields.js';
import { PLAN_AGAIN } from './approved-values.js';

/** One change of the approved plan, as a saved plan keeps it. */
export interface ApprovedChange {
  action: 'add' | 'change' | 'remove';
  resource: string;
  address: Address;
  /** How the plan lists it; a replace's first line is `replaced`. */
  details?: readonly string[];
  /** The fields an update sets or a create makes, for kinds that are providers (their request field names), with the values the plan shows. */
  fields?: readonly { field: string; before?: unknown; after?: unknown }[];
}

/**
 * Updates whose request fields are a provider's compared fields (src/resources/provider.ts): each
 * field they set must be one the plan changes. The value is the field naming the resource.
 */
const FIELD_UPDATES: Readonly<Record<string, string>> = {
  UpdateAutoScalingGroup: 'AutoScalingGroupName',
  ModifyTargetGroup: 'TargetGroupArn',
  ModifyListener: 'ListenerArn',
};

/**
 * Writes that set one compared field of a provider's resource (its name in the plan's `fields`),
 * whatever their request looks like: under a plan that changes that resource, the field must be
 * one the plan changes. (A resource the plan makes may converge any field after its create, to the value its add shows.)
 */
const FIELD_OF: Readonly<Record<string, string>> = {
  CreateOrUpdateTags: 'Tags',
  CreateTags: 'Tags',
  DeleteTags: 'Tags',
  AddTags: 'Tags',
  RemoveTags: 'Tags',
  AuthorizeSecurityGroupIngress: 'IpPermissions',
  RevokeSecurityGroupIngress: 'IpPermissions',
  SetSubnets: 'Subnets',
  SetSecurityGroups: 'SecurityGroups',
  AttachLoadBalancerTargetGroups: 'TargetGroupARNs',
  DetachLoadBalancerTargetGroups: 'TargetGroupARNs',
  EnableMetricsCollection: 'MetricsGranularity',
  StartInstanceRefresh: 'InstanceRefresh',
  CreateLaunchTemplateVersion: 'LaunchTemplateData',
  ModifyLaunchTemplate: 'DefaultVersion',
  AddTagsToResource: 'Tags',
  RemoveTagsFromResource: 'Tags',
};

/** The one-field writes whose value a plan shows too: a new template version holds the whole data. */
const VALUE_OF: Readonly<Record<string, (input: unknown) => Record<string, unknown>>> = {
  CreateLaunchTemplateVersion: (i) => ({
    LaunchTemplateData: (i as { LaunchTemplateData?: unknown } | undefined)?.LaunchTemplateData,
  }),
};

/**
 * The provider kinds whose writes are held field by field through FIELD_OF (src/resources/*-provider.ts).
 * Machines and the Locust master are held by approved-instances.ts's INSTANCE_FIELDS: their tag
 * writes may be bookkeeping marks (what prepared a machine).
 */
const PROVIDER_KINDS = new Set([
  'auto-scaling-group',
  'load-balancer',
  'target-group',
  'security-group',
  'listener',
  'launch-template',
  'parameter',
]);

export interface Approval {
  /** The plan's hash, which the refusal names. */
  hash: string;
  changes: readonly ApprovedChange[];
  /** Whether a script sent through SSM is one the plan shows running (src/plan/approval.ts). */
  runs?: (script: string) => boolean;
  /** Whether a value sent is the one the plan shows (default: equal; approval.ts fills placeholders). */
  sameValue?: (planned: unknown, sent: unknown, field: string) => boolean;
  /** A create request read back as its kind's compared fields (src/resources/created-fields.ts); undefined for any other write. */
  readCreate?: (operation: string, input: Record<string, unknown>) => CreateReadBack | undefined;
}

/**
 * Writes that are bookkeeping, not changes a plan lists: the expiry renewed on every apply, the copy
 * of a script kept for the next plan's diff. An SSM command is held by its script instead.
 */
const BOOKKEEPING_FIELDS = new Set(['expiry', 'last run']);

export class UnapprovedWriteError extends Error {
  override name = 'UnapprovedWriteError';
}

const scope = new AsyncLocalStorage<Approval>();

/** The planned changes each approval's writes were held to, as the apply goes. */
const carriedOut = new WeakMap<Approval, Set<ApprovedChange>>();

/**
 * The changes of `approval` no write was held to: what the plan listed and the apply did not do
 * (bookkeeping, secret values and scripts are not changes). The plan-equals-apply tests' oracle,
 * change by change; an apply's own check is a plan made after it (src/plan/carried-out.ts), which
 * also knows a change done without a write (an image bake resumed).
 */
export function notCarriedOut(approval: Approval): ApprovedChange[] {
  const done = carriedOut.get(approval) ?? new Set();
  return approval.changes.filter((c) => !done.has(c));
}

/** Run `fn` (an apply, or one of its steps) held to `approval`. */
export function underApproval<T>(approval: Approval, fn: () => Promise<T>): Promise<T> {
  return scope.run(approval, fn);
}

/**
 * Whether a planned change (`planned`) covers a write about `written`: the same kind and name (and
 * container and cluster when both name one), and the same resource when both carry AWS's id. A
 * snapshot is part of its image; a group's instances are part of the group.
 */
export function covers(planned: Address, written: Address): boolean {
  if (written.kind === 'snapshot')
    return planned.kind === 'image' && planned.id !== undefined && planned.id === written.in;
  if (written.kind === 'instance' && written.in !== undefined)
    return planned.kind === 'auto-scaling-group' && planned.name === written.in;
  const same = <K extends 'in' | 'cluster' | 'id'>(k: K) =>
    planned[k] === undefined || written[k] === undefined || planned[k] === written[k];
  return (
    planned.kind === written.kind &&
    planned.name === written.name &&
    same('in') &&
    same('cluster') &&
    same('id')
  );
}

const REMOVES = /^(Delete(?!Tags$)|Deregister|Terminate)/;

/** A change that makes its resource anew (a replace's first line says so). */
const replaces = (c: ApprovedChange) => c.action === 'change' && c.details?.[0] === 'replaced';

/** Throws when the current approval does not cover `operation` on `about`; nothing to do without one. */
export function checkApproved(operation: string, about: About, input?: unknown): void {
  const approval = scope.getStore();
  if (!approval) return;
  if (operation === 'SendCommand' && approval.runs) {
    const script = sentScript(input);
    if (!approval.runs(script))
      throw new UnapprovedWriteError(
        `SendCommand on ${describeAddress(about)}: its script is not one the approved plan ${approval.hash.slice(0, 12)} shows running: nothing is sent; plan again and approve the new plan`,
      );
  }
  for (const address of addressesOf(about)) {
    if (address.kind === 'command' || (address.field && BOOKKEEPING_FIELDS.has(address.field))) continue;
    // A parameter's value no plan reads or shows (the plan role reads no SecureString, and a plan
    // never holds a secret): a rotated workflow secret is written whatever the plan showed. Its
    // parameter's creation, removal and tags are held like any change.
    if (isSecretValue(operation, address, input)) continue;
    const covering = approval.changes.filter((c) => covers(c.address, address));
    const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
    if (covering.length === 0)
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)} is not in ${plan}, which lists no change to it: nothing more is written; something changed after the plan was made, so plan again and approve the new plan`,
      );
    // A delete only of what the plan removes or replaces.
    if (REMOVES.test(operation) && !covering.some((c) => c.action === 'remove' || replaces(c)))
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)}: ${plan} ${covering.some((c) => c.action === 'add') ? 'makes it' : 'changes it'}, it does not remove it: ${PLAN_AGAIN}`,
      );
    const id = FIELD_UPDATES[operation];
    // A write's address may name the part it sets (`tags`, `target groups`); a group's instances
    // are not the group's fields.
    const field =
      PROVIDER_KINDS.has(address.kind) && address.field !== 'instances' ? FIELD_OF[operation] : undefined;
    const adds = covering.filter((c) => c.action === 'add');
    // A resource the plan makes converges after its create (an adopted one): any of its fields may
    // be written, each to the value the add shows.
    if ((id || field) && adds.length === 0) {
      const planned = new Set(covering.flatMap((c) => (c.fields ?? []).map((f) => f.field)));
      const sets = id ? Object.keys(input ?? {}).filter((k) => k !== id) : [field as string];
      const unplanned = sets.filter((k) => !planned.has(k));
      if (unplanned.length)
        throw new UnapprovedWriteError(
          `${operation} on ${describeAddress(address)} sets ${unplanned.join(', ')}, which ${plan} does not change: ${PLAN_AGAIN}`,
        );
    }
    const values = id ? (input as Record<string, unknown>) : field ? VALUE_OF[operation]?.(input) : undefined;
    if (values) checkValues(approval, operation, address, covering, values);
    // A create is of the resource as a whole (not a part a write names, such as a machine's
    // parameter), and only of what the plan makes or replaces, by what its change shows.
    const created =
      address.field === undefined
        ? approval.readCreate?.(operation, (input ?? {}) as Record<string, unknown>)
        : undefined;
    if (created) {
      const makes = covering.filter((c) => c.action === 'add' || replaces(c));
      if (created.kind !== address.kind || makes.length === 0)
        throw new UnapprovedWriteError(
          `${operation} on ${describeAddress(address)}: ${plan} does not make or replace ${created.kind === address.kind ? 'it' : `a ${created.kind} there`}: nothing is sent; plan again and approve the new plan`,
        );
      checkCreated(approval, operation, address, makes, created);
    }
    // Tags, rules, lists and single values by what the plan shows after (a removed resource is not held by value).
    for (const check of VALUE_CHECKS) {
      const problem = check({ approval, operation, address, covering, input });
      if (problem) throw new UnapprovedWriteError(problem);
    }
    const done = carriedOut.get(approval) ?? new Set();
    for (const c of covering) done.add(c);
    carriedOut.set(approval, done);
  }
}

/** The overwrite of a SecureString's value (src/aws/parameters.ts), and nothing else. */
function isSecretValue(operation: string, address: Address, input: unknown): boolean {
  const i = (input ?? {}) as { Type?: string; Overwrite?: boolean };
  return (
    operation === 'PutParameter' &&
    address.kind === 'parameter' &&
    address.field === 'value' &&
    i.Type === 'SecureString' &&
    i.Overwrite === true
  );
}

/** The shell script of a SendCommand request (AWS-RunShellScript's `commands`, as one text). */
function sentScript(input: unknown): string {
  const commands = (input as { Parameters?: { commands?: unknown } } | undefined)?.Parameters?.commands;
  return Array.isArray(commands) ? commands.join('\n') : '';
}
