// The simulated EC2 keeps state and enforces EC2's rules.
import * as ec2 from '@aws-sdk/client-ec2';
import { codeOf, SUBNETS, simulated, VPC } from '../fixtures/sim.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function account(opts: Parameters<typeof simulated>[0] = {}) {
  const s = simulated(opts);
  const source = s.sim.ec2.seedInstance({
    instanceType: 't3.large',
    subnetId: SUBNETS[0] ?? '',
    tags: { Name: 'standalone' },
  });
  const send = <T>(cmd: { input: unknown }) => s.clients.ec2.send(cmd as never) as Promise<T>;
  return { ...s, source, send };
}

describe('instances', () => {
  test('pending -> running after the modelled boot time, with a private IP in the subnet', async () => {
    const { sim, clients, source } = account();
    const image = sim.ec2.seedImage('base');
    const r = await clients.ec2.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 2,
        MaxCount: 2,
        InstanceType: 't3.micro',
        SubnetId: SUBNETS[1],
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'role', Value: 'w' }] }],
      }),
    );
    expect(r.Instances?.map((i) => i.State?.Name)).toEqual(['pending', 'pending']);
    expect(r.Instances?.[0]?.PrivateIpAddress).toMatch(/^10\.0\.1[6-9]\.\d+$/);
    await sim.clock.sleep(40_000);
    const d = await clients.ec2.send(
      new ec2.DescribeInstancesCommand({
        Filters: [
          { Name: 'tag:role', Values: ['w'] },
          { Name: 'instance-state-name', Values: ['running'] },
        ],
      }),
    );
    expect(
      d.Reservations?.flatMap((x) => x.Instances ?? [])
        .map((i) => i.InstanceId)
        .sort(),
    ).toEqual(r.Instances?.map((i) => i.InstanceId).sort());
    expect(source.state).toBe('running');
  });

  test('stop, terminate and the errors for unknown ids and wrong states', async () => {
    const { sim, clients, source } = account();
    await clients.ec2.send(new ec2.StopInstancesCommand({ InstanceIds: [source.id] }));
    await sim.clock.sleep(30_000);
    const d = await clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [source.id] }));
    expect(d.Reservations?.[0]?.Instances?.[0]?.State?.Name).toBe('stopped');
    await clients.ec2.send(new ec2.TerminateInstancesCommand({ InstanceIds: [source.id] }));
    expect(await codeOf(clients.ec2.send(new ec2.StopInstancesCommand({ InstanceIds: [source.id] })))).toBe(
      'IncorrectInstanceState',
    );
    expect(
      await codeOf(
        clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: ['i-0000000000000dead'] })),
      ),
    ).toBe('InvalidInstanceID.NotFound');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.DescribeInstancesCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] }),
        ),
      ),
    ).toBe('InvalidParameterValue');
  });

  test('a new instance is invisible during the consistency window', async () => {
    const { sim, clients } = account({ faults: { consistencyWindowMs: 3_000 } });
    const image = sim.ec2.seedImage('base');
    const r = await clients.ec2.send(
      new ec2.RunInstancesCommand({ ImageId: image, MinCount: 1, MaxCount: 1, SubnetId: SUBNETS[0] }),
    );
    const id = r.Instances?.[0]?.InstanceId ?? '';
    expect(await codeOf(clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [id] })))).toBe(
      'InvalidInstanceID.NotFound',
    );
    await sim.clock.sleep(3_000);
    const d = await clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [id] }));
    expect(d.Reservations?.[0]?.Instances?.[0]?.InstanceId).toBe(id);
  });

  test('ClientToken makes RunInstances idempotent; an unavailable image is refused', async () => {
    const { sim, clients, source } = account();
    const image = sim.ec2.seedImage('base');
    const a = await clients.ec2.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: SUBNETS[0],
        ClientToken: 'tok-1',
      }),
    );
    const b = await clients.ec2.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: SUBNETS[0],
        ClientToken: 'tok-1',
      }),
    );
    expect(b.Instances?.[0]?.InstanceId).toBe(a.Instances?.[0]?.InstanceId);
    const pending = await clients.ec2.send(
      new ec2.CreateImageCommand({ InstanceId: source.id, Name: 'not-yet' }),
    );
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.RunInstancesCommand({
            ImageId: pending.ImageId,
            MinCount: 1,
            MaxCount: 1,
            SubnetId: SUBNETS[0],
          }),
        ),
      ),
    ).toBe('InvalidAMIID.Unavailable');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.RunInstancesCommand({
            ImageId: 'ami-0000000000000dead',
            MinCount: 1,
            MaxCount: 1,
            SubnetId: SUBNETS[0],
          }),
        ),
      ),
    ).toBe('InvalidAMIID.NotFound');
  });

  test('describes paginate with NextToken through the SDK paginator', async () => {
    const { sim, clients } = account();
    const image = sim.ec2.seedImage('base');
    await clients.ec2.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 7,
        MaxCount: 7,
        SubnetId: SUBNETS[0],
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'batch', Value: 'p' }] }],
      }),
    );
    const pages: number[] = [];
    for await (const p of ec2.paginateDescribeInstances(
      { client: clients.ec2, pageSize: 5 },
      { Filters: [{ Name: 'tag:batch', Values: ['p'] }] },
    )) {
      pages.push(p.Reservations?.length ?? 0);
    }
    expect(pages).toEqual([5, 2]);
  });
});

describe('images and snapshots', () => {
  test('CreateImage goes pending -> available; names are unique; snapshots are held until deregistration', async () => {
    const { sim, clients, source } = account();
    const r = await clients.ec2.send(
      new ec2.CreateImageCommand({
        InstanceId: source.id,
        Name: 'locust-1',
        TagSpecifications: [{ ResourceType: 'image', Tags: [{ Key: 'akrida:role', Value: 'locust-image' }] }],
      }),
    );
    const state = async () =>
      (await clients.ec2.send(new ec2.DescribeImagesCommand({ ImageIds: [r.ImageId ?? ''] }))).Images?.[0];
    expect((await state())?.State).toBe('pending');
    await sim.clock.sleep(420_000);
    const img = await state();
    expect(img?.State).toBe('available');
    expect(
      await codeOf(clients.ec2.send(new ec2.CreateImageCommand({ InstanceId: source.id, Name: 'locust-1' }))),
    ).toBe('InvalidAMIName.Duplicate');
    const snap = img?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId ?? '';
    expect(await codeOf(clients.ec2.send(new ec2.DeleteSnapshotCommand({ SnapshotId: snap })))).toBe(
      'InvalidSnapshot.InUse',
    );
    await clients.ec2.send(new ec2.DeregisterImageCommand({ ImageId: r.ImageId }));
    await clients.ec2.send(new ec2.DeleteSnapshotCommand({ SnapshotId: snap }));
    expect(
      await codeOf(clients.ec2.send(new ec2.DescribeImagesCommand({ ImageIds: [r.ImageId ?? ''] }))),
    ).toBe('InvalidAMIID.NotFound');
    expect(await codeOf(clients.ec2.send(new ec2.DeleteSnapshotCommand({ SnapshotId: snap })))).toBe(
      'InvalidSnapshot.NotFound',
    );
  });

  test('an injected image failure ends in state failed with a reason', async () => {
    const { sim, clients, source } = account({ faults: { failImage: (n) => n.startsWith('acapy') } });
    const r = await clients.ec2.send(new ec2.CreateImageCommand({ InstanceId: source.id, Name: 'acapy-1' }));
    await sim.clock.sleep(420_000);
    const img = (await clients.ec2.send(new ec2.DescribeImagesCommand({ ImageIds: [r.ImageId ?? ''] })))
      .Images?.[0];
    expect(img?.State).toBe('failed');
    expect(img?.StateReason?.Code).toBe('Client.InternalError');
  });

  test('an image of a terminated instance is refused', async () => {
    const { sim, clients, source } = account();
    await clients.ec2.send(new ec2.TerminateInstancesCommand({ InstanceIds: [source.id] }));
    await sim.clock.sleep(30_000);
    expect(
      await codeOf(clients.ec2.send(new ec2.CreateImageCommand({ InstanceId: source.id, Name: 'too-late' }))),
    ).toBe('IncorrectInstanceState');
  });
});

describe('security groups', () => {
  const perm = (port: number, src: { cidr: string } | { group: string }): ec2.IpPermission => ({
    IpProtocol: 'tcp',
    FromPort: port,
    ToPort: port,
    ...('cidr' in src
      ? { IpRanges: [{ CidrIp: src.cidr }] }
      : { UserIdGroupPairs: [{ GroupId: src.group }] }),
  });

  test('duplicate groups and duplicate rules get the real error codes, and a failed call adds nothing', async () => {
    const { clients, sim } = account();
    const a = await clients.ec2.send(
      new ec2.CreateSecurityGroupCommand({ GroupName: 'lb', Description: 'lb', VpcId: VPC }),
    );
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateSecurityGroupCommand({ GroupName: 'lb', Description: 'again', VpcId: VPC }),
        ),
      ),
    ).toBe('InvalidGroup.Duplicate');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateSecurityGroupCommand({
            GroupName: 'x',
            Description: 'x',
            VpcId: 'vpc-00000000000000bad',
          }),
        ),
      ),
    ).toBe('InvalidVpcID.NotFound');
    await clients.ec2.send(
      new ec2.AuthorizeSecurityGroupIngressCommand({
        GroupId: a.GroupId,
        IpPermissions: [perm(8080, { cidr: '203.0.113.0/24' })],
      }),
    );
    const err = clients.ec2.send(
      new ec2.AuthorizeSecurityGroupIngressCommand({
        GroupId: a.GroupId,
        IpPermissions: [perm(80, { cidr: '10.0.0.0/16' }), perm(8080, { cidr: '203.0.113.0/24' })],
      }),
    );
    await expect(err).rejects.toThrow(
      'the specified rule "peer: 203.0.113.0/24, TCP, from port: 8080, to port: 8080, ALLOW" already exists',
    );
    expect([...sim.ec2.rules.values()].map((r) => r.fromPort)).toEqual([8080]);
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.AuthorizeSecurityGroupIngressCommand({
            GroupId: a.GroupId,
            IpPermissions: [perm(80, { group: 'sg-0000000000000dead' })],
          }),
        ),
      ),
    ).toBe('InvalidGroup.NotFound');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.RevokeSecurityGroupIngressCommand({
            GroupId: a.GroupId,
            SecurityGroupRuleIds: ['sgr-0000000000000dead'],
          }),
        ),
      ),
    ).toBe('InvalidSecurityGroupRuleId.NotFound');
  });

  test('a group referenced by another group, or used by an instance, cannot be deleted', async () => {
    const { clients, sim } = account();
    const lb = await clients.ec2.send(
      new ec2.CreateSecurityGroupCommand({ GroupName: 'lb', Description: 'lb', VpcId: VPC }),
    );
    const perf = await clients.ec2.send(
      new ec2.CreateSecurityGroupCommand({ GroupName: 'perf', Description: 'perf', VpcId: VPC }),
    );
    await clients.ec2.send(
      new ec2.AuthorizeSecurityGroupIngressCommand({
        GroupId: perf.GroupId,
        IpPermissions: [perm(8150, { group: lb.GroupId ?? '' })],
      }),
    );
    await expect(
      clients.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: lb.GroupId })),
    ).rejects.toThrow(
      `resource ${lb.GroupId} has a dependent object (a rule of ${perf.GroupId} refers to it)`,
    );
    const image = sim.ec2.seedImage('base');
    const run = await clients.ec2.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 1,
        MaxCount: 1,
        SubnetId: SUBNETS[0],
        SecurityGroupIds: [perf.GroupId ?? ''],
      }),
    );
    expect(
      await codeOf(clients.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: perf.GroupId }))),
    ).toBe('DependencyViolation');
    await clients.ec2.send(
      new ec2.TerminateInstancesCommand({ InstanceIds: [run.Instances?.[0]?.InstanceId ?? ''] }),
    );
    await sim.clock.sleep(30_000);
    await clients.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: perf.GroupId }));
    await clients.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: lb.GroupId }));
    expect(await codeOf(clients.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: lb.GroupId })))).toBe(
      'InvalidGroup.NotFound',
    );
  });
});

describe('launch templates', () => {
  test('versions, $Default and $Latest, user data stored base64', async () => {
    const { clients } = account();
    const t = await clients.ec2.send(
      new ec2.CreateLaunchTemplateCommand({
        LaunchTemplateName: 'perf-acapy',
        LaunchTemplateData: { UserData: b64('v1') },
      }),
    );
    const id = t.LaunchTemplate?.LaunchTemplateId ?? '';
    await clients.ec2.send(
      new ec2.CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: id,
        LaunchTemplateData: { UserData: b64('v2') },
      }),
    );
    const get = async (v: string) =>
      (
        await clients.ec2.send(
          new ec2.DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: [v] }),
        )
      ).LaunchTemplateVersions?.[0];
    expect((await get('$Default'))?.VersionNumber).toBe(1);
    expect((await get('$Latest'))?.LaunchTemplateData?.UserData).toBe(b64('v2'));
    await clients.ec2.send(
      new ec2.ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: '2' }),
    );
    expect((await get('$Default'))?.VersionNumber).toBe(2);
    expect(
      await codeOf(
        clients.ec2.send(new ec2.ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: '9' })),
      ),
    ).toBe('InvalidLaunchTemplateId.VersionNotFound');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateLaunchTemplateCommand({ LaunchTemplateName: 'perf-acapy', LaunchTemplateData: {} }),
        ),
      ),
    ).toBe('InvalidLaunchTemplateName.AlreadyExistsException');
    expect(
      await codeOf(
        clients.ec2.send(new ec2.DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['nope'] })),
      ),
    ).toBe('InvalidLaunchTemplateName.NotFoundException');
  });

  test('user data must be base64 and at most 16 KB', async () => {
    const { clients } = account();
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateLaunchTemplateCommand({
            LaunchTemplateName: 'bad',
            LaunchTemplateData: { UserData: '#!/bin/bash' },
          }),
        ),
      ),
    ).toBe('InvalidUserData.Malformed');
    await expect(
      clients.ec2.send(
        new ec2.CreateLaunchTemplateCommand({
          LaunchTemplateName: 'big',
          LaunchTemplateData: { UserData: b64('x'.repeat(16 * 1024 + 1)) },
        }),
      ),
    ).rejects.toThrow('User data is limited to 16384 bytes (got 16385).');
  });
});

describe('tags', () => {
  test('CreateTags and DeleteTags on any EC2 resource; filters see them; unknown ids are refused', async () => {
    const { clients, source } = account();
    await clients.ec2.send(
      new ec2.CreateTagsCommand({
        Resources: [source.id],
        Tags: [
          { Key: 'akrida:cluster', Value: 'x' },
          { Key: 'tmp', Value: '1' },
        ],
      }),
    );
    await clients.ec2.send(new ec2.DeleteTagsCommand({ Resources: [source.id], Tags: [{ Key: 'tmp' }] }));
    const d = await clients.ec2.send(
      new ec2.DescribeInstancesCommand({ Filters: [{ Name: 'tag:akrida:cluster', Values: ['x'] }] }),
    );
    expect(d.Reservations?.[0]?.Instances?.[0]?.Tags).toEqual([
      { Key: 'Name', Value: 'standalone' },
      { Key: 'akrida:cluster', Value: 'x' },
    ]);
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateTagsCommand({ Resources: ['i-0000000000000dead'], Tags: [{ Key: 'a', Value: 'b' }] }),
        ),
      ),
    ).toBe('InvalidID');
    expect(
      await codeOf(
        clients.ec2.send(
          new ec2.CreateTagsCommand({ Resources: ['vol-1'], Tags: [{ Key: 'a', Value: 'b' }] }),
        ),
      ),
    ).toBe('InvalidID');
  });
});
