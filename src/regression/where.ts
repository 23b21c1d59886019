// Which variant the ACA-Py tier is on, read from AWS rather than remembered: the image of the
// template's default version (a variant image carries the variant's tag), and whether every
// instance in service runs that version. The summary names it, also after a cancellation.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import type { Cluster } from '../config/schema.js';
import { instancesOffVersion } from '../resources/group-capacity.js';
import { describeGroup } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';
import { acapyDefaultVersion } from './rollout.js';
import { VARIANT_TAG } from './variants.js';

export async function whereTheTierIs(ctx: AwsContext, c: Cluster): Promise<string> {
  try {
    const d = await acapyDefaultVersion(ctx, c);
    const imageId = d.data.ImageId;
    const img = imageId
      ? (
          await aws('DescribeImages', `image ${imageId}`, () =>
            ctx.clients.ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] })),
          )
        ).Images?.[0]
      : undefined;
    const variant = tagMap(img?.Tags)[VARIANT_TAG];
    const on = variant ?? `the cluster's own ACA-Py image (${imageId ?? 'none'})`;
    const g = await describeGroup(ctx, groupName(c, 'acapy'));
    const off = instancesOffVersion(
      g?.Instances?.filter((i) => i.LifecycleState === 'InService'),
      d.version,
    ).length;
    return off ? `${on} (template default; ${off} instance(s) still on another version)` : on;
  } catch (err) {
    return `unknown (${err instanceof Error ? err.message : String(err)})`;
  }
}
