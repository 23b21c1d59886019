// The tags of a load balancer, target group or listener as one compared field, and the writes that
// bring them to what the file says: AddTags for the set, RemoveTags for the gone.
import { AddTagsCommand, RemoveTagsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { write } from '../aws/writes.js';
import type { Tags } from '../cluster/tags.js';
import type { TagDiff } from './extra-tags.js';
import { type FieldChange, tagChanges } from './provider.js';

export { comparedTags, requestTags } from './extra-tags.js';

export async function writeElbTags(
  ctx: AwsContext,
  arn: string,
  address: Address,
  f: FieldChange,
): Promise<void> {
  await writeElbTagDiff(ctx, arn, address, tagChanges(f.before as Tags, f.after as Tags));
}

export async function writeElbTagDiff(
  ctx: AwsContext,
  arn: string,
  address: Address,
  { set, remove }: Pick<TagDiff, 'set' | 'remove'>,
): Promise<void> {
  if (set.length)
    await write(
      ctx.clients.elbv2,
      new AddTagsCommand({ ResourceArns: [arn], Tags: set.map(([Key, Value]) => ({ Key, Value })) }),
      address,
    );
  if (remove.length)
    await write(ctx.clients.elbv2, new RemoveTagsCommand({ ResourceArns: [arn], TagKeys: remove }), address);
}
