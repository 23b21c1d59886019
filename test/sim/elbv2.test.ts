// The simulated ELBv2: load balancers, target groups, listeners and target health.
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  ACAPY_USER_DATA,
  albWithTargetGroup,
  describeGroup,
  group,
  targetStates,
  templateOn,
  WORKER_USER_DATA,
} from '../fixtures/cluster-sim.js';
import { codeOf, SUBNETS, simulated, VPC } from '../fixtures/sim.js';

describe('load balancers', () => {
  test('provisioning -> active with an internal DNS name; same name and settings is idempotent, other settings are not', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/status/live', 8080);
    expect(a.dns).toMatch(/^internal-perf-acapy-adm-[0-9a-f]{10}\.us-east-1\.elb\.amazonaws\.com$/);
    const state = async () =>
      (await clients.elbv2.send(new elb.DescribeLoadBalancersCommand({ Names: ['perf-acapy-adm'] })))
        .LoadBalancers?.[0]?.State?.Code;
    expect(await state()).toBe('provisioning');
    await sim.clock.sleep(150_000);
    expect(await state()).toBe('active');
    const again = await clients.elbv2.send(
      new elb.CreateLoadBalancerCommand({
        Name: 'perf-acapy-adm',
        Subnets: SUBNETS,
        SecurityGroups: [a.sgId],
        Scheme: 'internal',
      }),
    );
    expect(again.LoadBalancers?.[0]?.LoadBalancerArn).toBe(a.lbArn);
    expect(
      await codeOf(
        clients.elbv2.send(
          new elb.CreateLoadBalancerCommand({
            Name: 'perf-acapy-adm',
            Subnets: SUBNETS,
            SecurityGroups: [a.sgId],
            Scheme: 'internet-facing',
          }),
        ),
      ),
    ).toBe('DuplicateLoadBalancerNameException');
  });

  test('validation and not-found errors', async () => {
    const { clients } = simulated();
    await expect(
      clients.elbv2.send(
        new elb.CreateLoadBalancerCommand({ Name: 'one-subnet', Subnets: [SUBNETS[0] ?? ''] }),
      ),
    ).rejects.toThrow('At least two subnets in two different Availability Zones must be specified');
    expect(
      await codeOf(
        clients.elbv2.send(new elb.CreateLoadBalancerCommand({ Name: '-bad-', Subnets: SUBNETS })),
      ),
    ).toBe('ValidationError');
    expect(await codeOf(clients.elbv2.send(new elb.DescribeLoadBalancersCommand({ Names: ['ghost'] })))).toBe(
      'LoadBalancerNotFoundException',
    );
    expect(await codeOf(clients.elbv2.send(new elb.DescribeTargetGroupsCommand({ Names: ['ghost'] })))).toBe(
      'TargetGroupNotFoundException',
    );
    await expect(
      clients.elbv2.send(
        new elb.CreateTargetGroupCommand({
          Name: 'tg',
          Protocol: 'HTTP',
          Port: 80,
          VpcId: VPC,
          HealthCheckIntervalSeconds: 10,
          HealthCheckTimeoutSeconds: 10,
        }),
      ),
    ).rejects.toThrow('Health check timeout must be smaller than the interval');
    expect(
      await codeOf(
        clients.elbv2.send(
          new elb.DescribeTagsCommand({ ResourceArns: Array.from({ length: 21 }, (_, i) => `arn:${i}`) }),
        ),
      ),
    ).toBe('ValidationError');
  });

  test('a second listener on a port, and deleting a target group in use, are refused', async () => {
    const { clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-trn', 8151, '/', 80);
    const other = await clients.elbv2.send(
      new elb.CreateTargetGroupCommand({ Name: 'other', Protocol: 'HTTP', Port: 9000, VpcId: VPC }),
    );
    const otherArn = other.TargetGroups?.[0]?.TargetGroupArn ?? '';
    expect(
      await codeOf(
        clients.elbv2.send(
          new elb.CreateListenerCommand({
            LoadBalancerArn: a.lbArn,
            Port: 80,
            Protocol: 'HTTP',
            DefaultActions: [{ Type: 'forward', TargetGroupArn: otherArn }],
          }),
        ),
      ),
    ).toBe('DuplicateListenerException');
    expect(
      await codeOf(clients.elbv2.send(new elb.DeleteTargetGroupCommand({ TargetGroupArn: a.tgArn }))),
    ).toBe('ResourceInUseException');
  });

  test('a deleted load balancer holds its security group for a while (DependencyViolation), then releases it', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/status/live', 8080);
    const { DeleteSecurityGroupCommand } = await import('@aws-sdk/client-ec2');
    expect(await codeOf(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: a.sgId })))).toBe(
      'DependencyViolation',
    );
    await clients.elbv2.send(new elb.DeleteLoadBalancerCommand({ LoadBalancerArn: a.lbArn }));
    expect(await codeOf(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: a.sgId })))).toBe(
      'DependencyViolation',
    );
    await sim.clock.sleep(30_000);
    await clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: a.sgId }));
    await clients.elbv2.send(new elb.DeleteTargetGroupCommand({ TargetGroupArn: a.tgArn }));
  });
});

describe('target health follows the instance and the path it serves', () => {
  test('ACA-Py answers /status/live on 8150: initial, then healthy after 2 x 12 s once booted', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/status/live', 8080);
    const t = await templateOn(sim, clients, 'acapy', ACAPY_USER_DATA);
    await group(clients, 'acapy', t.id, {
      TargetGroupARNs: [a.tgArn],
      HealthCheckType: 'ELB',
      HealthCheckGracePeriod: 300,
    });
    expect(await targetStates(clients, a.tgArn)).toEqual(['initial']);
    // boot 40 s + ACA-Py start 120 s + 2 healthy checks at 12 s
    await sim.clock.sleep(40_000 + 120_000 + 24_000);
    expect(await targetStates(clients, a.tgArn)).toEqual(['healthy']);
  });

  test('a path the instance does not serve turns unhealthy; without a listener the target is unused', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/not-served', 8080);
    const loose = await clients.elbv2.send(
      new elb.CreateTargetGroupCommand({
        Name: 'loose',
        Protocol: 'HTTP',
        Port: 8150,
        VpcId: VPC,
        HealthCheckPath: '/status/live',
      }),
    );
    const t = await templateOn(sim, clients, 'acapy', ACAPY_USER_DATA);
    await group(clients, 'acapy', t.id, {
      TargetGroupARNs: [a.tgArn, loose.TargetGroups?.[0]?.TargetGroupArn ?? ''],
    });
    await sim.clock.sleep(300_000);
    expect(await targetStates(clients, a.tgArn)).toEqual(['unhealthy']);
    const r = await clients.elbv2.send(
      new elb.DescribeTargetHealthCommand({ TargetGroupArn: loose.TargetGroups?.[0]?.TargetGroupArn }),
    );
    expect(r.TargetHealthDescriptions?.[0]?.TargetHealth).toEqual({
      State: 'unused',
      Reason: 'Target.NotInUse',
    });
  });

  test('an injected unhealthy instance never passes', async () => {
    const { sim, clients } = simulated({ faults: { unhealthyInstance: () => true } });
    const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/status/live', 8080);
    const t = await templateOn(sim, clients, 'acapy', ACAPY_USER_DATA);
    await group(clients, 'acapy', t.id, { TargetGroupARNs: [a.tgArn] });
    await sim.clock.sleep(600_000);
    expect(await targetStates(clients, a.tgArn)).toEqual(['unhealthy']);
  });

  test('Locust workers serve no HTTP: ELB health checks on 8089 kill them, EC2 health checks keep them', async () => {
    const { sim, clients } = simulated();
    const a = await albWithTargetGroup(clients, 'perf-workers', 8089, '/', 8089);
    const t = await templateOn(sim, clients, 'worker', WORKER_USER_DATA);
    await group(clients, 'elb-checked', t.id, {
      TargetGroupARNs: [a.tgArn],
      HealthCheckType: 'ELB',
      HealthCheckGracePeriod: 60,
    });
    await group(clients, 'ec2-checked', t.id, { HealthCheckType: 'EC2' });
    const first = (await describeGroup(clients, 'elb-checked'))?.Instances?.[0]?.InstanceId;
    const kept = (await describeGroup(clients, 'ec2-checked'))?.Instances?.[0]?.InstanceId;
    await sim.clock.sleep(200_000);
    await describeGroup(clients, 'elb-checked');
    const after = (await describeGroup(clients, 'elb-checked'))?.Instances?.map((i) => i.InstanceId);
    expect(after).not.toContain(first);
    expect((await describeGroup(clients, 'ec2-checked'))?.Instances?.map((i) => i.InstanceId)).toEqual([
      kept,
    ]);
  });
});
