// The tags of a resource the toolkit made, brought to what the file says: the cluster file's extra
// tags (and our own, should one be missing) set, an extra tag the file no longer has removed. The
// toolkit's bookkeeping tags (akrida:*, such as the expiry and what prepared a machine) and AWS's
// (aws:*) are not compared. One function for the plan's lines and the apply's writes.
import { CreateTagsCommand, DeleteTagsCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { describeTags, tagChanges } from './provider.js';

/** The tags a resource is compared on: all but the expiry (set at creation; renewing it is an explicit act) and AWS's own. */
export const comparedTags = (tags: Tags): Tags =>
  Object.fromEntries(Object.entries(tags).filter(([k]) => k !== TAG.expiresAt && !k.startsWith('aws:')));

/** The tags an EC2 create request's TagSpecifications give a resource of `type`. */
export const specificationTags = (specs: unknown, type: string): unknown[] =>
  ((specs ?? []) as { ResourceType?: string; Tags?: unknown[] }[])
    .filter((s) => s.ResourceType === type)
    .flatMap((s) => s.Tags ?? []);

/** A create request's tags (a list of keys and values), as compared. */
export const requestTags = (tags: unknown): Tags =>
  comparedTags(tagMap(tags as { Key?: string; Value?: string }[] | undefined));

export interface TagDiff {
  set: [string, string][];
  remove: string[];
  /** "tag team: a -> b" per key, for the plan. */
  lines: string[];
}

/** What a resource has, as compared with what the file wants: the toolkit's akrida:* keys only where wanted. */
export function comparedTagsFor(have: Tags, want: Tags): Tags {
  const w = comparedTags(want);
  return Object.fromEntries(
    Object.entries(have).filter(([k]) => k in w || !(k.startsWith('akrida:') || k.startsWith('aws:'))),
  );
}

export function tagDiff(have: Tags, want: Tags): TagDiff {
  const w = comparedTags(want);
  const h = comparedTagsFor(have, want);
  return { ...tagChanges(h, w), lines: describeTags({ field: 'Tags', before: h, after: w }) };
}

/** CreateTags and DeleteTags on EC2 resources (an instance, a template, an image and its snapshots). */
export async function writeEc2Tags(
  ctx: AwsContext,
  resources: string[],
  address: Address,
  d: Pick<TagDiff, 'set' | 'remove'>,
): Promise<void> {
  if (d.set.length)
    await write(
      ctx.clients.ec2,
      new CreateTagsCommand({ Resources: resources, Tags: d.set.map(([Key, Value]) => ({ Key, Value })) }),
      address,
    );
  if (d.remove.length)
    await write(
      ctx.clients.ec2,
      new DeleteTagsCommand({ Resources: resources, Tags: d.remove.map((Key) => ({ Key })) }),
      address,
    );
}
