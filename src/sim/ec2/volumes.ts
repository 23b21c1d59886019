// Simulated EBS volumes: the volumes an instance was launched with, as DescribeVolumes lists them
// (one attachment each; a size the launch left out is the image's, 8 GiB for Ubuntu's).
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { matchesFilters, page, type World } from '../world.js';
import type { Ec2State } from './state.js';

const IMAGE_ROOT_GIB = 8;

export function volumeHandlers(world: World, s: Ec2State) {
  const modifications = new Map<string, ec2.VolumeModification>();
  // Optimizing for a while (the new size counts already), then completed.
  const stateOf = (m: ec2.VolumeModification): ec2.VolumeModificationState =>
    world.now() - (m.StartTime?.getTime() ?? 0) > world.ms(600) ? 'completed' : 'optimizing';
  const findVolume = (id: string) => {
    const v = s.volume(id);
    if (!v) throw awsError('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);
    return v;
  };
  return {
    DescribeVolumes: (i: ec2.DescribeVolumesCommandInput): ec2.DescribeVolumesCommandOutput => {
      const all = [...s.instances.values()]
        .filter((x) => world.visible(x.createdAt) && x.state !== 'terminated')
        .flatMap((x) =>
          (x.launchOptions?.volumes ?? []).flatMap((v) =>
            v.id
              ? [
                  {
                    VolumeId: v.id,
                    Size: v.sizeGiB ?? IMAGE_ROOT_GIB,
                    Encrypted: v.encrypted ?? false,
                    VolumeType: (v.type ?? 'gp2') as ec2.VolumeType,
                    State: 'in-use' as const,
                    AvailabilityZone: s.subnets.get(x.subnetId)?.az,
                    Attachments: [
                      { InstanceId: x.id, Device: v.device, State: 'attached' as const, VolumeId: v.id },
                    ],
                    Tags: Object.entries(v.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
                  },
                ]
              : [],
          ),
        )
        .filter((v) => !i.VolumeIds?.length || i.VolumeIds.includes(v.VolumeId))
        .filter((v) =>
          matchesFilters(i.Filters, Object.fromEntries(v.Tags.map((t) => [t.Key, t.Value])), {
            'attachment.instance-id': v.Attachments[0]?.InstanceId,
            'attachment.device': v.Attachments[0]?.Device,
            'volume-id': v.VolumeId,
          }),
        );
      const p = page(all, i.MaxResults, i.NextToken, 500);
      return { $metadata: {}, Volumes: p.items, ...(p.next ? { NextToken: p.next } : {}) };
    },
    // EBS grows a volume in place, never shrinks one; the new size counts from 'optimizing' on.
    ModifyVolume: (i: ec2.ModifyVolumeCommandInput): ec2.ModifyVolumeCommandOutput => {
      const v = findVolume(ec2Param(i.VolumeId, 'VolumeId'));
      const from = v.sizeGiB ?? IMAGE_ROOT_GIB;
      const to = i.Size ?? from;
      const last = modifications.get(v.id as string);
      if (last && stateOf(last) !== 'completed')
        throw awsError('IncorrectModificationState', `Volume ${v.id} is already being modified`);
      if (to < from)
        throw awsError(
          'InvalidParameterValue',
          `New size cannot be smaller than existing size (${from} GiB)`,
        );
      if (to === from && i.Size !== undefined)
        throw awsError(
          'InvalidParameterCombination',
          `New size must differ from the existing size (${from} GiB)`,
        );
      v.sizeGiB = to;
      const m = {
        VolumeId: v.id,
        ModificationState: 'optimizing' as const,
        OriginalSize: from,
        TargetSize: to,
        Progress: 0,
        StartTime: new Date(world.now()),
      };
      modifications.set(v.id as string, m);
      return { $metadata: {}, VolumeModification: m };
    },
    DescribeVolumesModifications: (
      i: ec2.DescribeVolumesModificationsCommandInput,
    ): ec2.DescribeVolumesModificationsCommandOutput => {
      for (const id of i.VolumeIds ?? []) findVolume(id);
      const list = [...modifications.values()]
        .filter((m) => !i.VolumeIds?.length || i.VolumeIds.includes(m.VolumeId as string))
        .map((m) => ({ ...m, ModificationState: stateOf(m) }));
      return { $metadata: {}, VolumesModifications: list };
    },
  };
}
