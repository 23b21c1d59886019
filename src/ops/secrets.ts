// Secrets reach instances through Parameter Store only. Operator-owned parameters must exist;
// workflow secrets are written as SecureStrings (only when the value changed). Values are never
// logged or returned.
import type { AwsContext, EnsureAction } from '../aws/context.js';
import { findParameters, parametersPresent, selector } from '../aws/discover.js';
import { deleteParameter, putParameter } from '../aws/parameters.js';
import { storedSecrets } from '../cluster/resources.js';
import { parameterName, secretRefs } from '../cluster/secrets.js';
import { resourceTags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';

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

export async function storeSecrets(
  ctx: AwsContext,
  c: Cluster,
  env: Record<string, string | undefined>,
): Promise<{ name: string; action: EnsureAction | 'deleted' }[]> {
  await checkSecrets(ctx, c, env);
  const now = new Date(ctx.clock.now());
  const wanted = new Set(storedSecrets(c).map(([name]) => name));
  // A workflow secret the file no longer uses: its copy goes, as the plan said it would.
  const unused = (await findParameters(ctx.clients, selector(c.name, 'secret')))
    .map((p) => p.Name)
    .filter((name): name is string => !!name && !wanted.has(name));
  const removed = await Promise.all(
    unused.map(async (name) => {
      await deleteParameter(ctx.clients, name);
      return { name, action: 'deleted' as const };
    }),
  );
  const stored = await Promise.all(
    storedSecrets(c).map(async ([name, fields]) => {
      const ref = secretRefs(c).find((s) => parameterName(c, s.ref) === name)?.ref;
      const value = ref && 'githubSecret' in ref ? (env[ref.githubSecret] ?? '') : '';
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
  return [...stored, ...removed];
}
