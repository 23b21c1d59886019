// Rolling the ACA-Py tier to an image: a launch template version that differs from the current
// default only in its image (a version with exactly that content is reused), made the default, the
// instances not on it replaced by an instance refresh, then every instance in service and healthy
// behind both load balancers. The group launches `$Default`, so nothing else changes.
import {
  DescribeLaunchTemplateVersionsCommand,
  type RequestLaunchTemplateData,
  type ResponseLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { resourceTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { loadBalancers, templateId } from '../ops/discover-cluster.js';
import { instancesOffVersion, refreshInstances, waitGroupReady } from '../resources/group-capacity.js';
import { describeGroup } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';
import { ensureLaunchTemplate, setDefaultVersion } from '../resources/launch-template.js';
import { templateName } from '../resources/launch-templates.js';

export interface Rollout {
  imageId: string;
  version: number;
  /** Whether instances were replaced (false: the tier already ran this version). */
  refreshed: boolean;
  /** The ACA-Py instances in service and healthy afterwards. */
  instanceIds: string[];
}

/** The default version's data as a request: the fields a template version is made of. */
function asRequest(d: ResponseLaunchTemplateData): RequestLaunchTemplateData {
  const {
    ImageId,
    InstanceType,
    SecurityGroupIds,
    IamInstanceProfile,
    MetadataOptions,
    BlockDeviceMappings,
    UserData,
    TagSpecifications,
  } = d;
  return {
    ImageId,
    InstanceType,
    SecurityGroupIds,
    IamInstanceProfile,
    MetadataOptions,
    BlockDeviceMappings,
    UserData,
    TagSpecifications,
  } as RequestLaunchTemplateData;
}

/** The ACA-Py template's default version: its number and data. */
export async function acapyDefaultVersion(
  ctx: AwsContext,
  c: Cluster,
): Promise<{ id: string; version: number; data: ResponseLaunchTemplateData }> {
  const id = await templateId(ctx, c, 'acapy');
  const r = await aws('DescribeLaunchTemplateVersions', `launch template ${templateName(c, 'acapy')}`, () =>
    ctx.clients.ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Default'] }),
    ),
  );
  const v = r.LaunchTemplateVersions?.[0];
  return { id, version: v?.VersionNumber ?? 1, data: v?.LaunchTemplateData ?? {} };
}

export async function rollAcapyTo(
  ctx: AwsContext,
  c: Cluster,
  imageId: string,
  why: string,
): Promise<Rollout> {
  const current = await acapyDefaultVersion(ctx, c);
  let version = current.version;
  if (current.data.ImageId !== imageId) {
    const lt = await ensureLaunchTemplate(ctx, {
      name: templateName(c, 'acapy'),
      tags: resourceTags(c, 'acapy-template', new Date(ctx.clock.now())),
      data: { ...asRequest(current.data), ImageId: imageId },
      description: why,
    });
    version = lt.version;
    await setDefaultVersion(ctx, { id: current.id, name: templateName(c, 'acapy') }, version);
  }
  const name = groupName(c, 'acapy');
  const stale = instancesOffVersion((await describeGroup(ctx, name))?.Instances, version);
  if (stale.length > 0) {
    ctx.log?.(`${name}: replacing ${stale.length} instance(s) with version ${version} (${why})`);
    await refreshInstances(ctx, name);
  }
  const lbs = await loadBalancers(ctx, c);
  const instanceIds = await waitGroupReady(ctx, name, [lbs.admin.tgArn, lbs.transport.tgArn]);
  return { imageId, version, refreshed: stale.length > 0, instanceIds };
}
