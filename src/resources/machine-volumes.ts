// Each machine's root volume as EBS reports it: its tags follow the file's like the machine's (a
// tags edit retags both); a `diskGiB` edit is not something the toolkit carries out on a running
// machine (EBS grows a volume, the file system would have to follow, and never shrinks one), so
// the plan and the apply say so instead of passing over it.
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import type { Tags } from '../cluster/tags.js';
import { type TagDiff, tagDiff } from './extra-tags.js';

/** The device Ubuntu's images boot from, where the toolkit's launch puts the machine's volume. */
export const ROOT_DEVICE = '/dev/sda1';

export interface RootVolume {
  id: string;
  sizeGiB: number;
  tags: Tags;
}

/** Each machine's root volume by instance id (an instance without one is left out). */
export async function rootVolumes(
  ctx: AwsContext,
  cluster: string,
  instanceIds: string[],
): Promise<Map<string, RootVolume>> {
  if (instanceIds.length === 0) return new Map();
  const r = await aws('DescribeVolumes', `root volumes of the machines of ${cluster}`, () =>
    ctx.clients.ec2.send(
      new DescribeVolumesCommand({
        Filters: [
          { Name: 'attachment.instance-id', Values: instanceIds },
          { Name: 'attachment.device', Values: [ROOT_DEVICE] },
        ],
      }),
    ),
  );
  const out = new Map<string, RootVolume>();
  for (const v of r.Volumes ?? []) {
    const instance = v.Attachments?.[0]?.InstanceId;
    if (instance && v.VolumeId && v.Size !== undefined)
      out.set(instance, { id: v.VolumeId, sizeGiB: v.Size, tags: tagMap(v.Tags) });
  }
  return out;
}

/** The tag lines a machine's root volume needs (it was launched with the machine's tags). */
export function volumeTagDiff(v: RootVolume | undefined, want: Tags): TagDiff | undefined {
  const d = v && tagDiff(v.tags, want);
  return d?.lines.length ? { ...d, lines: d.lines.map((l) => `root volume ${v?.id}: ${l}`) } : undefined;
}

/** What the plan and the apply say of a root volume whose size is not the file's, or undefined. */
export function volumeNote(
  role: string,
  id: string,
  have: number | undefined,
  want: number,
): string | undefined {
  if (have === undefined || have === want) return undefined;
  return `machine ${role} ${id} has a ${have} GiB root volume and the file says ${want} GiB (machines.${role}.diskGiB): the toolkit does not resize a running machine's volume; destroy the cluster to replace it, or grow the volume and its file system by hand`;
}
