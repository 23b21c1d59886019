// An image as a provider: every field of its CreateImage request is compared, through the recipe
// (its source, and the script whose ref the description names) or its tags, but its Name, which is
// its own; a baked image diffs empty; a tags edit is a change of Tags alone, on the image and its
// snapshots; a recipe is never changed in place (a new recipe is a new image).
import { CreateImageCommand, type Image } from '@aws-sdk/client-ec2';
import { TAG } from '../../src/cluster/tags.js';
import {
  type ImageDesired,
  imageCreateRequest,
  imageDesired,
  imageObserved,
  imageProvider,
  imageSpec,
  RECIPE_TAG,
} from '../../src/resources/image-provider.js';
import { canonical, diff, fieldChanges, refuseReplaces } from '../../src/resources/provider.js';
import { cluster } from '../fixtures/example-cluster.js';

const c = cluster();
const want: ImageDesired = imageDesired(c, 'acapy-image', undefined, 'abc123def456');
const request = imageCreateRequest({
  source: 'i-0source',
  name: 'perf-example-acapy-20300101T000000-abc123',
  description: 'akrida-ops acapy image of i-0source for perf-example (main)',
  tags: { ...want.tags, Name: 'perf-example-acapy-20300101T000000-abc123', [RECIPE_TAG]: 'abc123def456' },
});

/** What DescribeImages answers for the image the request made. */
const baked = (): Image => ({
  ImageId: 'ami-0123456789abcdef0',
  Name: request.Name,
  State: 'available',
  Tags: request.TagSpecifications[0]?.Tags,
  BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { SnapshotId: 'snap-0123' } }],
});

/** Where each CreateImage request field is compared: the recipe hashes the source and the script (its ref). */
const COMPARED_AS: Record<string, keyof ReturnType<typeof imageSpec> | 'its own name'> = {
  InstanceId: 'Recipe',
  Description: 'Recipe',
  TagSpecifications: 'Tags',
  Name: 'its own name',
};

describe('the image provider compares every field it sends', () => {
  test('the CreateImage request reads back as the builder: what the approval holds a bake to', () => {
    expect(canonical(imageProvider.creates?.fields(request))).toBe(canonical(imageSpec(want)));
    // Snapshots tagged otherwise than the image stay as sent, which no plan shows.
    const [image] = request.TagSpecifications;
    const odd = { ...request, TagSpecifications: [image, { ResourceType: 'snapshot', Tags: [] }] };
    expect(imageProvider.creates?.fields(odd)).toHaveProperty('TagSpecifications');
  });

  test('every field of the CreateImage request is compared (or is the image name, its own)', () => {
    const sent = Object.keys(new CreateImageCommand(request).input);
    expect(sent.filter((k) => !(k in COMPARED_AS))).toEqual([]);
    for (const field of Object.values(COMPARED_AS))
      if (field !== 'its own name') expect(imageSpec(want)).toHaveProperty(field);
  });

  test('an image as baked diffs empty, and keeps its own Name', () => {
    expect(diff(imageProvider, imageDesired(c, 'acapy-image', baked()), baked())).toEqual([]);
    expect(imageSpec(want).Tags).not.toHaveProperty('Name');
    expect(imageSpec(want).Tags).toHaveProperty(TAG.cluster, c.name);
  });

  test('a tags edit is a change of Tags alone; each field changed is a change of that field', () => {
    const edited = cluster([['tags', 'team'], 'another-team']);
    const [change] = diff(imageProvider, imageDesired(edited, 'acapy-image', baked()), baked());
    expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['Tags']);
    for (const field of Object.keys(imageSpec(want)))
      expect(
        fieldChanges(imageSpec(want), { ...imageObserved(baked(), want), [field]: 'changed' }).map(
          (f) => f.field,
        ),
      ).toEqual([field]);
  });

  test('a recipe is never changed in place: a difference is refused (a new recipe is a new image)', () => {
    const other = imageDesired(c, 'acapy-image', baked(), 'fff000fff000');
    expect(() => refuseReplaces(imageProvider, diff(imageProvider, other, baked()))).toThrow(
      /baked from recipe abc123def456, not fff000fff000; an image never changes: a new recipe is a new image/,
    );
  });
});
