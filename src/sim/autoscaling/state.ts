// Auto Scaling's state and its convergence: on each tick a group applies due scheduled actions,
// replaces unhealthy instances, advances an instance refresh and launches or terminates to desired.
import type * as asg from '@aws-sdk/client-auto-scaling';
import { SPOT_TERMINATION } from '../ec2/state.js';
import type { Ec2State, SimInstance } from '../ec2.js';
import type { ElbState } from '../elbv2.js';
import { awsError, SimulatorDataError } from '../errors.js';
import { asgParam, ec2Param } from '../params.js';
import { type Tags, tagsFrom, type World } from '../world.js';
import { nextLaunch } from './mixed-instances.js';
import type { SimGroup } from './model.js';

const iso = (ms: number) => new Date(Math.max(0, ms)).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class AsgState {
  readonly groups = new Map<string, SimGroup>();

  constructor(
    private readonly world: World,
    private readonly ec2: Ec2State,
    private readonly elb: ElbState,
  ) {}

  /** A group a describe can see, else Auto Scaling's not-found error. */
  find(name: string | undefined): SimGroup {
    const g = this.groups.get(asgParam(name, 'AutoScalingGroupName'));
    if (!g || !this.world.visible(g.createdAt))
      throw awsError(
        'ValidationError',
        `AutoScalingGroup name not found - AutoScalingGroup '${name}' not found`,
      );
    return g;
  }

  /** The launch template a request names, checked as Auto Scaling checks it. */
  resolveTemplate(spec: asg.LaunchTemplateSpecification | undefined): SimGroup['lt'] {
    const ec2 = this.ec2;
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
  }

  private activity(
    g: SimGroup,
    status: 'Successful' | 'Failed',
    description: string,
    message?: string,
    cause?: { text: string; at: number },
  ): void {
    const at = cause?.at ?? this.world.now();
    g.activities.unshift({
      ActivityId: this.world.id('act'),
      AutoScalingGroupName: g.name,
      Description: description,
      Cause: cause?.text ?? `At ${iso(at)} the group reconciled its capacity.`,
      StartTime: new Date(Math.max(0, at)),
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

  /**
   * EC2's two-minute notice to one running Spot instance of the group (the first when none is
   * named): with capacity rebalancing the group launches its replacement at once; EC2 terminates
   * the instance when the notice ends.
   */
  interruptSpot(groupName: string, instanceId?: string): SimInstance {
    const g = this.find(groupName);
    const spot = this.live(g).filter((i) => i.lifecycle === 'spot' && i.state === 'running' && !i.spotNotice);
    const inst = instanceId ? spot.find((i) => i.id === instanceId) : spot[0];
    if (!inst)
      throw new SimulatorDataError(
        `no running Spot instance${instanceId ? ` ${instanceId}` : ''} in group ${groupName} to interrupt`,
      );
    const now = this.world.now();
    const terminateAt = now + this.world.ms(this.world.latency.spotInterruptionNotice);
    inst.spotNotice = { at: now, terminateAt, replaced: false };
    return inst;
  }

  private launchOne(g: SimGroup, cause?: { text: string; at: number }): void {
    try {
      const t = this.ec2.template(g.lt.id);
      const v = this.ec2.version(t, g.lt.version);
      const data = v.data;
      const subnetId = g.subnets[g.instances.size % g.subnets.length];
      if (!subnetId) throw new SimulatorDataError(`simulated group ${g.name} has no subnets`);
      const pick = g.mixed
        ? nextLaunch(g.mixed, this.live(g), this.ec2.subnet(subnetId).az, data.InstanceType)
        : { instanceType: data.InstanceType ?? 't3.micro' };
      const tags: Tags = { 'aws:autoscaling:groupName': g.name };
      for (const spec of data.TagSpecifications ?? []) {
        if (spec.ResourceType === 'instance') Object.assign(tags, tagsFrom(spec.Tags));
      }
      for (const [k, { value, propagate }] of g.tags) if (propagate) tags[k] = value;
      const inst = this.ec2.launch({
        imageId: ec2Param(data.ImageId, 'ImageId'),
        instanceType: pick.instanceType,
        ...(pick.lifecycle ? { lifecycle: pick.lifecycle } : {}),
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
      this.activity(g, 'Successful', `Launching a new EC2 instance: ${inst.id}`, undefined, cause);
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
      for (const id of [...g.instances]) {
        const inst = this.ec2.instances.get(id);
        if (
          inst?.spotNotice &&
          inst.stateReason?.code === SPOT_TERMINATION.code &&
          !inst.spotNotice.reported
        ) {
          inst.spotNotice.reported = true;
          const at = inst.spotNotice.terminateAt;
          this.activity(g, 'Successful', `Terminating EC2 instance: ${id}`, undefined, {
            text: `At ${iso(at)} an instance was taken out of service in response to an EC2 Spot Instance interruption notice.`,
            at,
          });
        }
        if (inst?.state === 'terminated') g.instances.delete(id);
      }
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

      // Capacity rebalancing: a Spot instance under notice is replaced now, before EC2 takes it.
      for (const inst of this.live(g))
        if (g.capacityRebalance && inst.spotNotice && !inst.spotNotice.replaced) {
          inst.spotNotice.replaced = true;
          this.launchOne(g, {
            text: `At ${iso(inst.spotNotice.at)} an instance was launched in response to an EC2 instance rebalance recommendation.`,
            at: inst.spotNotice.at,
          });
        }
      // An instance already replaced no longer counts toward the capacity.
      const live = this.live(g).filter((i) => !i.spotNotice?.replaced);
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
