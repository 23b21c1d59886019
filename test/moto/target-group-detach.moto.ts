// A target group detached from an Auto Scaling group, and the same detach again (its first answer
// lost): AWS answers both with success, as the toolkit's write rule for it says ("detaching a
// detached target group succeeds"). moto fails the repeat while deregistering the group's instances
// (InvalidTarget); the harness's proxy answers it as AWS does (MOTO_GAPS), which this test holds.
import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import { jest } from '@jest/globals';
import type { AwsContext } from '../../src/aws/context.js';
import { MOTO_AVAILABLE, motoContext } from '../fixtures/moto.js';

jest.setTimeout(120_000);

const maybe = MOTO_AVAILABLE ? describe : describe.skip;

maybe('a target group detached twice, on moto', () => {
  let ctx: AwsContext;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ ctx, close } = await motoContext());
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  test('the repeat succeeds and the group no longer names the target group', async () => {
    const { ec2: e, elbv2, autoScaling } = ctx.clients;
    const vpc = (await e.send(new ec2.CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc?.VpcId;
    const subnet = (await e.send(new ec2.CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.9.1.0/24' })))
      .Subnet?.SubnetId;
    const image = (await e.send(new ec2.DescribeImagesCommand({}))).Images?.[0]?.ImageId;
    await e.send(
      new ec2.CreateLaunchTemplateCommand({
        LaunchTemplateName: 'detach-lt',
        LaunchTemplateData: { ImageId: image, InstanceType: 't3.micro' },
      }),
    );
    const tg = (
      await elbv2.send(
        new elb.CreateTargetGroupCommand({ Name: 'detach-tg', Protocol: 'HTTP', Port: 8150, VpcId: vpc }),
      )
    ).TargetGroups?.[0]?.TargetGroupArn as string;
    await autoScaling.send(
      new asg.CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'detach-group',
        LaunchTemplate: { LaunchTemplateName: 'detach-lt' },
        MinSize: 1,
        MaxSize: 1,
        DesiredCapacity: 1,
        VPCZoneIdentifier: subnet,
        TargetGroupARNs: [tg],
      }),
    );
    const detach = () =>
      autoScaling.send(
        new asg.DetachLoadBalancerTargetGroupsCommand({
          AutoScalingGroupName: 'detach-group',
          TargetGroupARNs: [tg],
        }),
      );
    await detach();
    await expect(detach()).resolves.toBeDefined();
    const g = await autoScaling.send(
      new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['detach-group'] }),
    );
    expect(g.AutoScalingGroups?.[0]?.TargetGroupARNs ?? []).toEqual([]);
  });
});
