// Simulated Auto Scaling: groups on a launch template ($Default, $Latest or a number), target
// groups, EC2 or ELB health checks, warmup, min/desired/max. The group converges on each tick:
// it launches from the template version resolved at launch time, registers new instances with its
// target groups, replaces unhealthy ones, runs instance refreshes and scheduled actions.
import type * as asg from '@aws-sdk/client-auto-scaling';
import type { Ec2State, SimInstance } from './ec2.js';
import type { ElbState } from './elbv2.js';
import { awsError } from './errors.js';
import { type Filter, matchesFilters, page, type Tags, type World } from './world.js';

export interface SimRefresh {
  id: string;
  status: 'Pending' | 'InProgress' | 'Successful' | 'Failed' | 'Cancelled';
  startedAt: number;
  endedAt?: number;
  minHealthyPercentage: number;
  replaced: number;
  toReplace: number;
}

export interface SimScheduled {
  name: string;
  arn: string;
  startAt: number;
  min?: number;
  max?: number;
  desired?: number;
  done: boolean;
}

export interface SimGroup {
  name: string;
  arn: string;
  lt: { id: string; name: string; version: string };
  min: number;
  max: number;
  desired: number;
  subnets: string[];
  targetGroupArns: string[];
  healthCheckType: string;
  grace: number;
  warmup: number | undefined;
  metrics: Set<string>;
  tags: Map<string, { value: string; propagate: boolean }>;
  instances: Set<string>;
  refreshes: SimRefresh[];
  scheduled: SimScheduled[];
  activities: asg.Activity[];
  deleting: boolean;
  createdAt: number;
}

export class AsgState {
  readonly groups = new Map<string, SimGroup>();

  constructor(
    private readonly world: World,
    private readonly ec2: Ec2State,
    private readonly elb: ElbState,
  ) {}

  private activity(
    g: SimGroup,
    status: 'Successful' | 'Failed',
    description: string,
    message?: string,
  ): void {
    g.activities.unshift({
      ActivityId: this.world.id('act'),
      AutoScalingGroupName: g.name,
      Description: description,
      Cause: `At ${new Date(Math.max(0, this.world.now())).toISOString()} the group reconciled its capacity.`,
      StartTime: new Date(Math.max(0, this.world.now())),
      StatusCode: status,
      Progress: 100,
      ...(message ? { StatusMessage: message } : {}),
    });
    g.activities.length = Math.min(g.activities.length, 100);
  }

  live(g: SimGroup): SimInstance[] {
    return [...g.instances]
      .map((id) => this.ec2.instances.get(id))
      .filter((i): i is SimInstance => !!i && i.state !== 'terminated' && i.state !== 'shutting-down');
  }

  /** ELB health when the group uses it, else the instance's own state. */
  healthy(g: SimGroup, inst: SimInstance): boolean {
    if (inst.state !== 'running') return false;
    if (g.healthCheckType !== 'ELB') return true;
    return g.targetGroupArns.every((arn) => {
      const tg = this.elb.tgs.get(arn);
      return !tg || this.elb.health(tg, inst.id).state === 'healthy';
    });
  }

  private unhealthyPastGrace(g: SimGroup, inst: SimInstance, now: number): boolean {
    if (inst.state === 'stopped' || inst.state === 'stopping') return true;
    if (g.healthCheckType !== 'ELB' || inst.runningSince === undefined) return false;
    if (now < inst.runningSince + this.world.ms(g.grace)) return false;
    return g.targetGroupArns.some((arn) => {
      const tg = this.elb.tgs.get(arn);
      return tg ? this.elb.health(tg, inst.id).state === 'unhealthy' : false;
    });
  }

  currentVersion(g: SimGroup): string {
    const t = this.ec2.templates.get(g.lt.id);
    if (!t) return '';
    return String(this.ec2.version(t, g.lt.version).number);
  }

  private launchOne(g: SimGroup): void {
    try {
      const t = this.ec2.template(g.lt.id);
      const v = this.ec2.version(t, g.lt.version);
      const data = v.data;
      const subnetId = g.subnets[g.instances.size % g.subnets.length] ?? '';
      const tags: Tags = { 'aws:autoscaling:groupName': g.name };
      for (const spec of data.TagSpecifications ?? []) {
        if (spec.ResourceType === 'instance')
          for (const tag of spec.Tags ?? []) if (tag.Key) tags[tag.Key] = tag.Value ?? '';
      }
      for (const [k, { value, propagate }] of g.tags) if (propagate) tags[k] = value;
      const inst = this.ec2.launch({
        imageId: data.ImageId ?? '',
        instanceType: data.InstanceType ?? 't3.micro',
        subnetId,
        securityGroupIds: data.SecurityGroupIds ?? [],
        tags,
        userData: data.UserData ? Buffer.from(data.UserData, 'base64').toString('utf8') : '',
        launchTemplate: { id: t.id, name: t.name, version: String(v.number) },
      });
      g.instances.add(inst.id);
      for (const arn of g.targetGroupArns) {
        const tg = this.elb.tgs.get(arn);
        if (tg) this.elb.register(tg, inst);
      }
      this.activity(g, 'Successful', `Launching a new EC2 instance: ${inst.id}`);
    } catch (err) {
      const e = err as Error;
      this.activity(
        g,
        'Failed',
        'Launching a new EC2 instance.  Status Reason: launch failed',
        `${e.name}: ${e.message}`,
      );
    }
  }

  private terminateOne(g: SimGroup, inst: SimInstance, why: string): void {
    this.ec2.terminate(inst);
    this.activity(g, 'Successful', `Terminating EC2 instance: ${inst.id} (${why})`);
  }

  tick(now: number): void {
    for (const g of [...this.groups.values()]) {
      for (const id of [...g.instances])
        if (this.ec2.instances.get(id)?.state === 'terminated') g.instances.delete(id);
      if (g.deleting) {
        for (const inst of this.live(g)) this.ec2.terminate(inst);
        if (g.instances.size === 0) this.groups.delete(g.name);
        continue;
      }
      for (const sa of g.scheduled) {
        if (sa.done || now < sa.startAt) continue;
        if (sa.min !== undefined) g.min = sa.min;
        if (sa.max !== undefined) g.max = sa.max;
        if (sa.desired !== undefined) g.desired = sa.desired;
        g.desired = Math.min(Math.max(g.desired, g.min), g.max);
        sa.done = true;
        this.activity(
          g,
          'Successful',
          `Scheduled action ${sa.name} set min ${g.min} / desired ${g.desired} / max ${g.max}`,
        );
      }
      g.scheduled = g.scheduled.filter((sa) => !sa.done);

      for (const inst of this.live(g)) {
        if (this.unhealthyPastGrace(g, inst, now)) this.terminateOne(g, inst, 'failed health checks');
      }

      const refresh = g.refreshes.find((r) => r.status === 'Pending' || r.status === 'InProgress');
      const target = this.currentVersion(g);
      if (refresh) {
        refresh.status = 'InProgress';
        const live = this.live(g);
        const outdated = live.filter(
          (i) => i.launchTemplate?.version !== target || i.launchTemplate?.id !== g.lt.id,
        );
        const allHealthy = live.every((i) => this.healthy(g, i));
        if (outdated.length === 0 && allHealthy && live.length >= g.desired) {
          refresh.status = 'Successful';
          refresh.endedAt = now;
        } else if (allHealthy && live.length >= g.desired && outdated[0]) {
          this.terminateOne(g, outdated[0], `instance refresh ${refresh.id}`);
          refresh.replaced += 1;
        }
      }

      const live = this.live(g);
      for (let n = live.length; n < g.desired; n++) this.launchOne(g);
      if (live.length > g.desired) {
        const byAge = [...live].sort(
          (a, b) =>
            Number(a.launchTemplate?.version === target) - Number(b.launchTemplate?.version === target) ||
            a.createdAt - b.createdAt,
        );
        for (const inst of byAge.slice(0, live.length - g.desired))
          this.terminateOne(g, inst, 'desired capacity lowered');
      }
    }
  }
}

export function asgService(world: World, ec2: Ec2State, elb: ElbState, s: AsgState) {
  const arn = (name: string) =>
    `arn:aws:autoscaling:${world.region}:${world.accountId}:autoScalingGroup:${world.id('x').slice(2)}:autoScalingGroupName/${name}`;

  const find = (name: string | undefined): SimGroup => {
    const g = s.groups.get(name ?? '');
    if (!g || !world.visible(g.createdAt))
      throw awsError(
        'ValidationError',
        `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`,
      );
    return g;
  };

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

  const resolveTemplate = (spec: asg.LaunchTemplateSpecification | undefined) => {
    if (!spec)
      throw awsError(
        'ValidationError',
        'Valid requests must contain either LaunchTemplate, LaunchConfigurationName, InstanceId or MixedInstancesPolicy parameter.',
      );
    let t: ReturnType<Ec2State['template']>;
    try {
      t = ec2.template(spec.LaunchTemplateId, spec.LaunchTemplateName);
    } catch {
      throw awsError(
        'ValidationError',
        `You must use a valid fully-formed launch template. The specified launch template, with template ${spec.LaunchTemplateId ? `ID ${spec.LaunchTemplateId}` : `name ${spec.LaunchTemplateName}`}, does not exist.`,
      );
    }
    const version = spec.Version ?? '$Default';
    ec2.version(t, version);
    return { id: t.id, name: t.name, version };
  };

  const groupOut = (g: SimGroup): asg.AutoScalingGroup => ({
    AutoScalingGroupName: g.name,
    AutoScalingGroupARN: g.arn,
    LaunchTemplate: { LaunchTemplateId: g.lt.id, LaunchTemplateName: g.lt.name, Version: g.lt.version },
    MinSize: g.min,
    MaxSize: g.max,
    DesiredCapacity: g.desired,
    DefaultCooldown: 300,
    AvailabilityZones: [...new Set(g.subnets.map((id) => ec2.subnets.get(id)?.az ?? ''))],
    VPCZoneIdentifier: g.subnets.join(','),
    TargetGroupARNs: [...g.targetGroupArns],
    HealthCheckType: g.healthCheckType,
    HealthCheckGracePeriod: g.grace,
    ...(g.warmup !== undefined ? { DefaultInstanceWarmup: g.warmup } : {}),
    EnabledMetrics: [...g.metrics].map((m) => ({ Metric: m, Granularity: '1Minute' })),
    Instances: s.live(g).map((i) => ({
      InstanceId: i.id,
      InstanceType: i.instanceType,
      AvailabilityZone: ec2.subnets.get(i.subnetId)?.az ?? '',
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

  const handlers = {
    CreateAutoScalingGroup: (
      i: asg.CreateAutoScalingGroupCommandInput,
    ): asg.CreateAutoScalingGroupCommandOutput => {
      const name = i.AutoScalingGroupName ?? '';
      if (!name || name.length > 255)
        throw awsError('ValidationError', 'AutoScalingGroupName must be 1-255 characters');
      if (s.groups.has(name))
        throw awsError(
          'AlreadyExists',
          `AutoScalingGroup by this name already exists - A group with the name ${name} already exists`,
        );
      const lt = resolveTemplate(i.LaunchTemplate);
      const min = i.MinSize ?? 0;
      const max = i.MaxSize ?? 0;
      const desired = i.DesiredCapacity ?? min;
      checkSizes(min, max, desired);
      const subnets = (i.VPCZoneIdentifier ?? '').split(',').filter(Boolean);
      if (subnets.length === 0)
        throw awsError('ValidationError', 'No default VPC for this user. VPCZoneIdentifier is required.');
      for (const id of subnets)
        if (!ec2.subnets.has(id)) throw awsError('ValidationError', `The subnet ID '${id}' does not exist`);
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
            t.Key ?? '',
            { value: t.Value ?? '', propagate: t.PropagateAtLaunch ?? false },
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
      const g = find(i.AutoScalingGroupName);
      const min = i.MinSize ?? g.min;
      const max = i.MaxSize ?? g.max;
      const desired = i.DesiredCapacity ?? Math.min(Math.max(g.desired, min), max);
      checkSizes(min, max, desired);
      if (i.LaunchTemplate) g.lt = resolveTemplate(i.LaunchTemplate);
      Object.assign(g, { min, max, desired });
      if (i.HealthCheckType) g.healthCheckType = i.HealthCheckType;
      if (i.HealthCheckGracePeriod !== undefined) g.grace = i.HealthCheckGracePeriod;
      if (i.DefaultInstanceWarmup !== undefined) g.warmup = i.DefaultInstanceWarmup;
      if (i.VPCZoneIdentifier) g.subnets = i.VPCZoneIdentifier.split(',');
      return { $metadata: {} };
    },
    SetDesiredCapacity: (i: asg.SetDesiredCapacityCommandInput): asg.SetDesiredCapacityCommandOutput => {
      const g = find(i.AutoScalingGroupName);
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
      const g = find(i.AutoScalingGroupName);
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
      const g = find(i.AutoScalingGroupName);
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
    StartInstanceRefresh: (
      i: asg.StartInstanceRefreshCommandInput,
    ): asg.StartInstanceRefreshCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      if (g.refreshes.some((r) => r.status === 'Pending' || r.status === 'InProgress')) {
        throw awsError(
          'InstanceRefreshInProgress',
          `An Instance Refresh is already in progress and blocks the execution of this Instance Refresh.`,
        );
      }
      if (i.DesiredConfiguration?.LaunchTemplate)
        g.lt = resolveTemplate(i.DesiredConfiguration.LaunchTemplate);
      const r: SimRefresh = {
        id: world.id('ir').slice(3),
        status: 'Pending',
        startedAt: world.now(),
        minHealthyPercentage: i.Preferences?.MinHealthyPercentage ?? 90,
        replaced: 0,
        toReplace: s.live(g).filter((x) => x.launchTemplate?.version !== s.currentVersion(g)).length,
      };
      g.refreshes.unshift(r);
      return { $metadata: {}, InstanceRefreshId: r.id };
    },
    DescribeInstanceRefreshes: (
      i: asg.DescribeInstanceRefreshesCommandInput,
    ): asg.DescribeInstanceRefreshesCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      return {
        $metadata: {},
        InstanceRefreshes: g.refreshes
          .filter((r) => !i.InstanceRefreshIds?.length || i.InstanceRefreshIds.includes(r.id))
          .map((r) => ({
            InstanceRefreshId: r.id,
            AutoScalingGroupName: g.name,
            Status: r.status,
            StartTime: new Date(Math.max(0, r.startedAt)),
            ...(r.endedAt !== undefined ? { EndTime: new Date(Math.max(0, r.endedAt)) } : {}),
            PercentageComplete:
              r.status === 'Successful'
                ? 100
                : r.toReplace
                  ? Math.floor((100 * r.replaced) / r.toReplace)
                  : 0,
            InstancesToUpdate: Math.max(0, r.toReplace - r.replaced),
          })),
      };
    },
    CancelInstanceRefresh: (
      i: asg.CancelInstanceRefreshCommandInput,
    ): asg.CancelInstanceRefreshCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      const r = g.refreshes.find((x) => x.status === 'Pending' || x.status === 'InProgress');
      if (!r)
        throw awsError('ActiveInstanceRefreshNotFound', 'No in progress or pending Instance Refresh found');
      r.status = 'Cancelled';
      r.endedAt = world.now();
      return { $metadata: {}, InstanceRefreshId: r.id };
    },
    PutScheduledUpdateGroupAction: (
      i: asg.PutScheduledUpdateGroupActionCommandInput,
    ): asg.PutScheduledUpdateGroupActionCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      const name = i.ScheduledActionName ?? '';
      const startAt = i.StartTime ? i.StartTime.getTime() : world.now();
      const sa: SimScheduled = {
        name,
        arn: `arn:aws:autoscaling:${world.region}:${world.accountId}:scheduledUpdateGroupAction:${name}`,
        startAt,
        done: false,
        ...(i.MinSize !== undefined ? { min: i.MinSize } : {}),
        ...(i.MaxSize !== undefined ? { max: i.MaxSize } : {}),
        ...(i.DesiredCapacity !== undefined ? { desired: i.DesiredCapacity } : {}),
      };
      g.scheduled = [...g.scheduled.filter((x) => x.name !== name), sa];
      return { $metadata: {} };
    },
    DescribeScheduledActions: (
      i: asg.DescribeScheduledActionsCommandInput,
    ): asg.DescribeScheduledActionsCommandOutput => {
      const groups = i.AutoScalingGroupName ? [find(i.AutoScalingGroupName)] : [...s.groups.values()];
      return {
        $metadata: {},
        ScheduledUpdateGroupActions: groups.flatMap((g) =>
          g.scheduled.map((sa) => ({
            AutoScalingGroupName: g.name,
            ScheduledActionName: sa.name,
            ScheduledActionARN: sa.arn,
            StartTime: new Date(Math.max(0, sa.startAt)),
            MinSize: sa.min,
            MaxSize: sa.max,
            DesiredCapacity: sa.desired,
          })),
        ),
      };
    },
    DeleteScheduledAction: (
      i: asg.DeleteScheduledActionCommandInput,
    ): asg.DeleteScheduledActionCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      if (!g.scheduled.some((x) => x.name === i.ScheduledActionName))
        throw awsError('ValidationError', 'Scheduled Update Group Action name not found');
      g.scheduled = g.scheduled.filter((x) => x.name !== i.ScheduledActionName);
      return { $metadata: {} };
    },
    CreateOrUpdateTags: (i: asg.CreateOrUpdateTagsCommandInput): asg.CreateOrUpdateTagsCommandOutput => {
      for (const t of i.Tags ?? [])
        find(t.ResourceId).tags.set(t.Key ?? '', {
          value: t.Value ?? '',
          propagate: t.PropagateAtLaunch ?? false,
        });
      return { $metadata: {} };
    },
    DeleteTags: (i: asg.DeleteTagsCommandInput): asg.DeleteTagsCommandOutput => {
      for (const t of i.Tags ?? []) find(t.ResourceId).tags.delete(t.Key ?? '');
      return { $metadata: {} };
    },
    DescribeScalingActivities: (
      i: asg.DescribeScalingActivitiesCommandInput,
    ): asg.DescribeScalingActivitiesCommandOutput => {
      const g = find(i.AutoScalingGroupName);
      return { $metadata: {}, Activities: g.activities.slice(0, i.MaxRecords ?? 100) };
    },
  };

  return {
    name: 'AutoScaling',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
