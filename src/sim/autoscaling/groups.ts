// Simulated Auto Scaling groups: create, describe, update, capacity, delete, metrics, tags, activities.
import type * as asg from '@aws-sdk/client-auto-scaling';
import type { Ec2State } from '../ec2.js';
import type { ElbState } from '../elbv2.js';
import { awsError } from '../errors.js';
import { asgParam } from '../params.js';
import { type Filter, matchesFilters, page, tagValue, type World } from '../world.js';
import { mixedOut, mixedPolicy } from './mixed-instances.js';
import type { SimGroup } from './model.js';
import type { AsgState } from './state.js';

export function groupHandlers(world: World, ec2: Ec2State, elb: ElbState, s: AsgState) {
  const arn = (name: string) =>
    `arn:aws:autoscaling:${world.region}:${world.accountId}:autoScalingGroup:${world.id('x').slice(2)}:autoScalingGroupName/${name}`;

  const checkSizes = (min: number, max: number, desired: number) => {
    if (min > max)
      throw awsError(
        'ValidationError',
        `Max bound, ${max}, must be greater than or equal to min bound, ${min}`,
      );
    if (desired < min || desired > max) {
      throw awsError(
        'ValidationError',
        `Desired capacity:${desired} must be between the specified min size:${min} and max size:${max}`,
      );
    }
  };

  /** VPCZoneIdentifier's subnets, each of which must exist. */
  const subnetsOf = (zones: string | undefined): string[] => {
    const subnets = zones?.split(',').filter(Boolean) ?? [];
    if (subnets.length === 0)
      throw awsError('ValidationError', 'No default VPC for this user. VPCZoneIdentifier is required.');
    for (const id of subnets)
      if (!ec2.subnets.has(id)) throw awsError('ValidationError', `The subnet ID '${id}' does not exist`);
    return subnets;
  };

  /** The group's launch template, or its mixed-instances policy: one of the two, as AWS requires. */
  const launchOf = (
    i: Pick<asg.CreateAutoScalingGroupCommandInput, 'LaunchTemplate' | 'MixedInstancesPolicy'>,
    prior?: Parameters<typeof mixedPolicy>[3],
  ) => {
    if (i.LaunchTemplate && i.MixedInstancesPolicy)
      throw awsError(
        'ValidationError',
        'Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.',
      );
    return i.MixedInstancesPolicy
      ? mixedPolicy(s, ec2, i.MixedInstancesPolicy, prior)
      : { lt: s.resolveTemplate(i.LaunchTemplate), mixed: undefined };
  };

  const groupOut = (g: SimGroup): asg.AutoScalingGroup => ({
    AutoScalingGroupName: g.name,
    AutoScalingGroupARN: g.arn,
    ...(g.mixed
      ? { MixedInstancesPolicy: mixedOut(g, g.mixed) }
      : {
          LaunchTemplate: { LaunchTemplateId: g.lt.id, LaunchTemplateName: g.lt.name, Version: g.lt.version },
        }),
    CapacityRebalance: g.capacityRebalance,
    MinSize: g.min,
    MaxSize: g.max,
    DesiredCapacity: g.desired,
    DefaultCooldown: 300,
    AvailabilityZones: [...new Set(g.subnets.map((id) => ec2.subnet(id).az))],
    VPCZoneIdentifier: g.subnets.join(','),
    TargetGroupARNs: [...g.targetGroupArns],
    HealthCheckType: g.healthCheckType,
    HealthCheckGracePeriod: g.grace,
    ...(g.warmup !== undefined ? { DefaultInstanceWarmup: g.warmup } : {}),
    EnabledMetrics: [...g.metrics].map((m) => ({ Metric: m, Granularity: '1Minute' })),
    Instances: s.live(g).map((i) => ({
      InstanceId: i.id,
      InstanceType: i.instanceType,
      AvailabilityZone: ec2.subnet(i.subnetId).az,
      LifecycleState: i.state === 'running' ? 'InService' : 'Pending',
      HealthStatus: i.state === 'running' || i.state === 'pending' ? 'Healthy' : 'Unhealthy',
      LaunchTemplate: i.launchTemplate
        ? {
            LaunchTemplateId: i.launchTemplate.id,
            LaunchTemplateName: i.launchTemplate.name,
            Version: i.launchTemplate.version,
          }
        : undefined,
      ProtectedFromScaleIn: false,
    })),
    Tags: [...g.tags].map(([Key, { value, propagate }]) => ({
      Key,
      Value: value,
      PropagateAtLaunch: propagate,
      ResourceId: g.name,
      ResourceType: 'auto-scaling-group',
    })),
    CreatedTime: new Date(Math.max(0, g.createdAt)),
    ...(g.deleting ? { Status: 'Delete in progress' } : {}),
  });

  return {
    CreateAutoScalingGroup: (
      i: asg.CreateAutoScalingGroupCommandInput,
    ): asg.CreateAutoScalingGroupCommandOutput => {
      const name = asgParam(i.AutoScalingGroupName, 'AutoScalingGroupName');
      if (name.length > 255)
        throw awsError('ValidationError', 'AutoScalingGroupName must be 1-255 characters');
      if (s.groups.has(name))
        throw awsError(
          'AlreadyExists',
          `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`,
        );
      const { lt, mixed } = launchOf(i);
      const min = asgParam(i.MinSize, 'MinSize');
      const max = asgParam(i.MaxSize, 'MaxSize');
      const desired = i.DesiredCapacity ?? min;
      checkSizes(min, max, desired);
      const subnets = subnetsOf(i.VPCZoneIdentifier);
      for (const t of i.TargetGroupARNs ?? []) {
        if (!elb.tgs.has(t))
          throw awsError(
            'ValidationError',
            `Provided Target Groups may not be valid. Please ensure they exist and try again. (${t})`,
          );
      }
      const g: SimGroup = {
        name,
        arn: arn(name),
        lt,
        ...(mixed ? { mixed } : {}),
        capacityRebalance: i.CapacityRebalance ?? false,
        min,
        max,
        desired,
        subnets,
        targetGroupArns: [...(i.TargetGroupARNs ?? [])],
        healthCheckType: i.HealthCheckType ?? 'EC2',
        grace: i.HealthCheckGracePeriod ?? 0,
        warmup: i.DefaultInstanceWarmup,
        metrics: new Set(),
        tags: new Map(
          (i.Tags ?? []).map((t) => [
            asgParam(t.Key, 'Key'),
            { value: tagValue(t), propagate: t.PropagateAtLaunch ?? false },
          ]),
        ),
        instances: new Set(),
        refreshes: [],
        scheduled: [],
        activities: [],
        deleting: false,
        createdAt: world.now(),
      };
      s.groups.set(name, g);
      return { $metadata: {} };
    },
    DescribeAutoScalingGroups: (
      i: asg.DescribeAutoScalingGroupsCommandInput,
    ): asg.DescribeAutoScalingGroupsCommandOutput => {
      const list = [...s.groups.values()]
        .filter((g) => world.visible(g.createdAt))
        .filter((g) => !i.AutoScalingGroupNames?.length || i.AutoScalingGroupNames.includes(g.name))
        .filter((g) => {
          const tags = Object.fromEntries([...g.tags].map(([k, v]) => [k, v.value]));
          return matchesFilters(
            i.Filters as Filter[],
            tags,
            { 'tag-value': Object.values(tags) },
            'ValidationError',
          );
        });
      const p = page(list, i.MaxRecords, i.NextToken, 100);
      return {
        $metadata: {},
        AutoScalingGroups: p.items.map(groupOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    UpdateAutoScalingGroup: (
      i: asg.UpdateAutoScalingGroupCommandInput,
    ): asg.UpdateAutoScalingGroupCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      const min = i.MinSize ?? g.min;
      const max = i.MaxSize ?? g.max;
      const desired = i.DesiredCapacity ?? Math.min(Math.max(g.desired, min), max);
      checkSizes(min, max, desired);
      // A launch template turns a mixed-instances group back into a plain one; a policy, the reverse.
      if (i.LaunchTemplate || i.MixedInstancesPolicy) {
        const { lt, mixed } = launchOf(i, g.mixed ? { lt: g.lt, mixed: g.mixed } : undefined);
        g.lt = lt;
        if (mixed) g.mixed = mixed;
        else delete g.mixed;
      }
      if (i.CapacityRebalance !== undefined) g.capacityRebalance = i.CapacityRebalance;
      Object.assign(g, { min, max, desired });
      if (i.HealthCheckType) g.healthCheckType = i.HealthCheckType;
      if (i.HealthCheckGracePeriod !== undefined) g.grace = i.HealthCheckGracePeriod;
      if (i.DefaultInstanceWarmup !== undefined) g.warmup = i.DefaultInstanceWarmup;
      if (i.VPCZoneIdentifier) g.subnets = subnetsOf(i.VPCZoneIdentifier);
      return { $metadata: {} };
    },
    SetDesiredCapacity: (i: asg.SetDesiredCapacityCommandInput): asg.SetDesiredCapacityCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      const desired = i.DesiredCapacity ?? g.desired;
      if (desired < g.min || desired > g.max) {
        throw awsError(
          'ValidationError',
          `New SetDesiredCapacity value ${desired} is below min value ${g.min} or above max value ${g.max} for the AutoScalingGroup.`,
        );
      }
      g.desired = desired;
      return { $metadata: {} };
    },
    DeleteAutoScalingGroup: (
      i: asg.DeleteAutoScalingGroupCommandInput,
    ): asg.DeleteAutoScalingGroupCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      if (g.deleting)
        throw awsError('ScalingActivityInProgress', 'An AutoScalingGroup delete is already in progress.');
      if (!i.ForceDelete && s.live(g).length > 0) {
        throw awsError(
          'ResourceInUse',
          'You cannot delete an AutoScalingGroup while there are instances or pending Spot instance request(s) still in the group.',
        );
      }
      g.deleting = true;
      return { $metadata: {} };
    },
    EnableMetricsCollection: (
      i: asg.EnableMetricsCollectionCommandInput,
    ): asg.EnableMetricsCollectionCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      if (i.Granularity !== '1Minute') throw awsError('ValidationError', 'Granularity must be 1Minute');
      const all = [
        'GroupMinSize',
        'GroupMaxSize',
        'GroupDesiredCapacity',
        'GroupInServiceInstances',
        'GroupPendingInstances',
        'GroupTerminatingInstances',
        'GroupTotalInstances',
      ];
      for (const m of i.Metrics?.length ? i.Metrics : all) g.metrics.add(m);
      return { $metadata: {} };
    },
    CreateOrUpdateTags: (i: asg.CreateOrUpdateTagsCommandInput): asg.CreateOrUpdateTagsCommandOutput => {
      for (const t of i.Tags ?? [])
        s.find(t.ResourceId).tags.set(asgParam(t.Key, 'Key'), {
          value: tagValue(t),
          propagate: t.PropagateAtLaunch ?? false,
        });
      return { $metadata: {} };
    },
    DeleteTags: (i: asg.DeleteTagsCommandInput): asg.DeleteTagsCommandOutput => {
      for (const t of i.Tags ?? []) s.find(t.ResourceId).tags.delete(asgParam(t.Key, 'Key'));
      return { $metadata: {} };
    },
    AttachLoadBalancerTargetGroups: (
      i: asg.AttachLoadBalancerTargetGroupsCommandInput,
    ): asg.AttachLoadBalancerTargetGroupsCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      for (const arn of i.TargetGroupARNs ?? []) {
        const tg = elb.tgs.get(arn);
        if (!tg) throw awsError('ValidationError', `Provided Target Groups may not be valid. (${arn})`);
        if (g.targetGroupArns.includes(arn)) continue;
        g.targetGroupArns.push(arn);
        // The group's running instances are registered, as Auto Scaling does.
        for (const id of g.instances) {
          const inst = ec2.instances.get(id);
          if (inst && inst.state !== 'terminated') elb.register(tg, inst);
        }
      }
      return { $metadata: {} };
    },
    DetachLoadBalancerTargetGroups: (
      i: asg.DetachLoadBalancerTargetGroupsCommandInput,
    ): asg.DetachLoadBalancerTargetGroupsCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      for (const arn of i.TargetGroupARNs ?? []) {
        g.targetGroupArns = g.targetGroupArns.filter((a) => a !== arn);
        for (const id of g.instances) elb.tgs.get(arn)?.targets.delete(id);
      }
      return { $metadata: {} };
    },
    DescribeScalingActivities: (
      i: asg.DescribeScalingActivitiesCommandInput,
    ): asg.DescribeScalingActivitiesCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      return { $metadata: {}, Activities: g.activities.slice(0, i.MaxRecords ?? 100) };
    },
  };
}
