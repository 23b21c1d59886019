// An optional IAM check in the simulated AWS: each call is authorized against one identity policy
// before it is carried out, and refused as AWS refuses it. The request's resources are found from
// its input and the simulation's state, by the statement's target in src/iam/actions.ts, each with
// the condition keys AWS evaluates on it (aws:RequestTag/*, aws:ResourceTag/*, ec2:CreateAction,
// ec2:MetadataHttpTokens, ec2:Owner, ec2:Vpc, iam:PassedToService, ...); ./iam/evaluate.ts
// decides (Deny, NotResource, the operators the policies use). SCPs, boundaries and key policies
// are not modelled.
import { type Grant, OPERATIONS, STATEMENTS, type Target } from '../iam/actions.js';
import type { PolicyDocument } from '../iam/policies.js';
import { awsError } from './errors.js';
import { type Context, decide } from './iam/evaluate.js';
import { launchResources } from './iam/launch.js';
import type { SimulatedAws } from './index.js';
import { type Tags, tagsFrom } from './world.js';

/** One resource a request acts on, with the values its conditions are evaluated on. */
export interface Resource {
  arn: string;
  keys: Context;
}

// biome-ignore lint/suspicious/noExplicitAny: inputs are the SDK's command inputs of many shapes
type Input = any;

export const tagKeys = (prefix: string, tags: Tags) =>
  Object.fromEntries(Object.entries(tags).map(([k, v]) => [`${prefix}/${k}`, v]));

/** autoscaling:MinSize and MaxSize, as a create or update of a group carries them. */
const sizeKeys = (input: Input) =>
  Object.fromEntries(
    (['MinSize', 'MaxSize'] as const)
      .filter((k) => typeof input[k] === 'number')
      .map((k) => [`autoscaling:${k}`, String(input[k])]),
  );

const EC2_TYPES: Record<string, string> = {
  CreateSecurityGroup: 'security-group',
  CreateLaunchTemplate: 'launch-template',
};

export class IamEnforcer {
  private current: PolicyDocument;

  /** The caller is `roleName` (STS and SimulatePrincipalPolicy answer for it) with this policy. */
  constructor(
    private readonly sim: SimulatedAws,
    policy: PolicyDocument,
    private roleName = 'akrida-ops-deploy',
  ) {
    this.current = policy;
    this.assume(roleName, policy);
  }

  get policy(): PolicyDocument {
    return this.current;
  }

  set policy(p: PolicyDocument) {
    this.assume(this.roleName, p);
  }

  /** Act as another role, as a workflow of the other role would. */
  assume(roleName: string, policy: PolicyDocument): void {
    this.roleName = roleName;
    this.current = policy;
    this.sim.iam.callerPolicy = { roleName, policy };
  }

  private get arnBase() {
    return { region: this.sim.world.region, account: this.sim.world.accountId };
  }

  /** An EC2 resource's ARN: images and snapshots carry no account (AWS's resource-type table). */
  private ec2Arn(type: string, id: string): string {
    const account = type === 'image' || type === 'snapshot' ? '' : this.arnBase.account;
    return `arn:aws:ec2:${this.arnBase.region}:${account}:${type}/${id}`;
  }

  private ec2Tags(id: string): Tags {
    const e = this.sim.ec2;
    const byName = [...e.templates.values()].find((t) => t.name === id);
    const found =
      e.instances.get(id) ??
      e.groups.get(id) ??
      e.templates.get(id) ??
      byName ??
      e.images.get(id) ??
      e.snapshots.get(id);
    // A volume: the tags it has, on the instance it was launched with.
    return found ? found.tags : (e.volume(id)?.tags ?? {});
  }

  /** Existing EC2 resources; Run Command (an ssm: action) sees an instance's tags as ssm:resourceTag/. */
  private ec2Existing(type: string, id: string | undefined, action = ''): Resource[] {
    if (!id) return [];
    const prefix = action.startsWith('ssm:') ? 'ssm:resourceTag' : 'aws:ResourceTag';
    return [{ arn: this.ec2Arn(type, id), keys: tagKeys(prefix, this.ec2Tags(id)) }];
  }

  private asgArn(name: string): string {
    const { region, account } = this.arnBase;
    return `arn:aws:autoscaling:${region}:${account}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${name}`;
  }

  /** The resources of a request for one statement's target. */
  private resources(target: Target, op: string, input: Input, action: string): Resource[] {
    const { region, account } = this.arnBase;
    switch (target) {
      case 'any':
        return [{ arn: '*', keys: {} }];
      case 'ec2-new': {
        const specs: { ResourceType?: string; Tags?: { Key?: string; Value?: string }[] }[] =
          input.TagSpecifications ?? [];
        const types =
          op === 'CreateImage'
            ? ['image', 'snapshot']
            : op === 'RunInstances'
              ? ['instance', 'volume']
              : [EC2_TYPES[op] ?? 'unknown'];
        return types.map((type) => ({
          arn: this.ec2Arn(type, '*new*'),
          keys: {
            ...tagKeys('aws:RequestTag', tagsFrom(specs.find((s) => s.ResourceType === type)?.Tags)),
            'ec2:CreateAction': op,
          },
        }));
      }
      case 'ec2-vpc':
        return [{ arn: this.ec2Arn('vpc', input.VpcId), keys: {} }];
      case 'ec2-ours':
        return [
          ...this.ec2Existing('security-group', input.GroupId),
          // CreateTags and DeleteTags name their resources in one list: here all but instances.
          ...((input.Resources ?? []) as string[]).flatMap((id) => {
            const type = TAGGED_TYPES[id.slice(0, id.indexOf('-'))];
            return type ? this.ec2Existing(type, id) : [];
          }),
          ...this.ec2Existing('launch-template', input.LaunchTemplateId ?? input.LaunchTemplateName),
          ...this.ec2Existing('image', input.ImageId),
          ...this.ec2Existing('snapshot', input.SnapshotId),
          ...this.ec2Existing('volume', input.VolumeId),
        ];
      case 'ec2-instance': {
        // A profile association's replace acts on the association's instance.
        const associated = [...this.sim.ec2.instances.values()].find(
          (i) => input.AssociationId && i.launchOptions?.profileAssociation === input.AssociationId,
        )?.id;
        const ids: string[] = (
          input.InstanceIds ??
          input.Resources ??
          (input.InstanceId ? [input.InstanceId] : associated ? [associated] : [])
        ).filter((id: string) => id.startsWith('i-'));
        return ids.flatMap((id) => this.ec2Existing('instance', id, action));
      }
      case 'elb-new': {
        const kind = op === 'CreateLoadBalancer' ? 'loadbalancer/app' : 'targetgroup';
        return [
          {
            arn: `arn:aws:elasticloadbalancing:${region}:${account}:${kind}/${input.Name}/new`,
            keys: {
              ...tagKeys('aws:RequestTag', tagsFrom(input.Tags)),
              'elasticloadbalancing:CreateAction': op,
            },
          },
        ];
      }
      case 'elb-ours': {
        const e = this.sim.elb;
        return [input.ListenerArn, input.LoadBalancerArn, input.TargetGroupArn]
          .filter((a): a is string => typeof a === 'string')
          .map((arn) => {
            const tags = (e.lbs.get(arn) ?? e.tgs.get(arn) ?? e.listeners.get(arn))?.tags ?? {};
            return { arn, keys: tagKeys('aws:ResourceTag', tags) };
          });
      }
      case 'asg': {
        // Tag writes name their group in each tag.
        const name: string = input.AutoScalingGroupName ?? input.Tags?.[0]?.ResourceId;
        const g = this.sim.asg.groups.get(name);
        const tags: Tags = {};
        for (const [k, v] of g?.tags ?? []) tags[k] = v.value;
        return [
          {
            arn: this.asgArn(name),
            keys: {
              ...tagKeys('aws:RequestTag', tagsFrom(input.Tags)),
              ...tagKeys('autoscaling:ResourceTag', tags),
              // The sizes a create or update asks for (absent when it names none).
              ...sizeKeys(input),
            },
          },
        ];
      }
      case 'launch-instance':
      case 'launch-image':
      case 'launch-network':
      case 'launch-ours':
      case 'launch-volume':
        return launchResources(this.sim, target, op, input);
      case 'pass-role': {
        const id: string | undefined = input.LaunchTemplate?.LaunchTemplateId;
        const t = id === undefined ? undefined : this.sim.ec2.templates.get(id);
        const profile = input.IamInstanceProfile?.Name ?? t?.versions.at(-1)?.data.IamInstanceProfile?.Name;
        if (!profile) return [];
        return [
          {
            arn: `arn:aws:iam::${account}:role/${profile}`,
            keys: { 'iam:PassedToService': 'ec2.amazonaws.com' },
          },
        ];
      }
      case 'parameter': {
        const names: string[] = input.Names ?? [input.Name ?? input.ResourceId];
        // AWS's public parameters have no account in their ARN.
        return names.map((n) => ({
          arn: `arn:aws:ssm:${region}:${n.startsWith('/aws/') ? '' : account}:parameter${n.startsWith('/') ? '' : '/'}${n}`,
          keys: tagKeys('aws:ResourceTag', this.sim.ssm.parameters.get(n)?.tags ?? {}),
        }));
      }
      case 'document':
        return [{ arn: `arn:aws:ssm:${region}::document/${input.DocumentName}`, keys: {} }];
      case 'iam-principal':
        return typeof input.PolicySourceArn === 'string' ? [{ arn: input.PolicySourceArn, keys: {} }] : [];
      case 'instance-profile':
        return [{ arn: `arn:aws:iam::${account}:instance-profile/${input.InstanceProfileName}`, keys: {} }];
    }
  }

  /** Throw AWS's refusal unless every action the call needs is allowed on every resource it touches. */
  authorize(service: string, operation: string, input: Input): void {
    const grants: readonly Grant[] | undefined = OPERATIONS[`${service}:${operation}`];
    if (!grants)
      throw denied(service, `${service}:${operation}`, 'an operation with no IAM action in the table');
    for (const [action, sid] of grants)
      for (const r of this.resources(STATEMENTS[sid].target, operation, input, action))
        this.check(service, action, r);
  }

  /** Throw AWS's refusal unless the caller's policy allows `action` on this one resource. */
  check(service: string, action: string, r: Resource): void {
    const ctx = { 'aws:PrincipalAccount': this.sim.world.accountId, ...r.keys };
    const decision = decide([this.current], action, r.arn, ctx);
    if (decision !== 'allowed') throw denied(service, action, r.arn, decision === 'explicitDeny');
  }
}

/** The resource type of an EC2 id a tag write names (instances are the PreparedInstances statement's). */
const TAGGED_TYPES: Record<string, string> = {
  sg: 'security-group',
  lt: 'launch-template',
  ami: 'image',
  snap: 'snapshot',
  vol: 'volume',
};

/** AWS's refusal, as each protocol answers it. */
export function denied(service: string, action: string, arn: string, explicit = false) {
  if (service === 'EC2')
    return awsError(
      'UnauthorizedOperation',
      `You are not authorized to perform this operation. (${action} on ${arn})`,
      403,
    );
  const message = `User: arn:aws:sts::123456789012:assumed-role/akrida/sim is not authorized to perform: ${action} on resource: ${arn} because ${explicit ? 'of an explicit deny in an identity-based policy' : `no identity-based policy allows the ${action} action`}`;
  if (service === 'SSM') return awsError('AccessDeniedException', message, 400);
  return awsError('AccessDenied', message, 403);
}
