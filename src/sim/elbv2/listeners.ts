// Simulated listeners: one port of a load balancer forwarding to one target group.
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsError } from '../errors.js';
import { tagsFrom, type World } from '../world.js';
import type { SimListener, SimTargetGroup } from './model.js';
import type { ElbState } from './state.js';

export function listenerHandlers(world: World, s: ElbState) {
  const listenerOut = (l: SimListener): elb.Listener => ({
    ListenerArn: l.arn,
    LoadBalancerArn: l.lbArn,
    Port: l.port,
    Protocol: l.protocol as elb.ProtocolEnum,
    DefaultActions: [{ Type: 'forward', TargetGroupArn: l.targetGroupArn }],
  });

  const forwardTarget = (actions: elb.Action[] | undefined): SimTargetGroup => {
    const a = actions?.[0];
    if (a?.Type !== 'forward' || !a.TargetGroupArn)
      throw awsError('ValidationError', 'A forward action with a target group is required');
    return s.findTg(a.TargetGroupArn);
  };

  return {
    CreateListener: (i: elb.CreateListenerCommandInput): elb.CreateListenerCommandOutput => {
      const lb = s.findLb(i.LoadBalancerArn);
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
        return { $metadata: {}, Listeners: i.ListenerArns.map((a) => listenerOut(s.findListener(a))) };
      const lb = s.findLb(i.LoadBalancerArn);
      return {
        $metadata: {},
        Listeners: [...s.listeners.values()].filter((l) => l.lbArn === lb.arn).map(listenerOut),
      };
    },
    ModifyListener: (i: elb.ModifyListenerCommandInput): elb.ModifyListenerCommandOutput => {
      const l = s.findListener(i.ListenerArn);
      if (i.DefaultActions) l.targetGroupArn = forwardTarget(i.DefaultActions).arn;
      if (i.Port) l.port = i.Port;
      return { $metadata: {}, Listeners: [listenerOut(l)] };
    },
    DeleteListener: (i: elb.DeleteListenerCommandInput): elb.DeleteListenerCommandOutput => {
      s.listeners.delete(s.findListener(i.ListenerArn).arn);
      return { $metadata: {} };
    },
  };
}
