// A parameter of the cluster as a provider: its type, its tags and whose it is, compared as one
// request builder (`paramSpec`) against DescribeParameters and ListTagsForResource (metadata and
// tags only: a plan never reads a value). The value is the one field of the create request no plan
// compares: a secret copy's is the workflow secret's, written by the apply when it differs.
import { AddTagsToResourceCommand, RemoveTagsFromResourceCommand } from '@aws-sdk/client-ssm';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { parametersByName, parameterTags } from '../aws/discover.js';
import {
  createParameterIfAbsent,
  deleteParameter,
  type ParameterSpec,
  putParameter,
} from '../aws/parameters.js';
import { write } from '../aws/writes.js';
import { TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import { comparedTags, comparedTagsFor, requestTags } from './extra-tags.js';
import { type Change, describeTags, type Provider, type Spec, tagChanges } from './provider.js';

/** Where a parameter's value comes from: a workflow secret, the toolkit's random, or another kind. */
export type ParamSource = 'workflow secret' | 'generated' | 'kept';

export interface ParamDesired {
  /** `{kind: 'parameter', name}` */
  address: Address;
  source: ParamSource;
  /** What it holds, for people (the cluster fields that name it). */
  what: string;
  /** SecureString for secrets; a kept parameter's type is its maker's, not compared. */
  type?: 'SecureString' | 'String';
  /** The tags it is made with and kept at (the expiry too, not compared). */
  tags: Tags;
  /** The value a create sends: read at apply only, never part of a plan. */
  value?: () => string;
}

export interface ParamObserved {
  type: string | undefined;
  tags: Tags;
}

/** Whose a parameter is, by the tags that find it again: the cluster's and the toolkit's. */
const ownerOf = (tags: Tags) =>
  `${TAG.cluster}=${tags[TAG.cluster] ?? '(none)'}, ${TAG.managedBy}=${tags[TAG.managedBy] ?? '(none)'}`;

/** The one builder: what the create request sends and the tag writes keep, as compared fields. */
export function paramSpec(d: ParamDesired) {
  return {
    Type: d.type,
    Tags: comparedTags(d.tags),
    // Not a request field of its own: the two tags of Tags that make it ours, which no write changes.
    Owner: ownerOf(d.tags),
  };
}

export function paramObserved(o: ParamObserved, d: ParamDesired): Spec {
  return { Type: o.type, Tags: comparedTagsFor(o.tags, d.tags), Owner: ownerOf(o.tags) };
}

/** The PutParameter request that makes it (the value read at apply): the one place its fields are set. */
export function paramCreateRequest(d: ParamDesired, value: string): ParameterSpec {
  return {
    name: d.address.name,
    value,
    type: d.type ?? 'String',
    tags: toAwsTags(d.tags),
    what: d.what,
  };
}

/** AddTagsToResource and RemoveTagsFromResource: the tag changes of one parameter. */
export async function writeParameterTags(
  ctx: AwsContext,
  name: string,
  d: { set: [string, string][]; remove: string[] },
): Promise<void> {
  const address: Address = { kind: 'parameter', name, field: 'tags' };
  if (d.set.length)
    await write(
      ctx.clients.ssm,
      new AddTagsToResourceCommand({
        ResourceType: 'Parameter',
        ResourceId: name,
        Tags: d.set.map(([Key, Value]) => ({ Key, Value })),
      }),
      address,
    );
  if (d.remove.length)
    await write(
      ctx.clients.ssm,
      new RemoveTagsFromResourceCommand({ ResourceType: 'Parameter', ResourceId: name, TagKeys: d.remove }),
      address,
    );
}

/** These parameters as AWS has them: type and tags of each that exists (one describe, tags per parameter). */
export async function readParameters(ctx: AwsContext, names: string[]): Promise<Map<string, ParamObserved>> {
  const meta = await parametersByName(ctx.clients, names);
  const out = new Map<string, ParamObserved>();
  await Promise.all(
    [...meta.values()].map(async (m) => {
      const name = m.Name as string;
      out.set(name, { type: m.Type, tags: await parameterTags(ctx.clients, name) });
    }),
  );
  return out;
}

async function create(ctx: AwsContext, d: ParamDesired): Promise<void> {
  if (!d.value)
    throw new Error(`parameter ${d.address.name} (${d.what}): no value to make it with; this apply has none`);
  const spec = paramCreateRequest(d, d.value());
  // Both adopt what this very request made before its answer was lost, and refuse what someone
  // else made meanwhile; a secret's copy takes the workflow secret's value, a generated one is kept.
  if (d.source === 'generated') await createParameterIfAbsent(ctx.clients, spec);
  else await putParameter(ctx.clients, spec);
}

export const parameterProvider: Provider<ParamDesired, ParamObserved> = {
  kind: 'parameter',
  async read(ctx, address) {
    return (await readParameters(ctx, [address.name])).get(address.name);
  },
  spec: paramSpec,
  observed: paramObserved,
  // A PutParameter that overwrites sets the value (which no plan compares), not a new parameter.
  creates: {
    operation: 'PutParameter',
    name: (r) => r.Name,
    fields: ({ Name: _name, Value: _value, Overwrite, Tags, ...sent }) =>
      Overwrite ? undefined : { ...sent, Tags: requestTags(Tags), Owner: ownerOf(requestTags(Tags)) },
  },
  // Parameter Store keeps a parameter's type; whose it is, is what the toolkit never changes.
  immutable: ['Type', 'Owner'],
  refuse: (d, f) =>
    f.field === 'Owner'
      ? new Error(
          `parameter ${d.address.name} (${d.what}) exists without this cluster's tags (${String(f.before)}): the toolkit did not make it and does not take it over; delete it (aws ssm delete-parameter) if it is a leftover, then plan again`,
        )
      : new Error(
          `parameter ${d.address.name} (${d.what}) is a ${String(f.before)}, not a ${String(f.after)}: delete it (aws ssm delete-parameter) and apply again, which makes it anew`,
        ),
  async apply(ctx, change: Change<ParamDesired>) {
    const name = change.address.name;
    if (change.op === 'create') return create(ctx, change.desired);
    if (change.op === 'delete') return deleteParameter(ctx.clients, name);
    if (change.op === 'replace')
      throw new Error(`parameter ${name}: a replace is not carried out by the toolkit`);
    const tags = change.fields.find((f) => f.field === 'Tags');
    if (tags) {
      const { set, remove } = tagChanges(tags.before as Tags | undefined, tags.after as Tags | undefined);
      await writeParameterTags(ctx, name, { set, remove });
    }
  },
  describe(f) {
    if (f.field === 'Tags') return describeTags(f);
    return [`${f.field}: ${String(f.before ?? '(none)')} -> ${String(f.after)}`];
  },
};
