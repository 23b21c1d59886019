// Images as a kind: the plan reuses an image baked from the same recipe and otherwise bakes one
// (listing the older images the bake then prunes); teardown deregisters them with their snapshots.

import { DeleteSnapshotCommand, DeregisterImageCommand } from '@aws-sdk/client-ec2';
import { findImages, selector, tagMap } from '../aws/discover.js';
import { AwsOperationError } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { PREPARE_TAG, TAG } from '../cluster/tags.js';
import type { TemplateSet } from '../render/render.js';
import {
  imageAddress,
  imageDesired,
  imageProvider,
  imageSpec,
  RECIPE_TAG,
  retagChanges,
} from './image-provider.js';
import { type ImageRole, imageRecipe, imagesToPrune, prepareScript } from './images.js';
import type { KindPlan, PlannedScript, ResourceKind } from './kind.js';
import { createdFields, planned } from './provider.js';
import { findSelectedInstance, optedIn } from './source-instances.js';
import { NEW_VALUE } from './value-placeholders.js';

export const IMAGE_ROLES: readonly ImageRole[] = ['locust', 'acapy'];

export interface ImageFacts {
  /** The image each role will run: the one reused, or none yet when a bake is planned. */
  ids: Partial<Record<ImageRole, string>>;
  scripts: PlannedScript[];
}
type FoundImages = { id: string; name: string; snapshots: string[] }[];

export interface ImagePlanInput {
  templates: TemplateSet;
  /** Bake again even where an image of the same recipe exists (the run's rebuild-images). */
  rebuild: boolean;
}

export const images: ResourceKind<ImagePlanInput, ImageFacts, FoundImages> = {
  kind: 'image',

  async plan(ctx, c, { templates, rebuild }): Promise<KindPlan<ImageFacts>> {
    const out: KindPlan<ImageFacts> = {
      changes: [],
      unchanged: [],
      facts: { ids: {}, scripts: [] },
      observed: [],
    };
    const all = await findImages(ctx.clients, selector(c.name));
    for (const role of IMAGE_ROLES) {
      const sel = c.images[role];
      // A machine this apply will make has no id yet; its image is baked once it is prepared.
      const instance = await findSelectedInstance(ctx, c, sel, `images.${role}`).catch((err: unknown) => {
        if ('machine' in sel && err instanceof AwsOperationError && err.code === 'NotFound') return undefined;
        throw err;
      });
      const source = instance
        ? required(instance.InstanceId, 'InstanceId', 'DescribeInstances', `images.${role}`)
        : `<the ${'machine' in sel ? sel.machine : role} machine, once made>`;
      const script = prepareScript(templates, c, role);
      const recipe = imageRecipe(source, script);
      const mine = all.filter((i) => tagMap(i.Tags)[TAG.role] === `${role}-image`);
      const same = mine.find((i) => i.State === 'available' && tagMap(i.Tags)[RECIPE_TAG] === recipe);
      const current = rebuild ? undefined : same;
      out.facts.ids[role] = current?.ImageId;
      // The source, and every image of the role with its state and recipe: what reuse and pruning read.
      out.observed.push({
        address: { kind: 'image', name: `${role}-image`, cluster: c.name },
        fields: {
          source: instance?.InstanceId,
          optedIn: instance && optedIn(instance, c),
          images: mine
            .map(
              (i) => `${i.ImageId} ${i.State} ${tagMap(i.Tags)[RECIPE_TAG] ?? '-'} ${i.CreationDate ?? '-'}`,
            )
            .sort(),
        },
      });
      out.facts.scripts.push({
        id: `prepare-${role}-image`,
        title: `Prepare the ${role === 'locust' ? 'Locust' : 'ACA-Py'} image on ${source}`,
        runs: !current,
        why: current
          ? `image ${current.ImageId} was baked from this script (recipe ${recipe})`
          : same
            ? `rebuild-images: baked again although image ${same.ImageId} has recipe ${recipe}`
            : `recipe ${recipe} has no image yet${!instance || optedIn(instance, c) ? '' : `; REFUSED: ${source} lacks the tag ${PREPARE_TAG}=${c.name}`}`,
        script,
      });
      // The images that stay, with tags that differ from the file's: retagged by the apply.
      const pruned = new Set(imagesToPrune(mine, c.images.keep, current?.ImageId).map((i) => i.ImageId));
      const retag = retagChanges(
        c,
        `${role}-image`,
        mine.filter((i) => !pruned.has(i.ImageId)),
      );
      for (const change of retag)
        out.changes.push(planned(imageProvider, change, `${role} image ${change.address.id}`));
      if (current && !retag.some((x) => x.address.id === current.ImageId))
        out.unchanged.push(`${role} image ${current.ImageId}`);
      else if (!current)
        out.changes.push({
          action: 'add',
          resource: `${role} image`,
          address: imageAddress(c.name, `${role}-image`),
          details: [
            `bake from ${source} (recipe ${recipe}): Docker reset ${c.images.resetDocker ? 'on' : 'off'}, ref ${c.source.ref}`,
          ],
          // What CreateImage is held to; the recipe of a machine not made yet hashes its id to come.
          fields: createdFields(
            imageSpec(imageDesired(c, `${role}-image`, undefined, instance ? recipe : NEW_VALUE.recipe)),
          ),
        });
      // What the apply's pruning then removes (the newest images.keep stay).
      for (const old of imagesToPrune(mine, c.images.keep, current?.ImageId))
        out.changes.push({
          action: 'remove',
          resource: `${role} image ${old.ImageId}`,
          address: imageAddress(c.name, `${role}-image`, old.ImageId),
          details: [`older than the newest ${c.images.keep} (images.keep), with its snapshots`],
        });
    }
    return out;
  },

  async find(ctx, cluster) {
    return (await findImages(ctx.clients, selector(cluster))).map((i) => ({
      id: required(i.ImageId, 'ImageId', 'DescribeImages', `images of ${cluster}`),
      name: i.Name ?? i.ImageId ?? '?',
      snapshots: (i.BlockDeviceMappings ?? []).flatMap((b) => (b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : [])),
    }));
  },

  items: (found) => [
    ...found.map((i) => ({ kind: 'image', id: i.id, name: i.name, action: 'delete' as const })),
    ...found.flatMap((i) =>
      i.snapshots.map((s) => ({ kind: 'snapshot', id: s, name: s, action: 'delete' as const })),
    ),
  ],

  async destroy(ctx, found) {
    await Promise.all(
      found.map(async (i) => {
        await write(ctx.clients.ec2, new DeregisterImageCommand({ ImageId: i.id }), {
          kind: 'image',
          name: i.name,
        });
        for (const s of i.snapshots)
          await write(ctx.clients.ec2, new DeleteSnapshotCommand({ SnapshotId: s }), {
            kind: 'snapshot',
            name: s,
          });
      }),
    );
  },
};
