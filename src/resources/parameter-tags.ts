// The file's tags on the cluster's own parameters (copied and generated secrets, issuer ids,
// last-run records): set when each was made, and brought to the file's on every apply since.
// DescribeParameters answers no tags, so each parameter's are read (ListTagsForResource: tags only,
// never a value).
import { AddTagsToResourceCommand, RemoveTagsFromResourceCommand } from '@aws-sdk/client-ssm';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findParameters, parameterTags, selector } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import { TAG, type Tags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags, type TagDiff, tagDiff } from './extra-tags.js';

/** Each of the cluster's parameters: its tags as compared, and what a retag changes. */
export async function parameterTagStates(
  ctx: AwsContext,
  c: Cluster,
): Promise<{ name: string; tags: Tags; diff: TagDiff }[]> {
  const names = (await findParameters(ctx.clients, selector(c.name))).flatMap((p) =>
    p.Name ? [p.Name] : [],
  );
  const out = await Promise.all(
    names.map(async (name) => {
      const have = await parameterTags(ctx.clients, name);
      // The toolkit's own keys stay as each parameter was made (its Name and role differ by kind).
      const own = Object.fromEntries(
        Object.entries(have).filter(([k]) => k === 'Name' || k === TAG.managedBy),
      );
      return { name, tags: comparedTags(have), diff: tagDiff(have, { ...c.tags, ...own }) };
    }),
  );
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Each of the cluster's parameters whose tags differ from the file's, with what changes. */
export async function parameterTagDiffs(
  ctx: AwsContext,
  c: Cluster,
): Promise<{ name: string; diff: TagDiff }[]> {
  return (await parameterTagStates(ctx, c)).filter((x) => x.diff.lines.length > 0);
}

export async function retagParameters(ctx: AwsContext, c: Cluster): Promise<string[]> {
  const diffs = await parameterTagDiffs(ctx, c);
  for (const { name, diff } of diffs) {
    const address: Address = { kind: 'parameter', name };
    if (diff.set.length)
      await write(
        ctx.clients.ssm,
        new AddTagsToResourceCommand({
          ResourceType: 'Parameter',
          ResourceId: name,
          Tags: diff.set.map(([Key, Value]) => ({ Key, Value })),
        }),
        address,
      );
    if (diff.remove.length)
      await write(
        ctx.clients.ssm,
        new RemoveTagsFromResourceCommand({
          ResourceType: 'Parameter',
          ResourceId: name,
          TagKeys: diff.remove,
        }),
        address,
      );
    ctx.log?.(`parameter ${name}: ${diff.lines.join(', ')}`);
  }
  return diffs.map((d) => d.name);
}
