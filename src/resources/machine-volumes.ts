// Each machine's root volume as EBS reports it: its tags follow the file's like the machine's (a
// tags edit retags both); a larger `diskGiB` grows it in place (ModifyVolume, then the partition
// and file system by a script); a smaller one is a note, since EBS never shrinks a volume.
import {
  DescribeVolumesCommand,
  DescribeVolumesModificationsCommand,
  ModifyVolumeCommand,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
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

/** The plan's line for a root volume the apply grows, or undefined. */
export function growLine(v: RootVolume | undefined, want: number): string | undefined {
  if (!v || v.sizeGiB >= want) return undefined;
  return `root volume ${v.id}: ${v.sizeGiB} -> ${want} GiB (grown in place; its partition and file system follow, online)`;
}

async function modificationOf(ctx: AwsContext, volumeId: string) {
  const r = await aws('DescribeVolumesModifications', `root volume ${volumeId}`, () =>
    ctx.clients.ec2.send(new DescribeVolumesModificationsCommand({ VolumeIds: [volumeId] })),
  );
  return r.VolumesModifications?.find((m) => m.VolumeId === volumeId);
}

/**
 * Grow a root volume in place (EBS never shrinks one) and wait until the new size counts (the
 * modification "optimizing" or done); the machine's file system follows by a script (scripts.ts).
 */
export async function growRootVolume(
  ctx: AwsContext,
  v: RootVolume,
  sizeGiB: number,
  address: Address,
): Promise<void> {
  await write(ctx.clients.ec2, new ModifyVolumeCommand({ VolumeId: v.id, Size: sizeGiB }), address, {
    // A repeat meets the modification the first attempt started: ours when it asks for this size.
    adopt: async (err) => {
      if ((await modificationOf(ctx, v.id))?.TargetSize !== sizeGiB) throw err;
      return { $metadata: {} };
    },
  });
  await waitFor(
    async () => {
      const m = await modificationOf(ctx, v.id);
      const state = m?.ModificationState;
      if (state === 'failed')
        throw new AwsOperationError(
          'ModifyVolume',
          address,
          'ModificationFailed',
          m?.StatusMessage ?? `root volume ${v.id} did not grow`,
          'see the volume in the EC2 console, then run again',
        );
      return state === 'optimizing' || state === 'completed'
        ? { done: true, value: undefined }
        : { done: false, status: state ?? 'not started' };
    },
    {
      what: `root volume ${v.id} to grow to ${sizeGiB} GiB`,
      timeoutMs: 30 * 60_000,
      clock: ctx.clock,
      log: ctx.log,
    },
  );
}

/** What the plan and the apply say of a root volume whose size is not the file's, or undefined. */
export function volumeNote(
  role: string,
  id: string,
  have: number | undefined,
  want: number,
): string | undefined {
  // A larger size is grown in place (growLine); EBS cannot shrink a volume.
  if (have === undefined || have <= want) return undefined;
  return `machine ${role} ${id} has a ${have} GiB root volume and the file says ${want} GiB (machines.${role}.diskGiB): EBS cannot shrink a volume, so it keeps ${have} GiB; destroy the cluster to replace it, or put ${have} back in the file`;
}
