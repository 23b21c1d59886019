// Simulated Elastic Load Balancing v2: application load balancers (provisioning -> active, DNS
// names), target groups with health checks, listeners, targets whose health follows the
// instance and the path it actually serves. Errors use ELBv2's codes.
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Ec2State, SimInstance } from './ec2.js';
import { awsError } from './errors.js';
import { type Tags, tagList, tagsFrom, type World } from './world.js';

/** Whether an instance answers HTTP 200 on a port and path, and how long after boot it starts. */
export interface HttpModel {
  bootSeconds(inst: SimInstance): number;
  serves(inst: SimInstance, port: number, path: string): boolean;
}

export interface SimLoadBalancer {
  arn: string;
  name: string;
  dns: string;
  scheme: string;
  type: string;
  subnets: string[];
  securityGroups: string[];
  vpcId: string;
  activeAt: number;
  tags: Tags;
  createdAt: number;
}

export interface SimTargetGroup {
  arn: string;
  name: string;
  protocol: string;
  port: number;
  vpcId: string;
  healthCheck: {
    path: string;
    port: string;
    interval: number;
    timeout: number;
    healthy: number;
    unhealthy: number;
    matcher: string;
  };
  targets: Map<string, { port: number; registeredAt: number }>;
  tags: Tags;
  createdAt: number;
}

export interface SimListener {
  arn: string;
  lbArn: string;
  port: number;
  protocol: string;
  targetGroupArn: string;
  tags: Tags;
  createdAt: number;
}

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

/** Seconds an ALB keeps its network interfaces (and so its security groups) after deletion. */
const ENI_RELEASE_SECONDS = 30;

export class ElbState {
  readonly lbs = new Map<string, SimLoadBalancer>();
  readonly tgs = new Map<string, SimTargetGroup>();
  readonly listeners = new Map<string, SimListener>();
  private readonly released: { groups: string[]; until: number }[] = [];

  constructor(
    private readonly world: World,
    private readonly ec2: Ec2State,
    readonly http: HttpModel,
  ) {
    ec2.groupUsers.push((g) => {
      for (const lb of this.lbs.values())
        if (lb.securityGroups.includes(g))
          return `resource ${g} has a dependent object (load balancer ${lb.name})`;
      const now = this.world.now();
      if (this.released.some((r) => r.until > now && r.groups.includes(g))) {
        return `resource ${g} has a dependent object (network interface of a deleted load balancer)`;
      }
      return undefined;
    });
  }

  arn(kind: string, name: string): string {
    const hex = this.world.id('x').slice(2, 18);
    return `arn:aws:elasticloadbalancing:${this.world.region}:${this.world.accountId}:${kind}/${name}/${hex}`;
  }

  removeLb(lb: SimLoadBalancer): void {
    for (const l of [...this.listeners.values()]) if (l.lbArn === lb.arn) this.listeners.delete(l.arn);
    this.lbs.delete(lb.arn);
    this.released.push({
      groups: lb.securityGroups,
      until: this.world.now() + this.world.ms(ENI_RELEASE_SECONDS),
    });
  }

  inUse(tg: SimTargetGroup): boolean {
    return [...this.listeners.values()].some((l) => l.targetGroupArn === tg.arn);
  }

  /** Health of one registered target now, as DescribeTargetHealth reports it. */
  health(tg: SimTargetGroup, instanceId: string): { state: TargetState; reason?: string } {
    const t = tg.targets.get(instanceId);
    const inst = this.ec2.instances.get(instanceId);
    if (!t || !inst) return { state: 'unavailable', reason: 'Target.NotRegistered' };
    if (!this.inUse(tg)) return { state: 'unused', reason: 'Target.NotInUse' };
    if (inst.state === 'pending') return { state: 'initial', reason: 'Elb.RegistrationInProgress' };
    if (inst.state === 'shutting-down' || inst.state === 'terminated') {
      return { state: 'draining', reason: 'Target.DeregistrationInProgress' };
    }
    if (inst.state !== 'running' || inst.runningSince === undefined)
      return { state: 'unused', reason: 'Target.InvalidState' };
    const hc = tg.healthCheck;
    const port = hc.port === 'traffic-port' ? t.port : Number(hc.port);
    const now = this.world.now();
    const serves = !this.world.faults.unhealthyInstance(inst.id) && this.http.serves(inst, port, hc.path);
    const servingFrom = Math.max(
      t.registeredAt,
      inst.runningSince + this.world.ms(this.http.bootSeconds(inst)),
    );
    if (serves && now >= servingFrom + this.world.ms(hc.interval * hc.healthy)) return { state: 'healthy' };
    if (now >= t.registeredAt + this.world.ms(hc.interval * hc.unhealthy)) {
      return { state: 'unhealthy', reason: serves ? 'Target.FailedHealthChecks' : 'Target.Timeout' };
    }
    return { state: 'initial', reason: 'Elb.RegistrationInProgress' };
  }

  register(tg: SimTargetGroup, inst: SimInstance, port = tg.port): void {
    if (!tg.targets.has(inst.id)) tg.targets.set(inst.id, { port, registeredAt: this.world.now() });
  }

  tick(): void {
    for (const tg of this.tgs.values()) {
      for (const id of [...tg.targets.keys()]) {
        if (this.ec2.instances.get(id)?.state === 'terminated') tg.targets.delete(id);
      }
    }
  }
}

const NAME = /^(?!-)(?!internal-)[A-Za-z0-9-]{1,32}(?<!-)$/;

export function elbService(world: World, ec2: Ec2State, s: ElbState) {
  const lbOut = (lb: SimLoadBalancer): elb.LoadBalancer => ({
    LoadBalancerArn: lb.arn,
    LoadBalancerName: lb.name,
    DNSName: lb.dns,
    Scheme: lb.scheme as elb.LoadBalancerSchemeEnum,
    Type: lb.type as elb.LoadBalancerTypeEnum,
    VpcId: lb.vpcId,
    SecurityGroups: lb.securityGroups,
    State: { Code: world.now() >= lb.activeAt ? 'active' : 'provisioning' },
    AvailabilityZones: lb.subnets.map((id) => ({ SubnetId: id, ZoneName: ec2.subnets.get(id)?.az })),
    CreatedTime: new Date(Math.max(0, lb.createdAt)),
  });
  const tgOut = (tg: SimTargetGroup): elb.TargetGroup => ({
    TargetGroupArn: tg.arn,
    TargetGroupName: tg.name,
    Protocol: tg.protocol as elb.ProtocolEnum,
    Port: tg.port,
    VpcId: tg.vpcId,
    TargetType: 'instance',
    HealthCheckProtocol: 'HTTP',
    HealthCheckPort: tg.healthCheck.port,
    HealthCheckPath: tg.healthCheck.path,
    HealthCheckIntervalSeconds: tg.healthCheck.interval,
    HealthCheckTimeoutSeconds: tg.healthCheck.timeout,
    HealthyThresholdCount: tg.healthCheck.healthy,
    UnhealthyThresholdCount: tg.healthCheck.unhealthy,
    Matcher: { HttpCode: tg.healthCheck.matcher },
    HealthCheckEnabled: true,
    LoadBalancerArns: [
      ...new Set([...s.listeners.values()].filter((l) => l.targetGroupArn === tg.arn).map((l) => l.lbArn)),
    ],
  });
  const listenerOut = (l: SimListener): elb.Listener => ({
    ListenerArn: l.arn,
    LoadBalancerArn: l.lbArn,
    Port: l.port,
    Protocol: l.protocol as elb.ProtocolEnum,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: l.targetGroupArn }],
  });

  const findLb = (arn: string | undefined): SimLoadBalancer => {
    const lb = s.lbs.get(arn ?? '');
    if (!lb || !world.visible(lb.createdAt))
      throw awsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
    return lb;
  };
  const findTg = (arn: string | undefined): SimTargetGroup => {
    const tg = s.tgs.get(arn ?? '');
    if (!tg || !world.visible(tg.createdAt))
      throw awsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
    return tg;
  };
  const findListener = (arn: string | undefined): SimListener => {
    const l = s.listeners.get(arn ?? '');
    if (!l) throw awsError('ListenerNotFound', `Listener '${arn}' not found`);
    return l;
  };
  const taggable = (arn: string): { tags: Tags } => {
    const r = s.lbs.get(arn) ?? s.tgs.get(arn) ?? s.listeners.get(arn);
    if (!r) {
      if (arn.includes(':targetgroup/'))
        throw awsError('TargetGroupNotFound', `Target groups '${arn}' not found`);
      if (arn.includes(':listener/')) throw awsError('ListenerNotFound', `Listener '${arn}' not found`);
      throw awsError('LoadBalancerNotFound', `Load balancer '${arn}' not found`);
    }
    return r;
  };
  const forwardTarget = (actions: elb.Action[] | undefined): SimTargetGroup => {
    const a = actions?.[0];
    if (a?.Type !== 'forward' || !a.TargetGroupArn)
      throw awsError('ValidationError', 'A forward action with a target group is required');
    return findTg(a.TargetGroupArn);
  };

  const handlers = {
    CreateLoadBalancer: (i: elb.CreateLoadBalancerCommandInput): elb.CreateLoadBalancerCommandOutput => {
      const name = i.Name ?? '';
      if (!NAME.test(name)) {
        throw awsError(
          'ValidationError',
          `Load balancer name '${name}' must be 1-32 letters, digits or hyphens, not beginning or ending with a hyphen`,
        );
      }
      const subnets = i.Subnets ?? [];
      const azs = new Set(
        subnets.map((id) => {
          const sn = ec2.subnets.get(id);
          if (!sn) throw awsError('SubnetNotFound', `The subnet ID '${id}' is not valid`);
          return sn.az;
        }),
      );
      if (azs.size < 2)
        throw awsError(
          'ValidationError',
          'At least two subnets in two different Availability Zones must be specified',
        );
      for (const g of i.SecurityGroups ?? []) {
        if (!ec2.groups.has(g))
          throw awsError('InvalidSecurityGroup', `Security group '${g}' does not exist`);
      }
      const scheme = i.Scheme ?? 'internet-facing';
      const existing = [...s.lbs.values()].find((lb) => lb.name === name);
      if (existing) {
        const same =
          existing.scheme === scheme &&
          existing.subnets.join() === subnets.join() &&
          existing.securityGroups.join() === (i.SecurityGroups ?? []).join();
        if (!same)
          throw awsError(
            'DuplicateLoadBalancerName',
            `A load balancer with the same name '${name}' exists, but with different settings`,
          );
        return { $metadata: {}, LoadBalancers: [lbOut(existing)] };
      }
      const arn = s.arn('loadbalancer/app', name);
      const suffix = arn.slice(-10);
      const now = world.now();
      const lb: SimLoadBalancer = {
        arn,
        name,
        dns: `${scheme === 'internal' ? 'internal-' : ''}${name}-${suffix}.${world.region}.elb.amazonaws.com`,
        scheme,
        type: i.Type ?? 'application',
        subnets,
        securityGroups: i.SecurityGroups ?? [],
        vpcId: ec2.subnets.get(subnets[0] ?? '')?.vpcId ?? '',
        activeAt: now + world.ms(world.latency.loadBalancerActive),
        tags: tagsFrom(i.Tags),
        createdAt: now,
      };
      s.lbs.set(arn, lb);
      return { $metadata: {}, LoadBalancers: [lbOut(lb)] };
    },
    DescribeLoadBalancers: (
      i: elb.DescribeLoadBalancersCommandInput,
    ): elb.DescribeLoadBalancersCommandOutput => {
      const visible = [...s.lbs.values()].filter((lb) => world.visible(lb.createdAt));
      let list = visible;
      if (i.LoadBalancerArns?.length) list = i.LoadBalancerArns.map((a) => findLb(a));
      if (i.Names?.length) {
        list = i.Names.map((n) => {
          const lb = visible.find((x) => x.name === n);
          if (!lb) throw awsError('LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
          return lb;
        });
      }
      return { $metadata: {}, LoadBalancers: list.map(lbOut) };
    },
    DeleteLoadBalancer: (i: elb.DeleteLoadBalancerCommandInput): elb.DeleteLoadBalancerCommandOutput => {
      const lb = s.lbs.get(i.LoadBalancerArn ?? '');
      if (lb) s.removeLb(lb);
      return { $metadata: {} };
    },

    CreateTargetGroup: (i: elb.CreateTargetGroupCommandInput): elb.CreateTargetGroupCommandOutput => {
      const name = i.Name ?? '';
      if (!NAME.test(name))
        throw awsError(
          'ValidationError',
          `Target group name '${name}' must be 1-32 letters, digits or hyphens`,
        );
      if (!ec2.vpcs.has(i.VpcId ?? ''))
        throw awsError('ValidationError', `The VPC ID '${i.VpcId}' is not found`);
      const healthCheck = {
        path: i.HealthCheckPath ?? '/',
        port: i.HealthCheckPort ?? 'traffic-port',
        interval: i.HealthCheckIntervalSeconds ?? 30,
        timeout: i.HealthCheckTimeoutSeconds ?? 5,
        healthy: i.HealthyThresholdCount ?? 5,
        unhealthy: i.UnhealthyThresholdCount ?? 2,
        matcher: i.Matcher?.HttpCode ?? '200',
      };
      if (healthCheck.timeout >= healthCheck.interval) {
        throw awsError('ValidationError', 'Health check timeout must be smaller than the interval');
      }
      const existing = [...s.tgs.values()].find((tg) => tg.name === name);
      if (existing) {
        const same =
          existing.port === i.Port &&
          existing.protocol === i.Protocol &&
          JSON.stringify(existing.healthCheck) === JSON.stringify(healthCheck);
        if (!same)
          throw awsError(
            'DuplicateTargetGroupName',
            'A target group with the same name exists, but with different settings',
          );
        return { $metadata: {}, TargetGroups: [tgOut(existing)] };
      }
      const tg: SimTargetGroup = {
        arn: s.arn('targetgroup', name),
        name,
        protocol: i.Protocol ?? 'HTTP',
        port: i.Port ?? 80,
        vpcId: i.VpcId ?? '',
        healthCheck,
        targets: new Map(),
        tags: tagsFrom(i.Tags),
        createdAt: world.now(),
      };
      s.tgs.set(tg.arn, tg);
      return { $metadata: {}, TargetGroups: [tgOut(tg)] };
    },
    DescribeTargetGroups: (
      i: elb.DescribeTargetGroupsCommandInput,
    ): elb.DescribeTargetGroupsCommandOutput => {
      const visible = [...s.tgs.values()].filter((tg) => world.visible(tg.createdAt));
      let list = visible;
      if (i.TargetGroupArns?.length) list = i.TargetGroupArns.map((a) => findTg(a));
      if (i.Names?.length) {
        list = i.Names.map((n) => {
          const tg = visible.find((x) => x.name === n);
          if (!tg) throw awsError('TargetGroupNotFound', `One or more target groups not found`);
          return tg;
        });
      }
      if (i.LoadBalancerArn) {
        findLb(i.LoadBalancerArn);
        const arns = new Set(
          [...s.listeners.values()].filter((l) => l.lbArn === i.LoadBalancerArn).map((l) => l.targetGroupArn),
        );
        list = list.filter((tg) => arns.has(tg.arn));
      }
      return { $metadata: {}, TargetGroups: list.map(tgOut) };
    },
    ModifyTargetGroup: (i: elb.ModifyTargetGroupCommandInput): elb.ModifyTargetGroupCommandOutput => {
      const tg = findTg(i.TargetGroupArn);
      const h = tg.healthCheck;
      tg.healthCheck = {
        path: i.HealthCheckPath ?? h.path,
        port: i.HealthCheckPort ?? h.port,
        interval: i.HealthCheckIntervalSeconds ?? h.interval,
        timeout: i.HealthCheckTimeoutSeconds ?? h.timeout,
        healthy: i.HealthyThresholdCount ?? h.healthy,
        unhealthy: i.UnhealthyThresholdCount ?? h.unhealthy,
        matcher: i.Matcher?.HttpCode ?? h.matcher,
      };
      return { $metadata: {}, TargetGroups: [tgOut(tg)] };
    },
    DeleteTargetGroup: (i: elb.DeleteTargetGroupCommandInput): elb.DeleteTargetGroupCommandOutput => {
      const tg = s.tgs.get(i.TargetGroupArn ?? '');
      if (!tg) return { $metadata: {} };
      if (s.inUse(tg))
        throw awsError(
          'ResourceInUse',
          `Target group '${tg.arn}' is currently in use by a listener or a rule`,
        );
      s.tgs.delete(tg.arn);
      return { $metadata: {} };
    },

    CreateListener: (i: elb.CreateListenerCommandInput): elb.CreateListenerCommandOutput => {
      const lb = findLb(i.LoadBalancerArn);
      const tg = forwardTarget(i.DefaultActions);
      if (tg.vpcId !== lb.vpcId)
        throw awsError('ValidationError', 'The target group and the load balancer must be in the same VPC');
      const existing = [...s.listeners.values()].find((l) => l.lbArn === lb.arn && l.port === i.Port);
      if (existing) {
        if (existing.protocol !== (i.Protocol ?? 'HTTP') || existing.targetGroupArn !== tg.arn) {
          throw awsError(
            'DuplicateListener',
            'A listener already exists on this port for this load balancer',
          );
        }
        return { $metadata: {}, Listeners: [listenerOut(existing)] };
      }
      const l: SimListener = {
        arn: s.arn(`listener/app/${lb.name}`, lb.arn.slice(-16)),
        lbArn: lb.arn,
        port: i.Port ?? 80,
        protocol: i.Protocol ?? 'HTTP',
        targetGroupArn: tg.arn,
        tags: tagsFrom(i.Tags),
        createdAt: world.now(),
      };
      s.listeners.set(l.arn, l);
      return { $metadata: {}, Listeners: [listenerOut(l)] };
    },
    DescribeListeners: (i: elb.DescribeListenersCommandInput): elb.DescribeListenersCommandOutput => {
      if (i.ListenerArns?.length)
        return { $metadata: {}, Listeners: i.ListenerArns.map((a) => listenerOut(findListener(a))) };
      const lb = findLb(i.LoadBalancerArn);
      return {
        $metadata: {},
        Listeners: [...s.listeners.values()].filter((l) => l.lbArn === lb.arn).map(listenerOut),
      };
    },
    ModifyListener: (i: elb.ModifyListenerCommandInput): elb.ModifyListenerCommandOutput => {
      const l = findListener(i.ListenerArn);
      if (i.DefaultActions) l.targetGroupArn = forwardTarget(i.DefaultActions).arn;
      if (i.Port) l.port = i.Port;
      return { $metadata: {}, Listeners: [listenerOut(l)] };
    },
    DeleteListener: (i: elb.DeleteListenerCommandInput): elb.DeleteListenerCommandOutput => {
      s.listeners.delete(findListener(i.ListenerArn).arn);
      return { $metadata: {} };
    },

    RegisterTargets: (i: elb.RegisterTargetsCommandInput): elb.RegisterTargetsCommandOutput => {
      const tg = findTg(i.TargetGroupArn);
      const insts = (i.Targets ?? []).map((t) => {
        const inst = ec2.instances.get(t.Id ?? '');
        if (!inst || (inst.state !== 'running' && inst.state !== 'pending')) {
          throw awsError(
            'InvalidTarget',
            `The following targets are not in a running state and cannot be registered: '${t.Id}'`,
          );
        }
        return [inst, t.Port] as const;
      });
      for (const [inst, port] of insts) s.register(tg, inst, port);
      return { $metadata: {} };
    },
    DeregisterTargets: (i: elb.DeregisterTargetsCommandInput): elb.DeregisterTargetsCommandOutput => {
      const tg = findTg(i.TargetGroupArn);
      for (const t of i.Targets ?? []) tg.targets.delete(t.Id ?? '');
      return { $metadata: {} };
    },
    DescribeTargetHealth: (
      i: elb.DescribeTargetHealthCommandInput,
    ): elb.DescribeTargetHealthCommandOutput => {
      const tg = findTg(i.TargetGroupArn);
      const ids = i.Targets?.length ? i.Targets.map((t) => t.Id ?? '') : [...tg.targets.keys()];
      return {
        $metadata: {},
        TargetHealthDescriptions: ids.map((id) => {
          const h = s.health(tg, id);
          return {
            Target: { Id: id, Port: tg.targets.get(id)?.port ?? tg.port },
            HealthCheckPort: String(
              tg.healthCheck.port === 'traffic-port'
                ? (tg.targets.get(id)?.port ?? tg.port)
                : tg.healthCheck.port,
            ),
            TargetHealth: {
              State: h.state,
              ...(h.reason ? { Reason: h.reason as elb.TargetHealthReasonEnum } : {}),
            },
          };
        }),
      };
    },

    AddTags: (i: elb.AddTagsCommandInput): elb.AddTagsCommandOutput => {
      for (const arn of i.ResourceArns ?? []) Object.assign(taggable(arn).tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    RemoveTags: (i: elb.RemoveTagsCommandInput): elb.RemoveTagsCommandOutput => {
      for (const arn of i.ResourceArns ?? []) for (const k of i.TagKeys ?? []) delete taggable(arn).tags[k];
      return { $metadata: {} };
    },
    DescribeTags: (i: elb.DescribeTagsCommandInput): elb.DescribeTagsCommandOutput => {
      const arns = i.ResourceArns ?? [];
      if (arns.length > 20) throw awsError('ValidationError', 'ResourceArns must contain at most 20 items');
      return {
        $metadata: {},
        TagDescriptions: arns.map((arn) => ({ ResourceArn: arn, Tags: tagList(taggable(arn).tags) })),
      };
    },
  };

  return {
    name: 'ElasticLoadBalancingV2',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
