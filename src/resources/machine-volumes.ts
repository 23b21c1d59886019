// The size of each machine's root volume as EBS reports it: a `diskGiB` edit is not something the
// toolkit carries out on a running machine (EBS grows a volume, the file system would have to
// follow, and never shrinks one), so the plan and the apply say so instead of passing over it.
import { DescribeVolumesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';

/** The device Ubuntu's images boot from, where the toolkit's launch puts the machine's volume. */
export const ROOT_DEVICE = '/dev/sda1';

/** Root volume size in GiB by instance id (an instance without one is left out). */
export async function rootVolumeSizes(
  ctx: AwsContext,
  cluster: string,
  instanceIds: string[],
): Promise<Map<string, number>> {
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
  const out = new Map<string, number>();
  for (const v of r.Volumes ?? []) {
    const id = v.Attachments?.[0]?.InstanceId;
    if (id && v.Size !== undefined) out.set(id, v.Size);
  }
  return out;
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
