// The file's tags on the images of a role that stay (and on their snapshots): an edit of the
// cluster file's tags reaches the images already baked, as it reaches every other resource.
import type { Image } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { required } from '../aws/required.js';
import { resourceTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { type TagDiff, tagDiff, writeEc2Tags } from './extra-tags.js';

/** An image of a role (`acapy-image`, `locust-image`) as plans and writes name it: one baked, by its id. */
export const imageAddress = (cluster: string | undefined, kind: string, id?: string): Address => ({
  kind: 'image',
  name: kind,
  ...(cluster ? { cluster } : {}),
  ...(id ? { id } : {}),
});

/** Each image whose tags differ from the file's, with what changes (its name is its own Name tag). */
export function imageTagDiffs(c: Cluster, kind: string, images: Image[]): { image: Image; diff: TagDiff }[] {
  return images
    .filter((i) => i.State === 'available' || i.State === 'pending')
    .map((image) => {
      const have = tagMap(image.Tags);
      // Each image keeps its own Name tag (its image name), not the role's.
      const { Name: _, ...want } = resourceTags(c, kind);
      return { image, diff: tagDiff(have, have.Name === undefined ? want : { ...want, Name: have.Name }) };
    })
    .filter((x) => x.diff.lines.length > 0);
}

export async function retagImages(ctx: AwsContext, c: Cluster, kind: string, images: Image[]): Promise<void> {
  for (const { image, diff } of imageTagDiffs(c, kind, images)) {
    const id = required(image.ImageId, 'ImageId', 'DescribeImages', `${kind} images of ${c.name}`);
    const snapshots = (image.BlockDeviceMappings ?? []).flatMap((b) =>
      b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : [],
    );
    await writeEc2Tags(ctx, [id, ...snapshots], imageAddress(c.name, kind, id), diff);
    ctx.log?.(`image ${id}: ${diff.lines.join(', ')}`);
  }
}
