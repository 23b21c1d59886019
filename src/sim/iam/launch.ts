// The resources of an ec2:RunInstances authorization, as AWS evaluates them (EC2 user guide,
// "Launch instances (RunInstances)"): each ARN of the launch with the condition keys it carries.
// A direct RunInstances names its image, subnet and security groups; an Auto Scaling group created
// or updated with a launch template is checked as a launch from that template (its version's
// image, security groups, metadata options and instance tags) into the group's subnets.
import type { RequestLaunchTemplateData } from '@aws-sdk/client-ec2';
import type { Target } from '../../iam/actions.js';
import type { Resource } from '../iam-enforcer.js';
import type { SimulatedAws } from '../index.js';
import { type Tags, tagsFrom } from '../world.js';

// biome-ignore lint/suspicious/noExplicitAny: the SDK inputs of RunInstances and the group writes
type Input = any;

interface Launch {
  instanceTags: Tags;
  httpTokens?: string;
  imageId?: string;
  subnets: string[];
  groups: string[];
  template?: string;
}

const prefixed = (prefix: string, tags: Tags) =>
  Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${prefix}/${k}`, v]));

type Spec = { ResourceType?: string; Tags?: { Key?: string; Value?: string }[] };
const instanceTagsOf = (specs: Spec[] | undefined) =>
  tagsFrom(specs?.find((s) => s.ResourceType === 'instance')?.Tags);

function launchOf(sim: SimulatedAws, op: string, input: Input): Launch | undefined {
  if (op === 'RunInstances')
    return {
      instanceTags: instanceTagsOf(input.TagSpecifications),
      httpTokens: input.MetadataOptions?.HttpTokens,
      imageId: input.ImageId,
      subnets: input.SubnetId ? [input.SubnetId] : [],
      groups: input.SecurityGroupIds ?? [],
    };
  const id: string | undefined = input.LaunchTemplate?.LaunchTemplateId;
  if (!id) return undefined;
  const t = sim.ec2.templates.get(id);
  const wanted = input.LaunchTemplate?.Version;
  const n = wanted === '$Latest' ? t?.versions.at(-1)?.number : Number(wanted) || t?.defaultVersion;
  const data: RequestLaunchTemplateData = t?.versions.find((v) => v.number === n)?.data ?? {};
  const zones: string | undefined = input.VPCZoneIdentifier;
  return {
    instanceTags: instanceTagsOf(data.TagSpecifications),
    httpTokens: data.MetadataOptions?.HttpTokens,
    imageId: data.ImageId,
    subnets: zones
      ? zones.split(',').filter(Boolean)
      : (sim.asg.groups.get(input.AutoScalingGroupName)?.subnets ?? []),
    groups: data.SecurityGroupIds ?? [],
    template: id,
  };
}

export function launchResources(sim: SimulatedAws, target: Target, op: string, input: Input): Resource[] {
  const launch = launchOf(sim, op, input);
  if (!launch) return [];
  const { region, accountId } = sim.world;
  const arn = (type: string, id: string, account = accountId) =>
    `arn:aws:ec2:${region}:${account}:${type}/${id}`;
  const vpc = (id: string | undefined) => (id ? { 'ec2:Vpc': arn('vpc', id) } : {});
  const ec2 = sim.ec2;
  switch (target) {
    case 'launch-instance':
      return [
        {
          arn: arn('instance', '*new*'),
          keys: {
            ...prefixed('aws:RequestTag', launch.instanceTags),
            'aws:TagKeys': Object.keys(launch.instanceTags),
            ...(launch.httpTokens ? { 'ec2:MetadataHttpTokens': launch.httpTokens } : {}),
          },
        },
      ];
    case 'launch-image': {
      if (!launch.imageId) return [];
      const image = ec2.images.get(launch.imageId);
      // An image's ARN has no account; ec2:Owner is its owner's account id.
      return [
        {
          arn: arn('image', launch.imageId, ''),
          keys: image ? { 'ec2:Owner': image.owner ?? accountId } : {},
        },
      ];
    }
    case 'launch-network':
      return [
        ...launch.subnets.map((id) => ({ arn: arn('subnet', id), keys: vpc(ec2.subnets.get(id)?.vpcId) })),
        // The interface is made in the (first) subnet, so in its VPC.
        ...launch.subnets.slice(0, 1).map((id) => ({
          arn: arn('network-interface', '*new*'),
          keys: vpc(ec2.subnets.get(id)?.vpcId),
        })),
      ];
    case 'launch-ours':
      return [
        ...launch.groups.map((id) => ({
          arn: arn('security-group', id),
          keys: {
            ...prefixed('aws:ResourceTag', ec2.groups.get(id)?.tags ?? {}),
            ...vpc(ec2.groups.get(id)?.vpcId),
          },
        })),
        ...(launch.template
          ? [
              {
                arn: arn('launch-template', launch.template),
                keys: prefixed('aws:ResourceTag', ec2.templates.get(launch.template)?.tags ?? {}),
              },
            ]
          : []),
      ];
    case 'launch-volume':
      return [{ arn: arn('volume', '*new*'), keys: {} }];
    default:
      return [];
  }
}
