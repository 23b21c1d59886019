// The simulated Auto Scaling: groups converge on their template version and capacity.
import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import {
  ACAPY_USER_DATA,
  albWithTargetGroup,
  b64,
  describeGroup,
  group,
  targetStates,
  templateOn,
} from '../fixtures/cluster-sim.js';
import { codeOf, simulated } from '../fixtures/sim.js';

describe('auto scaling groups', () => {
  test('launch from the default version, register with target groups, follow desired capacity', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-trn', 8151, '/', 80);
    const t = await templateOn(sim, clients, 'acapy', ACAPY_USER_DATA);
    await group(clients, 'acapy', t.id, {
      TargetGroupARNs: [a.tgArn],
      HealthCheckType: 'ELB',
      HealthCheckGracePeriod: 300,
      DefaultInstanceWarmup: 300,
      Tags: [{ Key: 'akrida:cluster', Value: 'perf', PropagateAtLaunch: true }],
    });
    let g = await describeGroup(clients, 'acapy');
    expect(g).toMatchObject({
      MinSize: 1,
      DesiredCapacity: 1,
      MaxSize: 3,
      HealthCheckType: 'ELB',
      DefaultInstanceWarmup: 300,
      TargetGroupARNs: [a.tgArn],
    });
    expect(g?.Instances?.map((i) => [i.LifecycleState, i.LaunchTemplate?.Version])).toEqual([
      ['Pending', '1'],
    ]);
    const id = g?.Instances?.[0]?.InstanceId ?? '';
    const inst = await clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(inst.Reservations?.[0]?.Instances?.[0]?.Tags).toEqual(
      expect.arrayContaining([
        { Key: 'akrida:cluster', Value: 'perf' },
        { Key: 'aws:autoscaling:groupName', Value: 'acapy' },
      ]),
    );
    await clients.autoScaling.send(
      new asg.SetDesiredCapacityCommand({ AutoScalingGroupName: 'acapy', DesiredCapacity: 3 }),
    );
    expect((await targetStates(clients, a.tgArn)).length).toBe(3);
    await clients.autoScaling.send(
      new asg.UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: 'acapy',
        MinSize: 0,
        DesiredCapacity: 0,
      }),
    );
    await sim.clock.sleep(30_000);
    g = await describeGroup(clients, 'acapy');
    expect(g?.Instances).toEqual([]);
    expect(await targetStates(clients, a.tgArn)).toEqual([]);
  });

  test('sizes out of bounds, duplicates and unknown templates are refused', async () => {
    const { sim, clients } = simulated();
    const t = await templateOn(sim, clients, 'wkr', b64('x'));
    await group(clients, 'g', t.id);
    expect(await codeOf(group(clients, 'g', t.id))).toBe('AlreadyExistsFault');
    await expect(group(clients, 'h', t.id, { MinSize: 2, MaxSize: 1 })).rejects.toThrow(
      'Max bound, 1, must be greater than or equal to min bound, 2',
    );
    await expect(group(clients, 'h', t.id, { DesiredCapacity: 5 })).rejects.toThrow(
      'Desired capacity:5 must be between the specified min size:1 and max size:3',
    );
    await expect(
      clients.autoScaling.send(
        new asg.SetDesiredCapacityCommand({ AutoScalingGroupName: 'g', DesiredCapacity: 9 }),
      ),
    ).rejects.toThrow(
      'New SetDesiredCapacity value 9 is below min value 1 or above max value 3 for the AutoScalingGroup.',
    );
    expect(await codeOf(group(clients, 'h', 'lt-0000000000000dead'))).toBe('ValidationError');
    expect(
      await codeOf(
        clients.autoScaling.send(new asg.DeleteAutoScalingGroupCommand({ AutoScalingGroupName: 'g' })),
      ),
    ).toBe('ResourceInUseFault');
    await clients.autoScaling.send(
      new asg.DeleteAutoScalingGroupCommand({ AutoScalingGroupName: 'g', ForceDelete: true }),
    );
    expect((await describeGroup(clients, 'g'))?.Status).toBe('Delete in progress');
    await sim.clock.sleep(30_000);
    expect(await describeGroup(clients, 'g')).toBeUndefined();
  });

  test('a new default version reaches running instances through an instance refresh', async () => {
    const { sim, clients } = simulated();
    const t = await templateOn(sim, clients, 'wkr', b64('v1'));
    await group(clients, 'g', t.id, { MinSize: 2, DesiredCapacity: 2 });
    await sim.clock.sleep(60_000);
    await clients.ec2.send(
      new ec2.CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: t.id,
        SourceVersion: '1',
        LaunchTemplateData: { UserData: b64('v2') },
      }),
    );
    await clients.ec2.send(
      new ec2.ModifyLaunchTemplateCommand({ LaunchTemplateId: t.id, DefaultVersion: '2' }),
    );
    const r = await clients.autoScaling.send(
      new asg.StartInstanceRefreshCommand({ AutoScalingGroupName: 'g' }),
    );
    expect(
      await codeOf(
        clients.autoScaling.send(new asg.StartInstanceRefreshCommand({ AutoScalingGroupName: 'g' })),
      ),
    ).toBe('InstanceRefreshInProgressFault');
    for (let i = 0; i < 10; i++) await sim.clock.sleep(60_000).then(() => describeGroup(clients, 'g'));
    const refresh = await clients.autoScaling.send(
      new asg.DescribeInstanceRefreshesCommand({
        AutoScalingGroupName: 'g',
        InstanceRefreshIds: [r.InstanceRefreshId ?? ''],
      }),
    );
    expect(refresh.InstanceRefreshes?.[0]).toMatchObject({ Status: 'Successful', PercentageComplete: 100 });
    expect((await describeGroup(clients, 'g'))?.Instances?.map((i) => i.LaunchTemplate?.Version)).toEqual([
      '2',
      '2',
    ]);
  });

  test('a scheduled action scales the group to zero at its time (the in-AWS backstop)', async () => {
    const { sim, clients } = simulated();
    const t = await templateOn(sim, clients, 'wkr', b64('x'));
    await group(clients, 'g', t.id, { MinSize: 1, DesiredCapacity: 2 });
    await clients.autoScaling.send(
      new asg.PutScheduledUpdateGroupActionCommand({
        AutoScalingGroupName: 'g',
        ScheduledActionName: 'akrida-expiry',
        StartTime: new Date(sim.clock.now() + 3_600_000),
        MinSize: 0,
        DesiredCapacity: 0,
      }),
    );
    expect(
      (
        await clients.autoScaling.send(new asg.DescribeScheduledActionsCommand({ AutoScalingGroupName: 'g' }))
      ).ScheduledUpdateGroupActions?.map((a) => a.ScheduledActionName),
    ).toEqual(['akrida-expiry']);
    await sim.clock.sleep(3_600_000);
    await describeGroup(clients, 'g');
    await sim.clock.sleep(30_000);
    expect(await describeGroup(clients, 'g')).toMatchObject({
      MinSize: 0,
      DesiredCapacity: 0,
      Instances: [],
    });
  });

  test('a launch that fails (image gone) is reported as a failed activity and the group stays short', async () => {
    const { sim, clients } = simulated();
    const t = await templateOn(sim, clients, 'wkr', b64('x'));
    await clients.ec2.send(new ec2.DeregisterImageCommand({ ImageId: t.image }));
    await group(clients, 'g', t.id);
    const acts = await clients.autoScaling.send(
      new asg.DescribeScalingActivitiesCommand({ AutoScalingGroupName: 'g' }),
    );
    expect(acts.Activities?.[0]).toMatchObject({
      StatusCode: 'Failed',
      StatusMessage: expect.stringContaining('InvalidAMIID.NotFound'),
    });
    expect((await describeGroup(clients, 'g'))?.Instances).toEqual([]);
  });
});
