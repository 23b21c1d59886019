// Simulated EC2 instances: run (from a launch template or not), describe, stop, start, terminate.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { type Filter, matchesFilters, page, tagList, type World } from '../world.js';
import type { SimInstance } from './model.js';
import { decodeUserData, tagSpec } from './request.js';
import type { Ec2State } from './state.js';

export function instanceHandlers(world: World, s: Ec2State) {
  const instanceOut = (i: SimInstance): ec2.Instance => ({
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType as ec2._InstanceType,
    State: {
      Name: i.state,
      Code: { pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80 }[
        i.state
      ],
    },
    PrivateIpAddress: i.privateIp,
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    SecurityGroups: i.securityGroupIds.map((g) => ({ GroupId: g, GroupName: s.groups.get(g)?.name })),
    Tags: tagList(i.tags),
    LaunchTime: new Date(Math.max(0, i.createdAt)),
    Placement: { AvailabilityZone: s.subnets.get(i.subnetId)?.az },
    // As EC2 answers for an instance launched without them: IMDSv1 allowed, one hop.
    MetadataOptions: {
      State: 'applied',
      HttpTokens: (i.launchOptions?.httpTokens ?? 'optional') as ec2.HttpTokensState,
      HttpPutResponseHopLimit: i.launchOptions?.hopLimit ?? 1,
      HttpEndpoint: 'enabled',
    },
    ...(i.launchOptions?.instanceProfile
      ? {
          IamInstanceProfile: {
            Arn: `arn:aws:iam::${world.accountId}:instance-profile/${i.launchOptions.instanceProfile}`,
          },
        }
      : {}),
    ...(i.lifecycle ? { InstanceLifecycle: i.lifecycle } : {}),
    ...(i.stateReason ? { StateReason: { Code: i.stateReason.code, Message: i.stateReason.message } } : {}),
  });

  return {
    RunInstances: (i: ec2.RunInstancesCommandInput): ec2.RunInstancesCommandOutput => {
      if (i.ClientToken) {
        const prior = [...s.instances.values()].filter((x) => x.clientToken === i.ClientToken);
        if (prior.length > 0) return { $metadata: {}, Instances: prior.map(instanceOut) };
      }
      let data: ec2.RequestLaunchTemplateData = {};
      let lt: SimInstance['launchTemplate'];
      if (i.LaunchTemplate) {
        const t = s.template(i.LaunchTemplate.LaunchTemplateId, i.LaunchTemplate.LaunchTemplateName);
        const v = s.version(t, i.LaunchTemplate.Version);
        data = v.data;
        lt = { id: t.id, name: t.name, version: String(v.number) };
      }
      const imageId = i.ImageId ?? data.ImageId;
      if (!imageId) throw awsError('MissingParameter', 'The request must contain the parameter ImageId');
      const subnetId = i.SubnetId ?? data.NetworkInterfaces?.[0]?.SubnetId ?? [...s.subnets.keys()][0];
      if (!subnetId) throw awsError('VPCIdNotSpecified', 'No default VPC for this user.');
      const count = i.MaxCount ?? 1;
      if ((i.MinCount ?? 1) > count)
        throw awsError('InvalidParameterValue', 'MinCount must be less than or equal to MaxCount');
      const out: SimInstance[] = [];
      const launchOptions: SimInstance['launchOptions'] = {
        ...(i.IamInstanceProfile?.Name || data.IamInstanceProfile?.Name
          ? { instanceProfile: i.IamInstanceProfile?.Name ?? data.IamInstanceProfile?.Name }
          : {}),
        ...(i.MetadataOptions?.HttpTokens ? { httpTokens: i.MetadataOptions.HttpTokens } : {}),
        ...(i.MetadataOptions?.HttpPutResponseHopLimit
          ? { hopLimit: i.MetadataOptions.HttpPutResponseHopLimit }
          : {}),
        ...(i.KeyName ? { keyName: i.KeyName } : {}),
        volumes: (i.BlockDeviceMappings ?? []).map((b) => ({
          device: ec2Param(b.DeviceName, 'DeviceName'),
          ...(b.Ebs?.VolumeSize ? { sizeGiB: b.Ebs.VolumeSize } : {}),
          ...(b.Ebs?.Encrypted !== undefined ? { encrypted: b.Ebs.Encrypted } : {}),
          ...(b.Ebs?.VolumeType ? { type: b.Ebs.VolumeType } : {}),
        })),
      };
      for (let n = 0; n < count; n++) {
        out.push(
          s.launch({
            imageId,
            instanceType: i.InstanceType ?? data.InstanceType ?? 'm1.small',
            subnetId,
            securityGroupIds: i.SecurityGroupIds ?? data.SecurityGroupIds ?? [],
            tags: {
              ...tagSpec(data.TagSpecifications, 'instance'),
              ...tagSpec(i.TagSpecifications, 'instance'),
            },
            userData: decodeUserData(i.UserData ?? data.UserData),
            ...(lt ? { launchTemplate: lt } : {}),
            ...(i.ClientToken ? { clientToken: i.ClientToken } : {}),
          }),
        );
      }
      // Each instance its own options and volumes (an association or a volume is one instance's).
      for (const inst of out)
        inst.launchOptions = {
          ...launchOptions,
          volumes: launchOptions.volumes.map((v) => ({
            ...v,
            id: world.id('vol'),
            tags: { ...tagSpec(data.TagSpecifications, 'volume'), ...tagSpec(i.TagSpecifications, 'volume') },
          })),
        };
      return { $metadata: {}, Instances: out.map(instanceOut) };
    },
    DescribeInstances: (i: ec2.DescribeInstancesCommandInput): ec2.DescribeInstancesCommandOutput => {
      const ids = i.InstanceIds;
      for (const id of ids ?? []) s.findInstance(id);
      const list = [...s.instances.values()]
        .filter((x) => world.visible(x.createdAt))
        .filter((x) => !ids || ids.includes(x.id))
        .filter((x) =>
          matchesFilters(i.Filters as Filter[], x.tags, {
            'instance-id': x.id,
            'instance-state-name': x.state,
            'vpc-id': x.vpcId,
            'subnet-id': x.subnetId,
            'image-id': x.imageId,
            'private-ip-address': x.privateIp,
            'instance-type': x.instanceType,
            'instance.group-id': x.securityGroupIds,
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        Reservations: p.items.map((x) => ({ Instances: [instanceOut(x)] })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    StopInstances: (i: ec2.StopInstancesCommandInput): ec2.StopInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = s.findInstance(id);
        const prev = inst.state;
        if (prev === 'terminated' || prev === 'shutting-down') {
          throw awsError(
            'IncorrectInstanceState',
            `The instance '${id}' is not in a state from which it can be stopped.`,
          );
        }
        if (prev === 'running' || prev === 'pending') {
          inst.state = 'stopping';
          inst.transitionAt = world.now() + world.ms(world.latency.instanceRunning / 2);
          delete inst.runningSince;
        }
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, StoppingInstances: out as ec2.InstanceStateChange[] };
    },
    StartInstances: (i: ec2.StartInstancesCommandInput): ec2.StartInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = s.findInstance(id);
        const prev = inst.state;
        if (prev !== 'stopped' && prev !== 'running' && prev !== 'pending') {
          throw awsError(
            'IncorrectInstanceState',
            `The instance '${id}' is not in a state from which it can be started.`,
          );
        }
        if (prev === 'stopped') {
          inst.state = 'pending';
          inst.transitionAt = world.now() + world.ms(world.latency.instanceRunning);
        }
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, StartingInstances: out as ec2.InstanceStateChange[] };
    },
    TerminateInstances: (i: ec2.TerminateInstancesCommandInput): ec2.TerminateInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = s.findInstance(id);
        const prev = inst.state;
        s.terminate(inst);
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, TerminatingInstances: out as ec2.InstanceStateChange[] };
    },

    ModifyInstanceAttribute: (
      i: ec2.ModifyInstanceAttributeCommandInput,
    ): ec2.ModifyInstanceAttributeCommandOutput => {
      const inst = s.findInstance(ec2Param(i.InstanceId, 'InstanceId'));
      if (i.Groups) {
        for (const g of i.Groups) s.findGroup(g);
        inst.securityGroupIds = [...i.Groups];
      }
      // EC2 changes an instance's type only while it is stopped.
      if (i.InstanceType?.Value) {
        if (inst.state !== 'stopped')
          throw awsError(
            'IncorrectInstanceState',
            `The instance '${inst.id}' is not in the 'stopped' state.`,
          );
        inst.instanceType = i.InstanceType.Value;
      }
      return { $metadata: {} };
    },
  };
}
