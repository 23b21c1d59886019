// Step 1 of the manual procedure: prepare a stand-alone instance (Docker reset, pre-build) and
// bake a tagged AMI of it, then keep only the newest N images of that role. An image baked from
// the same recipe is reused, and a bake interrupted while pending is resumed, not repeated.

import { createHash } from 'node:crypto';
import { CreateImageCommand, DescribeImagesCommand, type Image } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { findImages, newestFirst, selector, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { runOnInstances } from '../aws/run-command.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { resourceTags, TAG, type Tags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { type ImageRole, prepareScript } from '../render/scripts.js';
import {
  deregisterImage,
  imageAddress,
  imageCreateRequest,
  RECIPE_TAG,
  retagImages,
} from './image-provider.js';
import { recordLastRun } from './last-run.js';
import { assertOptedIn, findSelectedInstance } from './source-instances.js';

export type { ImageRole };
export { prepareScript, RECIPE_TAG };

export interface BakeResult {
  imageId: string;
  name: string;
  action: 'baked' | 'reused' | 'resumed';
  pruned: string[];
}

/** What an image is made from: the source instance and the preparation script. */
export function imageRecipe(source: string, script: string): string {
  return createHash('sha256')
    .update(JSON.stringify([source, script]))
    .digest('hex')
    .slice(0, 12);
}

/**
 * An image of the source as another variant (a regression's): its own script runs first, its images
 * are tagged and pruned apart from the role's, and its recipe includes that script.
 */
export interface BakeVariant {
  /** Names the images and tags them (`tag`: the variant's name). */
  name: string;
  tag: string;
  /** Run on the source before the role's preparation (the variant's machine script). */
  script: string;
}

export async function bakeImage(
  ctx: AwsContext,
  c: Cluster,
  role: ImageRole,
  t: TemplateSet,
  opts: { rebuild?: boolean; variant?: BakeVariant } = {},
): Promise<BakeResult> {
  const field = `images.${role}`;
  const instance = await findSelectedInstance(ctx, c, c.images[role], field);
  const source = required(instance.InstanceId, 'InstanceId', 'DescribeInstances', field);
  const v = opts.variant;
  const script = prepareScript(t, c, role);
  const recipe = imageRecipe(source, v ? `${v.script}\n${script}` : script);
  const kind = v ? `${role}-variant-image` : `${role}-image`;
  const ours = { ...selector(c.name, kind), ...(v ? { [v.tag]: v.name } : {}) };
  const listed = await findImages(ctx.clients, ours);
  const images = listed.filter((i) => i.State !== 'failed');
  const same = images.find((i) => tagOf(i, RECIPE_TAG) === recipe);

  let imageId: string;
  let name: string;
  let action: BakeResult['action'];
  if (same && !opts.rebuild) {
    imageId = required(same.ImageId, 'ImageId', 'DescribeImages', `${role} images of ${c.name}`);
    name = same.Name ?? imageId;
    action = same.State === 'available' ? 'reused' : 'resumed';
  } else {
    assertOptedIn(
      instance,
      c,
      field,
      c.images.resetDocker
        ? 'reset Docker (deleting /var/lib/docker) and rebuild'
        : 'check out a ref and rebuild',
    );
    if (v)
      await runOnInstances(ctx, {
        targets: { instanceIds: [source] },
        script: v.script,
        comment: `akrida-ops prepare ${role} variant ${v.name} for ${c.name}`,
        expectedSeconds: LATENCY.prepareMachine,
        timeoutSeconds: 3600,
      });
    await runOnInstances(ctx, {
      targets: { instanceIds: [source] },
      script,
      comment: `akrida-ops prepare ${role} image for ${c.name}`,
      expectedSeconds: LATENCY.prepareImage,
      timeoutSeconds: 3600,
    });
    await recordLastRun(ctx, c, `prepare-${role}-image`, script);
    const now = new Date(ctx.clock.now());
    const stem = v ? `${role}-${v.name}` : role;
    name = `${c.name}-${stem}-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}-${recipe.slice(0, 6)}`;
    const tags: Tags = { ...resourceTags(c, kind, now), ...ours, Name: name, [RECIPE_TAG]: recipe };
    const address: Address = { ...imageAddress(c.name, kind), note: `${name}, ${field}, instance ${source}` };
    const r = await write(
      ctx.clients.ec2,
      new CreateImageCommand(
        imageCreateRequest({
          source,
          name,
          description: `akrida-ops ${role} image of ${source} for ${c.name} (${c.source.ref})`,
          tags,
        }),
      ),
      address,
      { adopt: () => adoptImage(ctx, c, name, recipe) },
    );
    imageId = required(answerOf(r)?.ImageId, 'ImageId', 'CreateImage', address);
    action = 'baked';
    ctx.log?.(`creating ${name} (${imageId}) from ${source}`);
  }
  // A reused image was seen available by the search above: that one call is all it costs.
  if (action !== 'reused') await waitAvailable(ctx, imageId, LATENCY.imageAvailable * 1000);
  const pruned = await pruneImages(
    ctx,
    ours,
    c.images.keep,
    imageId,
    action === 'reused' ? listed : undefined,
  );
  // The images that stay carry the file's tags (a variant's are the regression's own).
  if (!v)
    await retagImages(
      ctx,
      c,
      kind,
      images.filter((i) => i.ImageId && !pruned.includes(i.ImageId)),
    );
  return { imageId, name, action, pruned };
}

/** The image a lost CreateImage answer left: ours when it carries this cluster's tag and recipe. */
async function adoptImage(
  ctx: AwsContext,
  c: Cluster,
  name: string,
  recipe: string,
): Promise<{ ImageId?: string }> {
  // The name is taken, so the image exists: wait out eventual consistency until a filter sees it.
  const image = await waitFor(
    async () => {
      const r = await aws('DescribeImages', `image ${name}`, () =>
        ctx.clients.ec2.send(
          new DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: [name] }] }),
        ),
      );
      const found = r.Images?.[0];
      return found ? { done: true, value: found } : { done: false, status: 'not visible yet' };
    },
    {
      what: `image ${name} to become visible`,
      timeoutMs: 120_000,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 500,
    },
  );
  const tags = tagMap(image?.Tags);
  if (!image?.ImageId || tags[TAG.cluster] !== c.name || tags[RECIPE_TAG] !== recipe) {
    throw new AwsOperationError(
      'CreateImage',
      { kind: 'image', name },
      'InvalidAMIName.Duplicate',
      "an image of that name exists and is not this cluster's bake of this recipe",
      'deregister it or rename the cluster; the toolkit adopts only its own images',
    );
  }
  ctx.log?.(`adopted ${name} (${image.ImageId}), created by an earlier attempt whose answer was lost`);
  return image;
}

function tagOf(i: Image, key: string): string | undefined {
  return i.Tags?.find((t) => t.Key === key)?.Value;
}

async function waitAvailable(ctx: AwsContext, imageId: string, expectedMs?: number): Promise<void> {
  await waitFor(
    async () => {
      const r = await untilVisible(`image ${imageId}`, ctx.clock, () =>
        aws('DescribeImages', `image ${imageId}`, () =>
          ctx.clients.ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
        ),
      );
      const img = r.Images?.[0];
      if (img?.State === 'available') return { done: true, value: undefined };
      if (img?.State === 'failed' || img?.State === 'error' || img?.State === 'invalid') {
        throw new AwsOperationError(
          'CreateImage',
          { kind: 'image', name: imageId },
          img.StateReason?.Code ?? 'failed',
          img.StateReason?.Message ?? 'image creation failed',
          'check the source instance, then run again (the failed image is replaced)',
        );
      }
      return { done: false, status: img?.State ?? 'unknown' };
    },
    {
      what: `image ${imageId} to become available`,
      timeoutMs: 45 * 60_000,
      clock: ctx.clock,
      minDelayMs: 5_000,
      maxDelayMs: 15_000,
      expectedMs,
      log: ctx.log,
      warn: ctx.warn,
    },
  );
}

/**
 * The images a role loses once `current` is its image: all but the newest `keep` available ones
 * (and `current`); pending ones are left alone. `current` undefined: a new image is about to be
 * made, and it will be the newest, so `keep - 1` of these stay.
 */
export function imagesToPrune(images: Image[], keep: number, current: string | undefined): Image[] {
  const sorted = [...images].sort(newestFirst);
  const kept = sorted
    .filter((i) => i.State === 'available')
    .slice(0, current === undefined ? keep - 1 : keep);
  const keepIds = new Set([current, ...kept.map((i) => i.ImageId)]);
  return sorted.filter((i) => !keepIds.has(i.ImageId) && i.State !== 'pending');
}

/** Keep the newest `keep` available images of a role (and `current`); the rest go with their snapshots. */
export async function pruneImages(
  ctx: AwsContext,
  tags: Tags,
  keep: number,
  current: string,
  /** The role's images when the caller has just listed them and created none since. */
  listed?: Image[],
): Promise<string[]> {
  const gone = imagesToPrune(listed ?? (await findImages(ctx.clients, tags)), keep, current).map((img) => ({
    img,
    id: required(img.ImageId, 'ImageId', 'DescribeImages', `images tagged ${Object.values(tags).join(',')}`),
  }));
  await Promise.all(
    gone.map(({ img, id }) =>
      deregisterImage(ctx, img, imageAddress(tags[TAG.cluster], tags[TAG.role] ?? id, id)),
    ),
  );
  return gone.map((g) => g.id);
}
