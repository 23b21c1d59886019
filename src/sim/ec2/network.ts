// Simulated EC2 networking: the seeded VPCs and subnets, read only.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { matchesFilters } from '../world.js';
import type { Ec2State } from './state.js';

export function networkHandlers(s: Ec2State) {
  return {
    DescribeVpcs: (i: ec2.DescribeVpcsCommandInput): ec2.DescribeVpcsCommandOutput => ({
      $metadata: {},
      Vpcs: [...s.vpcs.values()]
        .filter((v) => !i.VpcIds || i.VpcIds.includes(v.id))
        .map((v) => ({ VpcId: v.id, CidrBlock: v.cidr, State: 'available' })),
    }),
    DescribeSubnets: (i: ec2.DescribeSubnetsCommandInput): ec2.DescribeSubnetsCommandOutput => {
      for (const id of i.SubnetIds ?? [])
        if (!s.subnets.has(id))
          throw awsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
      return {
        $metadata: {},
        Subnets: [...s.subnets.values()]
          .filter((x) => !i.SubnetIds || i.SubnetIds.includes(x.id))
          .filter((x) => matchesFilters(i.Filters, {}, { 'vpc-id': x.vpcId, 'subnet-id': x.id }))
          .map((x) => ({
            SubnetId: x.id,
            VpcId: x.vpcId,
            CidrBlock: x.cidr,
            AvailabilityZone: x.az,
            State: 'available',
          })),
      };
    },
  };
}
