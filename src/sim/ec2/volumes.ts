// Simulated EBS volumes: the volumes an instance was launched with, as DescribeVolumes lists them
// (one attachment each; a size the launch left out is the image's, 8 GiB for Ubuntu's).
import type * as ec2 from '@aws-sdk/client-ec2';
import { matchesFilters, page, type World } from '../world.js';
import type { Ec2State } from './state.js';

const IMAGE_ROOT_GIB = 8;

export function volumeHandlers(world: World, s: Ec2State) {
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
  };
}
