// Simulated EC2 images and their snapshots: create from an instance, describe, deregister, delete.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { type Filter, matchesFilters, tagList, type World } from '../world.js';
import type { SimImage } from './model.js';
import { tagSpec } from './request.js';
import type { Ec2State } from './state.js';

export function imageHandlers(world: World, s: Ec2State) {
  const imageOut = (i: SimImage): ec2.Image => ({
    ImageId: i.id,
    Name: i.name,
    Description: i.description,
    State: i.state as ec2.ImageState,
    OwnerId: i.owner ?? world.accountId,
    CreationDate: new Date(Math.max(0, i.createdAt)).toISOString(),
    Tags: tagList(i.tags),
    BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { SnapshotId: i.snapshotId, VolumeSize: 30 } }],
    ...(i.state === 'failed'
      ? {
          StateReason: {
            Code: 'Client.InternalError',
            Message: 'Client.InternalError: Image creation failed',
          },
        }
      : {}),
  });

  return {
    CreateImage: (i: ec2.CreateImageCommandInput): ec2.CreateImageCommandOutput => {
      const inst = s.findInstance(ec2Param(i.InstanceId, 'InstanceId'));
      if (inst.state !== 'running' && inst.state !== 'stopped') {
        throw awsError(
          'IncorrectInstanceState',
          `The instance '${inst.id}' is not in a state from which it can be imaged (${inst.state}).`,
        );
      }
      const name = ec2Param(i.Name, 'Name');
      if (!/^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/.test(name)) {
        throw awsError(
          'InvalidAMIName.Malformed',
          `AMI name ${name} is invalid: 3-128 characters of letters, digits, ( ) [ ] space . / - ' @ _`,
        );
      }
      if ([...s.images.values()].some((x) => x.name === name && x.state !== 'deregistered')) {
        throw awsError(
          'InvalidAMIName.Duplicate',
          `AMI name ${name} is already in use by AMI ${[...s.images.values()].find((x) => x.name === name)?.id}`,
        );
      }
      const now = world.now();
      const id = world.id('ami');
      const snapshotId = world.id('snap');
      const seconds = world.latency.imageAvailable;
      s.images.set(id, {
        id,
        name,
        ...(i.Description !== undefined ? { description: i.Description } : {}),
        sourceInstanceId: inst.id,
        snapshotId,
        state: 'pending',
        availableAt: now + world.ms(seconds),
        fails: world.faults.failImage(name),
        tags: tagSpec(i.TagSpecifications, 'image'),
        createdAt: now,
      });
      s.snapshots.set(snapshotId, {
        id: snapshotId,
        imageId: id,
        tags: tagSpec(i.TagSpecifications, 'snapshot'),
        createdAt: now,
      });
      return { $metadata: {}, ImageId: id };
    },
    DescribeImages: (i: ec2.DescribeImagesCommandInput): ec2.DescribeImagesCommandOutput => {
      for (const id of i.ImageIds ?? []) {
        const img = s.images.get(id);
        if (!img || img.state === 'deregistered' || !world.visible(img.createdAt)) {
          throw awsError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
        }
      }
      const list = [...s.images.values()]
        .filter((x) => x.state !== 'deregistered' && world.visible(x.createdAt))
        .filter((x) => !(x.public && i.Owners?.includes('self')))
        .filter((x) => !i.ImageIds || i.ImageIds.includes(x.id))
        .filter((x) =>
          matchesFilters(i.Filters as Filter[], x.tags, { name: x.name, state: x.state, 'image-id': x.id }),
        );
      return { $metadata: {}, Images: list.map(imageOut) };
    },
    DeregisterImage: (i: ec2.DeregisterImageCommandInput): ec2.DeregisterImageCommandOutput => {
      const img = s.images.get(ec2Param(i.ImageId, 'ImageId'));
      if (!img || img.state === 'deregistered')
        throw awsError('InvalidAMIID.NotFound', `The image id '[${i.ImageId}]' does not exist`);
      img.state = 'deregistered';
      return { $metadata: {} };
    },
    DescribeSnapshots: (i: ec2.DescribeSnapshotsCommandInput): ec2.DescribeSnapshotsCommandOutput => {
      for (const id of i.SnapshotIds ?? [])
        if (!s.snapshots.has(id))
          throw awsError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
      return {
        $metadata: {},
        Snapshots: [...s.snapshots.values()]
          .filter((x) => !i.SnapshotIds || i.SnapshotIds.includes(x.id))
          .filter((x) => matchesFilters(i.Filters as Filter[], x.tags, { 'snapshot-id': x.id }))
          .map((x) => ({
            SnapshotId: x.id,
            Description: `Created by CreateImage for ${x.imageId}`,
            State: 'completed',
            OwnerId: world.accountId,
            Tags: tagList(x.tags),
          })),
      };
    },
    DeleteSnapshot: (i: ec2.DeleteSnapshotCommandInput): ec2.DeleteSnapshotCommandOutput => {
      const snap = s.snapshots.get(ec2Param(i.SnapshotId, 'SnapshotId'));
      if (!snap) throw awsError('InvalidSnapshot.NotFound', `The snapshot '${i.SnapshotId}' does not exist.`);
      const img = s.images.get(snap.imageId);
      if (img && img.state !== 'deregistered') {
        throw awsError('InvalidSnapshot.InUse', `The snapshot ${snap.id} is currently in use by ${img.id}`);
      }
      s.snapshots.delete(snap.id);
      return { $metadata: {} };
    },
  };
}
