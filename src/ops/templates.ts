// Steps 3, 5 and 8: the ACA-Py and Locust worker launch templates, their user data rendered from
// templates/ with the facts only AWS knows (transport DNS, master IP). A new version is made only
// when the rendered content changed; making it the default is a separate, explicit step.
import type { RequestLaunchTemplateData } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { ensureLaunchTemplate, type LaunchTemplateState } from '../aws/launch-templates.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { ClusterFacts } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { acapyUserData, workerUserData } from '../render/user-data.js';

export type Tier = 'acapy' | 'worker';
export const TIERS: readonly Tier[] = ['acapy', 'worker'];

export interface TierTemplateInput {
  imageId: string;
  perfSg: string;
  facts: ClusterFacts;
}

/** Instance tags from the template; the expiry tag comes from the group, so it cannot churn versions. */
function instanceTags(c: Cluster, tier: Tier): Tags {
  const { [TAG.expiresAt]: _expiry, ...tags } = resourceTags(c, `${tier}-instance`);
  return tags;
}

export function tierUserData(t: TemplateSet, c: Cluster, tier: Tier, facts: ClusterFacts): string {
  return tier === 'acapy' ? acapyUserData(t, c, facts) : workerUserData(t, c, facts);
}

export function tierTemplateData(
  c: Cluster,
  tier: Tier,
  t: TemplateSet,
  input: TierTemplateInput,
): RequestLaunchTemplateData {
  return {
    ImageId: input.imageId,
    InstanceType: (tier === 'acapy' ? c.acapy.instanceType : c.locust.workers.instanceType) as never,
    SecurityGroupIds: [input.perfSg],
    IamInstanceProfile: { Name: c.instanceProfile },
    // Hop limit 1: only the host reaches the instance metadata (the user data reads AGENT_IP there);
    // the agents' containers get nothing from it, so they cannot borrow the instance role.
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    // Ubuntu images (the procedure's base) boot from /dev/sda1; every volume is encrypted.
    BlockDeviceMappings: [
      { DeviceName: '/dev/sda1', Ebs: { Encrypted: true, VolumeType: 'gp3', DeleteOnTermination: true } },
    ],
    UserData: Buffer.from(tierUserData(t, c, tier, input.facts)).toString('base64'),
    TagSpecifications: [{ ResourceType: 'instance', Tags: toAwsTags(instanceTags(c, tier)) }],
  };
}

export function templateName(c: Cluster, tier: Tier): string {
  const names = resourceNames(c);
  return tier === 'acapy' ? names.acapyTemplate : names.workerTemplate;
}

export async function ensureTierTemplate(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  t: TemplateSet,
  input: TierTemplateInput,
): Promise<LaunchTemplateState> {
  return ensureLaunchTemplate(ctx, {
    name: templateName(c, tier),
    tags: resourceTags(c, `${tier}-template`, new Date(ctx.clock.now())),
    data: tierTemplateData(c, tier, t, input),
  });
}
