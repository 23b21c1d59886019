// A resource kind as a provider: `read` what AWS has at an address, `diff` the wanted resource
// against it into typed changes (create / update of named fields, each with before and after /
// replace / delete), and `apply` one change, which writes that change and nothing else. The
// fields `diff` compares are the fields of one request builder (`spec`), so a field the kind sends
// to AWS cannot escape comparison; `test/resources/provider.test.ts` fails when one does.
import type { Address } from '../aws/address.js';
import { canonical } from '../aws/canonical.js';
import type { AwsContext } from '../aws/context.js';
import type { PlannedChange } from './kind.js';

export { canonical };

/** One field a change sets: its name in the kind's request, what AWS has, what the file wants. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type Change<D> =
  | { op: 'create'; address: Address; desired: D }
  | { op: 'update'; address: Address; desired: D; fields: FieldChange[] }
  | { op: 'replace'; address: Address; desired: D; fields: FieldChange[] }
  | { op: 'delete'; address: Address };

/** The fields a kind sends in its create and update requests, by request field name. */
export type Spec = Record<string, unknown>;

export interface Provider<D extends { address: Address }, O> {
  readonly kind: Address['kind'];
  /** What AWS has at the address, undefined when nothing is there. Describe calls only. */
  read(ctx: AwsContext, address: Address): Promise<O | undefined>;
  /** The one request builder: every field the kind's writes send, as the file wants them. */
  spec(desired: D): Spec;
  /** The same fields as AWS reports them (restricted to what the kind manages of `desired`). */
  observed(o: O, desired: D): Spec;
  /** Fields AWS cannot change in place: a difference in one is a replace. */
  readonly immutable?: readonly string[];
  /** Fields of `immutable` whose change the kind carries out as a replace (the others it refuses). */
  readonly replaceable?: readonly string[];
  /** A replace this kind does not carry out: the error that names the field and what to do. */
  refuse?(desired: D, f: FieldChange): Error;
  /** Carry out one change, and nothing else. */
  apply(ctx: AwsContext, change: Change<D>): Promise<void>;
  /** How a field change reads in the plan (default: "field: before -> after"). */
  describe?(f: FieldChange): string[];
  /** The create request, read back as the compared fields it sets: the approval holds a create to them. */
  readonly creates?: CreateFields;
}

/**
 * A kind's create operation, and the compared fields one of its requests sets (by `spec`'s names;
 * undefined for a request of that operation that creates nothing, such as a value overwrite).
 * `spec(d)` restricted to these fields equals `fields(request built from d)`: a test holds every
 * kind to it, so what a create sends is what the plan's add change shows.
 */
export interface CreateFields {
  operation: string;
  /** The name the request gives what it makes, which must be its address's (a machine's role is a tag). */
  name?(request: Record<string, unknown>): unknown;
  /** What it is made in (a listener's load balancer), which must be its address's `in`. */
  container?(request: Record<string, unknown>): unknown;
  fields(request: Record<string, unknown>): Spec | undefined;
  /** Compared fields the create does not send: written after it (a group's rules) or what it results in (a machine's state). */
  later?: readonly string[];
}

/** A spec as the fields of an add change: every field it sets, from nothing. */
export const createdFields = (spec: Spec): FieldChange[] =>
  Object.entries(spec)
    .filter(([, v]) => v !== undefined)
    .map(([field, after]) => ({ field, before: undefined, after }));

/** The fields of `want` whose value differs from `have`'s; a field `want` leaves undefined is not managed. */
export function fieldChanges(want: Spec, have: Spec): FieldChange[] {
  return Object.keys(want)
    .filter((k) => want[k] !== undefined && canonical(want[k]) !== canonical(have[k]))
    .map((field) => ({ field, before: have[field], after: want[field] }));
}

/** The typed changes from the wanted resource to what was read: by construction over `spec`. */
export function diff<D extends { address: Address }, O>(
  p: Provider<D, O>,
  desired: D,
  observed: O | undefined,
): Change<D>[] {
  if (observed === undefined) return [{ op: 'create', address: desired.address, desired }];
  const fields = fieldChanges(p.spec(desired), p.observed(observed, desired));
  if (fields.length === 0) return [];
  const replace = fields.some((f) => p.immutable?.includes(f.field));
  return [{ op: replace ? 'replace' : 'update', address: desired.address, desired, fields }];
}

/** Throws the kind's refusal when a change replaces what the kind does not replace; plan and apply alike. */
export function refuseReplaces<D extends { address: Address }, O>(
  p: Provider<D, O>,
  changes: Change<D>[],
): void {
  for (const c of changes) {
    if (c.op !== 'replace' || !p.refuse) continue;
    const f = c.fields.find((x) => p.immutable?.includes(x.field) && !p.replaceable?.includes(x.field));
    if (f) throw p.refuse(c.desired, f);
  }
}

const show = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'string' ? v : canonical(v));

/** A change as the plan lists it: the resource in words, one line per field. */
export function planned<D extends { address: Address }, O>(
  p: Provider<D, O>,
  change: Change<D>,
  resource: string,
  created: string[] = [],
): PlannedChange {
  const lines = (f: FieldChange) => p.describe?.(f) ?? [`${f.field}: ${show(f.before)} -> ${show(f.after)}`];
  switch (change.op) {
    case 'create':
      // The add shows every field the create sets: what the approval holds the create to.
      return {
        action: 'add',
        resource,
        details: created,
        address: change.address,
        fields: createdFields(p.spec(change.desired)),
      };
    case 'delete':
      return { action: 'remove', resource, details: [], address: change.address };
    default:
      return {
        action: 'change',
        resource,
        details: [...(change.op === 'replace' ? ['replaced'] : []), ...change.fields.flatMap(lines)],
        address: change.address,
        // A replace makes the resource anew: its create is held to every field, the unchanged too.
        fields:
          change.op === 'replace'
            ? [
                ...change.fields,
                ...createdFields(p.spec(change.desired))
                  .filter((f) => !change.fields.some((c) => c.field === f.field))
                  .map((f) => ({ ...f, before: f.after })),
              ]
            : change.fields,
      };
  }
}

/** Tags as one compared field: key -> value, without the keys the kind does not manage. */
export function tagChanges(
  before: Record<string, string> | undefined,
  after: Record<string, string> | undefined,
): { set: [string, string][]; remove: string[] } {
  const b = before ?? {};
  const a = after ?? {};
  return {
    set: Object.entries(a).filter(([k, v]) => b[k] !== v),
    remove: Object.keys(b).filter((k) => !(k in a)),
  };
}

/** "tag team: a -> b" lines of a tags field change. */
export function describeTags(f: FieldChange): string[] {
  const b = (f.before ?? {}) as Record<string, string>;
  const a = (f.after ?? {}) as Record<string, string>;
  const { set, remove } = tagChanges(b, a);
  return [
    ...set.map(([k, v]) => `tag ${k}: ${b[k] ?? '(none)'} -> ${v}`),
    ...remove.map((k) => `tag ${k}: ${b[k]} -> (removed)`),
  ];
}
