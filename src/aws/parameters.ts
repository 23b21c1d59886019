// Parameter Store writes under the "compare" rule: read what is stored, write only a different
// value, and when a create meets ParameterAlreadyExists (an earlier attempt whose answer was lost,
// or a concurrent run) read again and treat an equal value as done. A parameter that exists is
// written over, or kept, only when it carries the cluster's tags: one someone else made at our name
// (whose value they know) is refused, never adopted.
import { DeleteParameterCommand, GetParameterCommand, PutParameterCommand } from '@aws-sdk/client-ssm';
import { TAG, type Tags } from '../cluster/tags.js';
import type { Address } from './address.js';
import type { AwsClients } from './clients.js';
import type { EnsureAction } from './context.js';
import { hasTags, parameterTags } from './discover.js';
import { AwsOperationError, aws, codeOf } from './errors.js';
import { write } from './writes.js';

export interface ParameterSpec {
  name: string;
  value: string;
  type: 'String' | 'SecureString';
  /** Tags, set when the parameter is created (AWS takes tags only with a create). */
  tags: { Key: string; Value: string }[];
  /** For messages: what the parameter holds, e.g. the cluster fields that name it. */
  what?: string;
  /** Bookkeeping a plan does not list (`last run`: the copy of a script kept for the next plan's diff). */
  field?: string;
  /** The resource whose preparation writes it (the issuer machine its ids): what a plan lists. */
  of?: Address;
}

/** A parameter's address; `what` says, for people, what it holds. */
export function parameterAddress(spec: Pick<ParameterSpec, 'name' | 'what' | 'field' | 'of'>): Address {
  if (spec.of)
    return { ...spec.of, field: `parameter ${spec.name}`, ...(spec.what ? { note: spec.what } : {}) };
  return {
    kind: 'parameter',
    name: spec.name,
    ...(spec.what ? { note: spec.what } : {}),
    ...(spec.field ? { field: spec.field } : {}),
  };
}

/** A parameter's value, or undefined when it does not exist (SecureStrings decrypted). */
export async function readParameter(
  c: AwsClients,
  name: string,
  type: ParameterSpec['type'],
): Promise<string | undefined> {
  try {
    const r = await aws('GetParameter', parameterAddress({ name }), () =>
      c.ssm.send(new GetParameterCommand({ Name: name, WithDecryption: type === 'SecureString' })),
    );
    return r.Parameter?.Value;
  } catch (err) {
    if (codeOf(err) === 'ParameterNotFound') return undefined;
    throw new AwsOperationError(
      'GetParameter',
      parameterAddress({ name }),
      codeOf(err),
      'could not read it',
      'check the role may read (and decrypt) the cluster parameters',
    );
  }
}

/** The tags that make an existing parameter ours: the cluster and managed-by tags it is made with. */
function ownerTags(spec: ParameterSpec): Tags {
  return Object.fromEntries(
    spec.tags.filter((t) => t.Key === TAG.cluster || t.Key === TAG.managedBy).map((t) => [t.Key, t.Value]),
  );
}

/**
 * Throws when the parameter at the spec's name does not carry the tags it would be made with: made
 * by someone else (by hand, another tool), so neither its value nor its tags are the toolkit's.
 */
async function refuseForeign(c: AwsClients, spec: ParameterSpec, operation: string): Promise<void> {
  const want = ownerTags(spec);
  if (Object.keys(want).length === 0) return;
  const have = await parameterTags(c, spec.name);
  if (hasTags(have, want)) return;
  const tags = Object.entries(want)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  throw new AwsOperationError(
    operation,
    parameterAddress(spec),
    'ParameterAlreadyExists',
    `it exists without the tags ${tags}, so the toolkit did not make it and does not adopt it`,
    'delete it (aws ssm delete-parameter) if it is a leftover, or move it off this path: the cluster keeps its parameters under its own prefix',
  );
}

export async function putParameter(c: AwsClients, spec: ParameterSpec): Promise<EnsureAction> {
  const address = parameterAddress(spec);
  const current = await readParameter(c, spec.name, spec.type);
  if (current === spec.value) return 'unchanged';
  if (current !== undefined) await refuseForeign(c, spec, 'PutParameter');
  // A parameter's value alone: what no plan reads or shows (approved-writes.ts lets it through).
  const valueAddress =
    address.kind === 'parameter' && !address.field ? { ...address, field: 'value' } : address;
  const overwrite = () =>
    write(
      c.ssm,
      new PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Overwrite: true }),
      valueAddress,
    );
  if (current !== undefined) {
    await overwrite();
    return 'updated';
  }
  try {
    await write(
      c.ssm,
      new PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Tags: spec.tags }),
      address,
    );
  } catch (err) {
    if (codeOf(err) !== 'ParameterAlreadyExists') throw err;
    // Created meanwhile: by this very request before its answer was lost, by another run of ours,
    // or by someone else (refused).
    await refuseForeign(c, spec, 'PutParameter');
    if ((await readParameter(c, spec.name, spec.type)) !== spec.value) await overwrite();
  }
  return 'created';
}

/**
 * Create a parameter only when absent (a generated secret is made once and kept): an existing one
 * of ours, also one this very request created before its answer was lost, is left as it is.
 */
export async function createParameterIfAbsent(c: AwsClients, spec: ParameterSpec): Promise<EnsureAction> {
  try {
    await write(
      c.ssm,
      new PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Tags: spec.tags }),
      parameterAddress(spec),
    );
    return 'created';
  } catch (err) {
    if (codeOf(err) !== 'ParameterAlreadyExists') throw err;
    await refuseForeign(c, spec, 'PutParameter');
    return 'unchanged';
  }
}

/** Delete a parameter; one already gone counts as done (the write rule for DeleteParameter). */
export async function deleteParameter(c: AwsClients, name: string): Promise<void> {
  await write(c.ssm, new DeleteParameterCommand({ Name: name }), parameterAddress({ name }));
}
