// The Spot worker group through the real SDK clients against moto server (an AWS written by
// others), reached the standard way (AWS_ENDPOINT_URL): the group is created by the provider's own
// create request, moto accepts the mixed-instances policy and capacity rebalance and reports them
// back, and the provider's diff of what it reports is empty.
import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import { jest } from '@jest/globals';
import type { AwsContext } from '../../src/aws/context.js';
import { parseClusterText } from '../../src/config/load.js';
import { spotQuote } from '../../src/plan/spot-prices.js';
import { autoScalingGroups, reconcileGroup } from '../../src/resources/group-provider.js';
import { groupDesired } from '../../src/resources/groups.js';
import { diff } from '../../src/resources/provider.js';
import { MOTO_AVAILABLE, motoContext } from '../fixtures/moto.js';
import { fileWith } from '../fixtures/plan-apply.js';

jest.setTimeout(180_000);

const maybe = MOTO_AVAILABLE ? describe : describe.skip;
const TYPES = ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'];

maybe('the Spot worker group on moto', () => {
  let ctx: AwsContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, close } = await motoContext());
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  test('the provider creates the mixed-instances group; moto accepts and reports the policy; the diff is empty', async () => {
    const { ec2: e, autoScaling } = ctx.clients;
    const vpc = (await e.send(new ec2.CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId;
    const subnets = await Promise.all(
      ['a', 'b'].map(
        async (z, i) =>
          (
            await e.send(
              new ec2.CreateSubnetCommand({
                VpcId: vpc,
                CidrBlock: `10.0.${i}.0/24`,
                AvailabilityZone: `us-east-1${z}`,
              }),
            )
          ).Subnet?.SubnetId ?? '',
      ),
    );
    const image = (await e.send(new ec2.DescribeImagesCommand({}))).Images?.[0]?.ImageId;
    const lt = await e.send(
      new ec2.CreateLaunchTemplateCommand({
        LaunchTemplateName: 'perf-example-worker',
        LaunchTemplateData: { ImageId: image, InstanceType: 't3.xlarge' },
      }),
    );
    const c = parseClusterText(
      fileWith('clusters/perf-example.yml', [
        ['locust', 'workers', 'spot'],
        { instanceTypes: TYPES, onDemandBase: 1, spotPercent: 75 },
      ]),
      'perf-example.yml',
    ).cluster;
    const d = {
      ...groupDesired(
        c,
        'worker',
        { templateId: lt.LaunchTemplate?.LaunchTemplateId ?? '', targetGroupArns: [] },
        new Date(),
      ),
      subnetIds: subnets,
    };
    const made = await reconcileGroup(ctx, d);
    expect(made.map((x) => x.op)).toEqual(['create']);
    const g = (
      await autoScaling.send(
        new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['perf-example-workers'] }),
      )
    ).AutoScalingGroups?.[0];
    expect(g?.MixedInstancesPolicy?.LaunchTemplate?.Overrides?.map((o) => o.InstanceType)).toEqual(TYPES);
    expect(g?.MixedInstancesPolicy?.InstancesDistribution).toMatchObject({
      OnDemandBaseCapacity: 1,
      OnDemandPercentageAboveBaseCapacity: 25,
      SpotAllocationStrategy: 'price-capacity-optimized',
    });
    expect(g?.CapacityRebalance).toBe(true);
    // What moto reports is what the provider would send: nothing to change.
    expect(diff(autoScalingGroups, d, g)).toEqual([]);
    expect(await reconcileGroup(ctx, d)).toEqual([]);
  });

  test("the cost reads moto's Spot prices (a placeholder $0.00001 a pool) and says where they came from", async () => {
    const c = parseClusterText(
      fileWith('clusters/perf-example.yml', [['locust', 'workers', 'spot'], { instanceTypes: TYPES }]),
      'perf-example.yml',
    ).cluster;
    const quote = await spotQuote(ctx, c, ['us-east-1a']);
    expect(quote?.source).toBe('spot-price-history');
    expect(quote?.hourly).toBe(0.00001);
    expect(quote?.basis).toMatch(
      /^Spot workers priced at the mean Spot price of 3 pools \(t3\.xlarge, t3a\.xlarge, m5\.xlarge in us-east-1a\) from DescribeSpotPriceHistory/,
    );
  });
});
