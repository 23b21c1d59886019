// Parameters as a kind. Secrets reach instances through Parameter Store only. Operator-owned parameters must exist;
// workflow secrets are written as SecureStrings (only when the value changed). Values are never
// logged or returned.
import { randomBytes } from 'node:crypto';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findParameters, parametersPresent, selector } from '../aws/discover.js';
import {
  createParameterIfAbsent,
  deleteParameter,
  parameterAddress,
  putParameter,
} from '../aws/parameters.js';
import { required } from '../aws/required.js';
import { storedSecrets } from '../cluster/resources.js';
import { generatedSecrets, parameterName, secretRefs } from '../cluster/secrets.js';
import { resourceTags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { parameterTagStates, retagParameters } from './parameter-tags.js';

export class MissingSecretError extends Error {
  override name = 'MissingSecretError';
}

/** Check every secret is available before anything is created: env values and existing parameters. */
export async function checkSecrets(
  ctx: AwsContext,
  c: Cluster,
  env: Record<string, string | undefined>,
): Promise<void> {
  const missing: string[] = [];
  // Presence only: metadata, never a value.
  const present = await parametersPresent(
    ctx.clients,
    secretRefs(c).flatMap(({ ref }) => ('parameter' in ref ? [ref.parameter] : [])),
  );
  for (const { field, ref } of secretRefs(c)) {
    if ('generated' in ref) continue;
    if ('githubSecret' in ref) {
      if (!env[ref.githubSecret])
        missing.push(
          `${field}: workflow secret ${ref.githubSecret} is not set; add it to the repository secrets and pass it to this step as env`,
        );
      continue;
    }
    if (!present.has(ref.parameter)) {
      missing.push(
        `${field}: Parameter Store has no ${ref.parameter} in ${c.region}; create it as a SecureString (aws ssm put-parameter --type SecureString --name ${ref.parameter} --value ...)`,
      );
    }
  }
  if (missing.length > 0)
    throw new MissingSecretError(`secrets missing, nothing was changed in AWS:\n  ${missing.join('\n  ')}`);
}

/**
 * Copies of workflow secrets the file no longer references in any way: a field that moved from
 * `githubSecret` to `parameter` naming the same copy keeps it.
 */
function unusedCopies(c: Cluster, tagged: { Name?: string }[]): string[] {
  const referenced = new Set(secretRefs(c).map(({ ref }) => parameterName(c, ref)));
  return tagged.flatMap((p) => (p.Name && !referenced.has(p.Name) ? [p.Name] : []));
}

export async function storeSecrets(
  ctx: AwsContext,
  c: Cluster,
  env: Record<string, string | undefined>,
): Promise<{ name: string; action: EnsureAction | 'deleted' }[]> {
  await checkSecrets(ctx, c, env);
  const now = new Date(ctx.clock.now());
  // A workflow secret the file no longer uses: its copy goes, as the plan said it would.
  const unused = unusedCopies(c, await findParameters(ctx.clients, selector(c.name, 'secret')));
  const removed = await Promise.all(
    unused.map(async (name) => {
      await deleteParameter(ctx.clients, name);
      return { name, action: 'deleted' as const };
    }),
  );
  const stored = await Promise.all(
    storedSecrets(c).map(async ([name, fields]) => {
      const ref = secretRefs(c).find((s) => parameterName(c, s.ref) === name)?.ref;
      // checkSecrets above stopped the run when a workflow secret was unset.
      const value = ref && 'githubSecret' in ref ? env[ref.githubSecret] : undefined;
      if (value === undefined)
        throw new MissingSecretError(`${fields.join(', ')}: no workflow secret for ${name}`);
      const action = await putParameter(ctx.clients, {
        name,
        value,
        type: 'SecureString',
        tags: toAwsTags(resourceTags(c, 'secret', now)),
        what: fields.join(', '),
      });
      return { name, action };
    }),
  );
  // Presence first (metadata only): a re-run writes nothing.
  const wanted = generatedSecrets(c);
  const made = await parametersPresent(
    ctx.clients,
    wanted.map((g) => g.name),
  );
  const generated = await Promise.all(
    wanted
      .filter((g) => !made.has(g.name))
      .map(async (g) => ({
        name: g.name,
        action: await createParameterIfAbsent(ctx.clients, {
          name: g.name,
          value: randomSecret(g.length),
          type: 'SecureString',
          tags: toAwsTags(resourceTags(c, GENERATED_ROLE, now)),
          what: g.field,
        }),
      })),
  );
  const retagged = (await retagParameters(ctx, c)).map((name) => ({ name, action: 'updated' as const }));
  return [...stored, ...generated, ...removed, ...retagged];
}

/** Generated secrets carry their own role, so the unused-copy cleanup never sees them. */
const GENERATED_ROLE = 'generated-secret';

/** Letters and digits only: the value lands in .env files and connection strings unquoted. */
function randomSecret(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(length * 2);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (const b of bytes) {
    if (b < 248) out += alphabet[b % 62];
    if (out.length === length) return out;
  }
  return out + randomSecret(length - out.length);
}

/**
 * The workflow secrets' copies (their presence only, through DescribeParameters, so the
 * read-only plan role needs no GetParameter on SecureStrings and never sees a value), and every
 * parameter of the cluster for teardown (the copies and the scripts kept for the next plan).
 */
export const parameters: ResourceKind<void, undefined, string[]> = {
  kind: 'parameter',

  async plan(ctx, c): Promise<KindPlan<undefined>> {
    const out: KindPlan<undefined> = { changes: [], unchanged: [], facts: undefined, observed: [] };
    const stored = storedSecrets(c).map(([name]) => name);
    const [present, tagged] = await Promise.all([
      parametersPresent(ctx.clients, stored),
      findParameters(ctx.clients, selector(c.name, 'secret')),
    ]);
    // Per parameter: whether it exists and its tags, never its value (the plan role cannot read one).
    const seen = new Map<string, Record<string, unknown> | undefined>();
    const addAbsent = (names: string[], have: Set<string>, detail: string, present = '') => {
      for (const name of names) {
        seen.set(name, have.has(name) ? {} : undefined);
        if (have.has(name)) out.unchanged.push(`parameter ${name}${present}`);
        else
          out.changes.push({
            action: 'add',
            resource: `parameter ${name}`,
            details: [detail],
            address: parameterAddress({ name }),
          });
      }
    };
    addAbsent(
      stored,
      present,
      'SecureString from the workflow secret',
      " (its value is the workflow secret's, written when it differs: no plan reads it)",
    );
    const generated = generatedSecrets(c).map((g) => g.name);
    addAbsent(
      generated,
      await parametersPresent(ctx.clients, generated),
      'SecureString of a random value the toolkit generates (kept afterwards)',
    );
    // The file's tags on the parameters that stay.
    const removed = new Set(unusedCopies(c, tagged));
    for (const { name, tags, diff } of await parameterTagStates(ctx, c)) {
      seen.set(name, { ...seen.get(name), tags });
      if (diff.lines.length && !removed.has(name))
        out.changes.push({
          action: 'change',
          resource: `parameter ${name}`,
          details: diff.lines,
          address: parameterAddress({ name }),
        });
    }
    for (const name of unusedCopies(c, tagged)) {
      out.changes.push({
        action: 'remove',
        resource: `parameter ${name}`,
        details: ['no longer referenced by the cluster file'],
        address: parameterAddress({ name }),
      });
    }
    for (const [name, fields] of [...seen].sort(([a], [b]) => a.localeCompare(b)))
      out.observed.push({ address: { kind: 'parameter', name }, fields });
    return out;
  },

  async find(ctx, cluster) {
    return (await findParameters(ctx.clients, selector(cluster))).map((p) =>
      required(p.Name, 'Name', 'DescribeParameters', `parameters of ${cluster}`),
    );
  },

  items: (found) => found.map((p) => ({ kind: 'parameter', id: p, name: p, action: 'delete' })),

  async destroy(ctx, found) {
    await Promise.all(found.map((p) => deleteParameter(ctx.clients, p)));
  },
};
