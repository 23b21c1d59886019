// What a cluster last ran through SSM, kept so the next plan can show a diff instead of a hash:
// a String parameter per script (the scripts hold no secret values), gzipped, tagged like every
// other resource of the cluster so destroy and the sweeper remove it.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AwsContext } from '../aws/context.js';
import { putParameter, readParameter } from '../aws/parameters.js';
import { resourceTags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';

export const LAST_RUN_ROLE = 'last-run-script';
/** A Standard-tier parameter holds 4 KB; a longer script keeps only its hash. */
const MAX_VALUE = 4096;

export function lastRunName(c: Cluster, scriptId: string): string {
  return `/akrida-ops/${c.name}/last-run/${scriptId}`;
}

function encode(script: string): string {
  const packed = `gz:${gzipSync(script).toString('base64')}`;
  if (packed.length <= MAX_VALUE) return packed;
  return `sha256:${createHash('sha256').update(script).digest('hex')}`;
}

/** Keep the script a step just ran (after it succeeded). */
export async function recordLastRun(
  ctx: AwsContext,
  c: Cluster,
  scriptId: string,
  script: string,
): Promise<void> {
  await putParameter(ctx.clients, {
    name: lastRunName(c, scriptId),
    value: encode(script),
    type: 'String',
    field: 'last run',
    tags: toAwsTags(resourceTags(c, LAST_RUN_ROLE, new Date(ctx.clock.now()))),
  });
}

/** The script a step last ran, if a copy was kept (read-only; a String, never a SecureString). */
export async function readLastRun(
  ctx: AwsContext,
  c: Cluster,
  scriptId: string,
): Promise<{ script: string } | { hashOnly: string } | undefined> {
  const v = await readParameter(ctx.clients, lastRunName(c, scriptId), 'String');
  if (v === undefined) return undefined;
  if (v.startsWith('gz:')) return { script: gunzipSync(Buffer.from(v.slice(3), 'base64')).toString() };
  return { hashOnly: v };
}
