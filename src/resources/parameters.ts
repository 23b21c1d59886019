// Parameters as a kind. Secrets reach instances through Parameter Store only. Operator-owned
// parameters must exist; workflow secrets are copied as SecureStrings (the value written only when
// it changed), generated ones made once. Planned and applied through one provider
// (parameter-provider.ts). Values are never logged or returned.
import { randomBytes } from 'node:crypto';
import type { Address } from '../aws/address.js';
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findParameters, parametersPresent, selector } from '../aws/discover.js';
import { deleteParameter, putParameter } from '../aws/parameters.js';
import { required } from '../aws/required.js';
import { storedSecrets } from '../cluster/resources.js';
import { generatedSecrets, parameterName, secretRefs } from '../cluster/secrets.js';
import { resourceTags, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { KindPlan, ResourceKind } from './kind.js';
import {
  type ParamDesired,
  type ParamObserved,
  type ParamSource,
  paramCreateRequest,
  parameterProvider,
  readParameters,
} from './parameter-provider.js';
import { diff, planned, refuseReplaces } from './provider.js';

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

const paramAddress = (name: string): Address => ({ kind: 'parameter', name });

/**
 * Every parameter the file wants and where its value comes from: the workflow secrets' copies, the
 * generated secrets, and the cluster's other parameters (issuer ids, last-run copies: made by other
 * kinds, their tags kept at the file's). Values only with `env` (an apply), never in a plan.
 */
function desiredParameters(
  c: Cluster,
  tagged: string[],
  have: Map<string, ParamObserved>,
  now: Date,
  env?: Record<string, string | undefined>,
): ParamDesired[] {
  const copies = storedSecrets(c).map(([name, fields]): ParamDesired => {
    const ref = secretRefs(c).find((s) => parameterName(c, s.ref) === name)?.ref;
    const secret = ref && 'githubSecret' in ref ? ref.githubSecret : undefined;
    return {
      address: paramAddress(name),
      source: 'workflow secret',
      what: fields.join(', '),
      type: 'SecureString',
      tags: resourceTags(c, 'secret', now),
      ...(env && {
        value: () => {
          const v = secret === undefined ? undefined : env[secret];
          // checkSecrets stopped the run earlier when a workflow secret was unset.
          if (v === undefined)
            throw new MissingSecretError(`${fields.join(', ')}: no workflow secret for ${name}`);
          return v;
        },
      }),
    };
  });
  const generated = generatedSecrets(c).map(
    (g): ParamDesired => ({
      address: paramAddress(g.name),
      source: 'generated',
      what: g.field,
      type: 'SecureString',
      tags: resourceTags(c, GENERATED_ROLE, now),
      value: () => randomSecret(g.length),
    }),
  );
  const listed = new Set([...copies, ...generated].map((d) => d.address.name));
  // One found by its tags but gone by the read after (deleted meanwhile) is no longer kept.
  const kept = tagged
    .filter((name) => !listed.has(name) && have.has(name))
    .map((name): ParamDesired => {
      const own = have.get(name)?.tags ?? {};
      // The toolkit's own keys stay as its maker set them (its Name and role differ by kind).
      const keep = Object.fromEntries(
        Object.entries(own).filter(([k]) => k === 'Name' || k === TAG.managedBy || k === TAG.cluster),
      );
      return {
        address: paramAddress(name),
        source: 'kept',
        what: 'kept by the cluster',
        tags: { ...c.tags, ...keep },
      };
    });
  return [...copies, ...generated, ...kept];
}

/** The cluster's parameters read once: which the file wants, what AWS has, and the copies to remove. */
async function readState(ctx: AwsContext, c: Cluster, env?: Record<string, string | undefined>) {
  const [tagged, copies] = await Promise.all([
    findParameters(ctx.clients, selector(c.name)),
    findParameters(ctx.clients, selector(c.name, 'secret')),
  ]);
  const unused = new Set(unusedCopies(c, copies));
  const names = tagged.flatMap((p) => (p.Name && !unused.has(p.Name) ? [p.Name] : []));
  const wanted = [...storedSecrets(c).map(([n]) => n), ...generatedSecrets(c).map((g) => g.name)];
  const have = await readParameters(ctx, [...new Set([...wanted, ...names, ...unused])]);
  const desired = desiredParameters(c, names, have, new Date(ctx.clock.now()), env);
  const changes = desired.flatMap((d) => diff(parameterProvider, d, have.get(d.address.name)));
  // A parameter someone else made at our name, or of another type: refused before any write.
  refuseReplaces(parameterProvider, changes);
  return { desired, have, changes, unused: [...unused] };
}

export async function storeSecrets(
  ctx: AwsContext,
  c: Cluster,
  env: Record<string, string | undefined>,
): Promise<{ name: string; action: EnsureAction | 'deleted' }[]> {
  await checkSecrets(ctx, c, env);
  const { desired, changes, unused } = await readState(ctx, c, env);
  const changed = new Map(changes.map((ch) => [ch.address.name, ch]));
  // A workflow secret the file no longer uses: its copy goes, as the plan said it would.
  const removed = unused.map(async (name) => {
    await parameterProvider.apply(ctx, { op: 'delete', address: paramAddress(name) });
    return { name, action: 'deleted' as const };
  });
  const made = desired.map(async (d): Promise<{ name: string; action: EnsureAction } | undefined> => {
    const name = d.address.name;
    const change = changed.get(name);
    if (change) await parameterProvider.apply(ctx, change);
    if (change?.op === 'update')
      ctx.log?.(
        `parameter ${name}: ${change.fields.flatMap((f) => parameterProvider.describe?.(f) ?? []).join(', ')}`,
      );
    if (change?.op === 'create') return { name, action: 'created' };
    // A copy's value is the one field no plan compares: the apply writes it when it differs.
    if (d.source === 'workflow secret' && d.value) {
      const action = await putParameter(ctx.clients, paramCreateRequest(d, d.value()));
      return { name, action: change && action === 'unchanged' ? 'updated' : action };
    }
    return change ? { name, action: 'updated' } : undefined;
  });
  const out = await Promise.all([...made, ...removed]);
  return out.filter((x) => x !== undefined);
}

/** Generated secrets carry their own role, so the unused-copy cleanup never sees them. */
const GENERATED_ROLE = 'generated-secret';

/** What a plan says a new parameter of each source holds. */
const CREATED: Record<ParamSource, string> = {
  'workflow secret': 'SecureString from the workflow secret',
  generated: 'SecureString of a random value the toolkit generates (kept afterwards)',
  kept: 'made by the kind it belongs to',
};

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
 * The cluster's parameters (type, tags and owner, through DescribeParameters and
 * ListTagsForResource, so the read-only plan role needs no GetParameter on SecureStrings and never
 * sees a value), and every parameter of the cluster for teardown (the copies, the generated
 * secrets, the issuer's ids and the scripts kept for the next plan).
 */
export const parameters: ResourceKind<void, undefined, string[]> = {
  kind: 'parameter',

  async plan(ctx, c): Promise<KindPlan<undefined>> {
    const out: KindPlan<undefined> = { changes: [], unchanged: [], facts: undefined, observed: [] };
    const { desired, have, changes, unused } = await readState(ctx, c);
    const byName = new Map(changes.map((ch) => [ch.address.name, ch]));
    // Per parameter: its type, tags and owner, never its value (the plan role cannot read one).
    for (const d of desired) {
      const name = d.address.name;
      const o = have.get(name);
      out.observed.push({ address: d.address, ...(o && { fields: parameterProvider.observed(o, d) }) });
      const ch = byName.get(name);
      if (ch) out.changes.push(planned(parameterProvider, ch, `parameter ${name}`, [CREATED[d.source]]));
      // Another kind's bookkeeping (issuer ids, last-run copies) shows only when its tags change.
      else if (d.source !== 'kept')
        out.unchanged.push(
          `parameter ${name}${d.source === 'workflow secret' ? " (its value is the workflow secret's, written when it differs: no plan reads it)" : ''}`,
        );
    }
    for (const name of unused) {
      const o = have.get(name);
      out.observed.push({
        address: paramAddress(name),
        ...(o && { fields: { Type: o.type, Tags: o.tags } }),
      });
      out.changes.push({
        action: 'remove',
        resource: `parameter ${name}`,
        details: ['no longer referenced by the cluster file'],
        address: paramAddress(name),
      });
    }
    out.observed.sort((a, b) => a.address.name.localeCompare(b.address.name));
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
