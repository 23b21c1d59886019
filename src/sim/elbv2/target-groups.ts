// Simulated target groups, their health checks and registered targets.
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Ec2State } from '../ec2.js';
import { awsError } from '../errors.js';
import { elbParam } from '../params.js';
import { tagsFrom, type World } from '../world.js';
import { ELB_NAME, type SimTargetGroup } from './model.js';
import type { ElbState } from './state.js';

export function targetGroupHandlers(world: World, ec2: Ec2State, s: ElbState) {
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

  return {
    CreateTargetGroup: (i: elb.CreateTargetGroupCommandInput): elb.CreateTargetGroupCommandOutput => {
      const name = elbParam(i.Name, 'Name');
      if (!ELB_NAME.test(name))
        throw awsError(
          'ValidationError',
          `Target group name '${name}' must be 1-32 letters, digits or hyphens`,
        );
      const vpcId = elbParam(i.VpcId, 'VpcId');
      if (!ec2.vpcs.has(vpcId)) throw awsError('ValidationError', `The VPC ID '${i.VpcId}' is not found`);
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
        vpcId,
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
      if (i.TargetGroupArns?.length) list = i.TargetGroupArns.map((a) => s.findTg(a));
      if (i.Names?.length) {
        list = i.Names.map((n) => {
          const tg = visible.find((x) => x.name === n);
          if (!tg) throw awsError('TargetGroupNotFound', `One or more target groups not found`);
          return tg;
        });
      }
      if (i.LoadBalancerArn) {
        s.findLb(i.LoadBalancerArn);
        const arns = new Set(
          [...s.listeners.values()].filter((l) => l.lbArn === i.LoadBalancerArn).map((l) => l.targetGroupArn),
        );
        list = list.filter((tg) => arns.has(tg.arn));
      }
      return { $metadata: {}, TargetGroups: list.map(tgOut) };
    },
    ModifyTargetGroup: (i: elb.ModifyTargetGroupCommandInput): elb.ModifyTargetGroupCommandOutput => {
      const tg = s.findTg(i.TargetGroupArn);
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
      const tg = s.tgs.get(elbParam(i.TargetGroupArn, 'TargetGroupArn'));
      if (!tg) return { $metadata: {} };
      if (s.inUse(tg))
        throw awsError(
          'ResourceInUse',
          `Target group '${tg.arn}' is currently in use by a listener or a rule`,
        );
      s.tgs.delete(tg.arn);
      return { $metadata: {} };
    },
    RegisterTargets: (i: elb.RegisterTargetsCommandInput): elb.RegisterTargetsCommandOutput => {
      const tg = s.findTg(i.TargetGroupArn);
      const insts = (i.Targets ?? []).map((t) => {
        const inst = ec2.instances.get(elbParam(t.Id, 'Id'));
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
      const tg = s.findTg(i.TargetGroupArn);
      for (const t of i.Targets ?? []) tg.targets.delete(elbParam(t.Id, 'Id'));
      return { $metadata: {} };
    },
    DescribeTargetHealth: (
      i: elb.DescribeTargetHealthCommandInput,
    ): elb.DescribeTargetHealthCommandOutput => {
      const tg = s.findTg(i.TargetGroupArn);
      const ids = i.Targets?.length ? i.Targets.map((t) => elbParam(t.Id, 'Id')) : [...tg.targets.keys()];
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
  };
}
