// Simulated application load balancers: create (idempotent by name), describe, delete.
import type * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Ec2State } from '../ec2.js';
import { awsError } from '../errors.js';
import { elbParam } from '../params.js';
import { tagsFrom, type World } from '../world.js';
import { ELB_NAME, type SimLoadBalancer } from './model.js';
import type { ElbState } from './state.js';

export function loadBalancerHandlers(world: World, ec2: Ec2State, s: ElbState) {
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

  return {
    CreateLoadBalancer: (i: elb.CreateLoadBalancerCommandInput): elb.CreateLoadBalancerCommandOutput => {
      const name = elbParam(i.Name, 'Name');
      if (!ELB_NAME.test(name)) {
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
        vpcId: ec2.subnet(elbParam(subnets[0], 'Subnets')).vpcId,
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
      if (i.LoadBalancerArns?.length) list = i.LoadBalancerArns.map((a) => s.findLb(a));
      if (i.Names?.length) {
        list = i.Names.map((n) => {
          const lb = visible.find((x) => x.name === n);
          if (!lb) throw awsError('LoadBalancerNotFound', `Load balancers '[${n}]' not found`);
          return lb;
        });
      }
      return { $metadata: {}, LoadBalancers: list.map(lbOut) };
    },
    // As ELBv2: two zones at least, subnets of the load balancer's VPC; the list replaces the old one.
    SetSubnets: (i: elb.SetSubnetsCommandInput): elb.SetSubnetsCommandOutput => {
      const lb = s.findLb(elbParam(i.LoadBalancerArn, 'LoadBalancerArn'));
      const subnets = i.Subnets ?? [];
      const azs = new Set(
        subnets.map((id) => {
          const sn = ec2.subnets.get(id);
          if (!sn) throw awsError('SubnetNotFound', `The subnet ID '${id}' is not valid`);
          if (sn.vpcId !== lb.vpcId)
            throw awsError('InvalidSubnet', `Subnet '${id}' is not in VPC '${lb.vpcId}'`);
          return sn.az;
        }),
      );
      if (azs.size < 2)
        throw awsError(
          'ValidationError',
          'At least two subnets in two different Availability Zones must be specified',
        );
      lb.subnets = [...subnets];
      return { $metadata: {}, AvailabilityZones: lbOut(lb).AvailabilityZones };
    },
    SetSecurityGroups: (i: elb.SetSecurityGroupsCommandInput): elb.SetSecurityGroupsCommandOutput => {
      const lb = s.findLb(elbParam(i.LoadBalancerArn, 'LoadBalancerArn'));
      for (const g of i.SecurityGroups ?? [])
        if (!ec2.groups.has(g))
          throw awsError('InvalidSecurityGroup', `Security group '${g}' does not exist`);
      lb.securityGroups = [...(i.SecurityGroups ?? [])];
      return { $metadata: {}, SecurityGroupIds: lb.securityGroups };
    },
    DeleteLoadBalancer: (i: elb.DeleteLoadBalancerCommandInput): elb.DeleteLoadBalancerCommandOutput => {
      const lb = s.lbs.get(elbParam(i.LoadBalancerArn, 'LoadBalancerArn'));
      if (lb) s.removeLb(lb);
      return { $metadata: {} };
    },
  };
}
