// A machine's RunInstances request: built from what the file wants (machineLaunchRequest), and read
// back as the provider's compared fields (launchedFields), which the approval holds a launch to.
import { canonical } from '../aws/canonical.js';
import { toAwsTags } from '../cluster/tags.js';
import { requestTags, specificationTags } from './extra-tags.js';
import type { MachineDesired } from './machine-provider.js';
import { ROOT_DEVICE } from './machine-volumes.js';
import { BASE_IMAGE_TAG } from './machines.js';
import type { Spec } from './provider.js';

/** IMDSv2 only, one hop (containers, the Akrida code under test, cannot reach the role's credentials). */
export const MACHINE_IMDS = {
  HttpTokens: 'required' as const,
  HttpEndpoint: 'enabled' as const,
  HttpPutResponseHopLimit: 1,
};

/** The root volume: encrypted gp3, gone with the machine; only its size is the file's. */
const rootVolume = (diskGiB: number) => [
  {
    DeviceName: ROOT_DEVICE,
    Ebs: { VolumeSize: diskGiB, VolumeType: 'gp3' as const, Encrypted: true, DeleteOnTermination: true },
  },
];

/** The RunInstances request that launches the machine (without its ClientToken). */
export function machineLaunchRequest(d: MachineDesired, imageId: string) {
  const tags = toAwsTags(d.tags);
  return {
    ImageId: imageId,
    InstanceType: d.instanceType as never,
    MinCount: 1,
    MaxCount: 1,
    SubnetId: d.subnetIds[0],
    SecurityGroupIds: d.perfSg ? [d.perfSg] : [],
    IamInstanceProfile: { Name: d.profile },
    MetadataOptions: MACHINE_IMDS,
    BlockDeviceMappings: rootVolume(d.diskGiB),
    TagSpecifications: [
      {
        ResourceType: 'instance' as const,
        Tags: [...tags, ...(d.baseImage ? [{ Key: BASE_IMAGE_TAG, Value: d.baseImage }] : [])],
      },
      { ResourceType: 'volume' as const, Tags: tags },
    ],
  };
}

/**
 * A RunInstances request as machineSpec's fields. The image (resolved when applied, shown as the
 * parameter that names it) and the ClientToken are not compared; anything else the builder would
 * not send (another count, an unencrypted volume, tags on other resources) stays as sent, which no
 * plan shows.
 */
export function launchedFields({
  ImageId: _image,
  ClientToken: _token,
  MinCount,
  MaxCount,
  TagSpecifications,
  BlockDeviceMappings,
  IamInstanceProfile,
  ...sent
}: Record<string, unknown>): Spec {
  const size = (BlockDeviceMappings as { Ebs?: { VolumeSize?: number } }[] | undefined)?.[0]?.Ebs?.VolumeSize;
  const { [BASE_IMAGE_TAG]: _base, ...instance } = requestTags(
    specificationTags(TagSpecifications, 'instance'),
  );
  const types = ((TagSpecifications ?? []) as { ResourceType?: string }[]).map((t) => t.ResourceType);
  const profile = IamInstanceProfile as { Name?: string; Arn?: string } | undefined;
  return {
    ...sent,
    ...(MinCount === 1 && MaxCount === 1 ? {} : { MinCount, MaxCount }),
    TagSpecifications: types.every((t) => t === 'instance' || t === 'volume')
      ? { instance, volume: requestTags(specificationTags(TagSpecifications, 'volume')) }
      : TagSpecifications,
    BlockDeviceMappings:
      size !== undefined && canonical(BlockDeviceMappings) === canonical(rootVolume(size))
        ? size
        : BlockDeviceMappings,
    IamInstanceProfile: profile && Object.keys(profile).join() === 'Name' ? profile.Name : profile,
  };
}
