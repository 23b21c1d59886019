// An image of a role as a provider. An image never changes once baked: its recipe (the source
// instance and the preparation script, which also make its CreateImage request's instance and
// description) is fixed, so a new recipe is a new image (a create: the bake) and the older ones are
// deleted beyond `images.keep`. What changes in place is its tags (and its snapshots'), brought to
// the file's; each image keeps its own Name (its image name).
import {
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  type Image,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { resourceTags, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { comparedTags, comparedTagsFor, requestTags, specificationTags, writeEc2Tags } from './extra-tags.js';
import {
  type Change,
  canonical,
  describeTags,
  diff,
  type Provider,
  type Spec,
  tagChanges,
} from './provider.js';

/** On each image: the recipe it was baked from. */
export const RECIPE_TAG = 'akrida:recipe';

/** An image of a role (`acapy-image`, `locust-image`) as plans and writes name it: one baked, by its id. */
export const imageAddress = (cluster: string | undefined, kind: string, id?: string): Address => ({
  kind: 'image',
  name: kind,
  ...(cluster ? { cluster } : {}),
  ...(id ? { id } : {}),
});

export interface ImageDesired {
  /** `{kind: 'image', name: ROLE-image, cluster, id}` (the id once baked) */
  address: Address;
  /** The recipe it is baked from (undefined: an image's own, not compared). */
  recipe?: string;
  /** The file's tags (not its Name: each image keeps its own). */
  tags: Tags;
  /** The image as found, when it exists: its snapshots are retagged with it. */
  found?: Image;
}

/** What the file wants of an image of `kind` (one found keeps its own recipe). */
export function imageDesired(c: Cluster, kind: string, found?: Image, recipe?: string): ImageDesired {
  const { Name: _, ...tags } = resourceTags(c, kind);
  const own = recipe ?? (found ? tagMap(found.Tags)[RECIPE_TAG] : undefined);
  return {
    address: imageAddress(c.name, kind, found?.ImageId),
    ...(own ? { recipe: own } : {}),
    tags,
    ...(found ? { found } : {}),
  };
}

/**
 * The CreateImage request: its source and description (the source and the ref) are what the recipe
 * hashes, with the script; its tags are the file's, the recipe and the image's own Name.
 */
export function imageCreateRequest(r: { source: string; name: string; description: string; tags: Tags }) {
  return {
    InstanceId: r.source,
    Name: r.name,
    Description: r.description,
    TagSpecifications: [
      { ResourceType: 'image' as const, Tags: toAwsTags(r.tags) },
      { ResourceType: 'snapshot' as const, Tags: toAwsTags(r.tags) },
    ],
  };
}

/** The one builder: the recipe (the CreateImage request's source and script) and the tags it is made with. */
export function imageSpec(d: ImageDesired) {
  return { Recipe: d.recipe, Tags: comparedTags(d.tags) };
}

/**
 * A CreateImage request as imageSpec's fields: its recipe (which hashes its source and script) and
 * the file's tags. Its name (a timestamp) and description are labels; snapshot tags that differ
 * from the image's stay as sent, which no plan shows.
 */
function bakedFields({
  InstanceId: _source,
  Name: _name,
  Description: _label,
  TagSpecifications,
  ...sent
}: Record<string, unknown>): Spec {
  const onImage = requestTags(specificationTags(TagSpecifications, 'image'));
  const onSnapshots = requestTags(specificationTags(TagSpecifications, 'snapshot'));
  const { Name: _own, [RECIPE_TAG]: recipe, ...tags } = onImage;
  return {
    ...sent,
    Recipe: recipe,
    Tags: tags,
    ...(canonical(onSnapshots) === canonical(onImage) ? {} : { TagSpecifications }),
  };
}

export function imageObserved(i: Image, d: ImageDesired): Spec {
  const have = tagMap(i.Tags);
  const { Name: _, ...tags } = comparedTagsFor(have, d.tags);
  return { Recipe: have[RECIPE_TAG], Tags: tags };
}

const snapshotsOf = (i: Image) =>
  (i.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : []));

/** Deregisters an image and deletes its snapshots (a pruned one, or one teardown removes). */
export async function deregisterImage(ctx: AwsContext, image: Image, address: Address): Promise<void> {
  const id = address.id ?? image.ImageId;
  if (!id) throw new Error(`image ${address.name}: no id to deregister`);
  await write(ctx.clients.ec2, new DeregisterImageCommand({ ImageId: id }), address);
  for (const snap of snapshotsOf(image))
    await write(ctx.clients.ec2, new DeleteSnapshotCommand({ SnapshotId: snap }), {
      kind: 'snapshot',
      name: snap,
      in: id,
    });
}

export const imageProvider: Provider<ImageDesired, Image> = {
  kind: 'image',
  async read(ctx, address) {
    if (!address.id) return undefined;
    const id = address.id;
    const r = await aws('DescribeImages', address, () =>
      ctx.clients.ec2.send(new DescribeImagesCommand({ ImageIds: [id] })),
    );
    return r.Images?.[0];
  },
  spec: imageSpec,
  observed: imageObserved,
  immutable: ['Recipe'],
  creates: { operation: 'CreateImage', fields: bakedFields },
  refuse: (d, f) =>
    new Error(
      `image ${d.address.id ?? d.address.name}: baked from recipe ${String(f.before)}, not ${String(f.after)}; an image never changes: a new recipe is a new image, which the apply bakes`,
    ),
  async apply(ctx, change: Change<ImageDesired>) {
    // The create is the bake (images.ts): the source is prepared by SSM first, then imaged.
    if (change.op === 'create')
      throw new Error(`image ${change.address.name}: made by bakeImage, which prepares its source first`);
    if (change.op === 'delete') {
      const image = await imageProvider.read(ctx, change.address);
      if (image) await deregisterImage(ctx, image, change.address);
      return;
    }
    if (change.op === 'replace')
      throw new Error(
        `image ${change.address.name}: a new recipe is a new image (a bake), never a change of one`,
      );
    const tags = change.fields.find((f) => f.field === 'Tags');
    const { found } = change.desired;
    const id = change.address.id;
    if (!tags || !found || !id) return;
    const { set, remove } = tagChanges(tags.before as Tags | undefined, tags.after as Tags | undefined);
    await writeEc2Tags(ctx, [id, ...snapshotsOf(found)], change.address, { set, remove });
  },
  describe: (f) =>
    f.field === 'Tags' ? describeTags(f) : [`${f.field}: ${String(f.before)} -> ${String(f.after)}`],
};

/** The tag changes of a role's images that stay (available or pending), image by image. */
export function retagChanges(c: Cluster, kind: string, images: Image[]): Change<ImageDesired>[] {
  return images
    .filter((i) => i.State === 'available' || i.State === 'pending')
    .flatMap((i) => diff(imageProvider, imageDesired(c, kind, i), i));
}

/** The retag of `retagChanges`, logged as the plan lists it. */
export async function retagImages(ctx: AwsContext, c: Cluster, kind: string, images: Image[]): Promise<void> {
  for (const change of retagChanges(c, kind, images)) {
    await imageProvider.apply(ctx, change);
    const lines = change.op === 'update' ? change.fields.flatMap(describeTags) : [];
    ctx.log?.(`image ${change.address.id}: ${lines.join(', ')}`);
  }
}
