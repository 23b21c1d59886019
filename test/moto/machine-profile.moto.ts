// A machine moved to its instance profile in place, through the real SDK clients against moto
// server (an AWS written by others), reached the standard way (AWS_ENDPOINT_URL): a replace of the
// association of a machine launched under the old shared profile, an association for one launched
// with none, and a second call that finds each done and sends nothing. A machine resized in place:
// stopped, its type set while stopped, the same instance with its address.
import * as ec2 from '@aws-sdk/client-ec2';
import * as iam from '@aws-sdk/client-iam';
import { jest } from '@jest/globals';
import type { AwsContext } from '../../src/aws/context.js';
import { ensureMachineProfile, profileOfArn } from '../../src/resources/machine-profile.js';
import { resizeMachine } from '../../src/resources/machine-resize.js';
import type { FoundMachine } from '../../src/resources/machines.js';
import { MOTO_AVAILABLE, motoContext } from '../fixtures/moto.js';

jest.setTimeout(180_000);

const maybe = MOTO_AVAILABLE ? describe : describe.skip;

maybe('a machine moved to its instance profile, on moto', () => {
  let ctx: AwsContext;
  let close: () => Promise<void>;
  let writes = 0;

  beforeAll(async () => {
    ({ ctx, close } = await motoContext());
    ctx.clients.ec2.middlewareStack.add(
      (next, context) => async (args) => {
        if (
          /IamInstanceProfile/.test(String(context.commandName)) &&
          !/^Describe/.test(String(context.commandName))
        )
          writes += 1;
        return next(args);
      },
      { step: 'initialize', name: 'countProfileWrites' },
    );
    const i = new iam.IAMClient({ region: 'us-east-1' });
    for (const name of ['akrida-ops-instance', 'akrida-ops-issuer-example', 'akrida-ops-instance-example']) {
      await i.send(new iam.CreateRoleCommand({ RoleName: name, AssumeRolePolicyDocument: '{}' }));
      await i.send(new iam.CreateInstanceProfileCommand({ InstanceProfileName: name }));
      await i.send(new iam.AddRoleToInstanceProfileCommand({ InstanceProfileName: name, RoleName: name }));
    }
    i.destroy();
  }, 60_000);

  afterAll(async () => {
    await close?.();
  });

  const launch = async (profile?: string) => {
    const e = ctx.clients.ec2;
    const image = (await e.send(new ec2.DescribeImagesCommand({}))).Images?.[0]?.ImageId;
    const r = await e.send(
      new ec2.RunInstancesCommand({
        ImageId: image,
        MinCount: 1,
        MaxCount: 1,
        ...(profile ? { IamInstanceProfile: { Name: profile } } : {}),
      }),
    );
    return r.Instances?.[0]?.InstanceId as string;
  };
  const profileOf = async (id: string) => {
    const r = await ctx.clients.ec2.send(
      new ec2.DescribeIamInstanceProfileAssociationsCommand({
        Filters: [{ Name: 'instance-id', Values: [id] }],
      }),
    );
    return r.IamInstanceProfileAssociations?.map((a) => [profileOfArn(a.IamInstanceProfile?.Arn), a.State]);
  };

  test('the shared profile replaced, a missing one associated; again: nothing sent', async () => {
    const issuer = await launch('akrida-ops-instance');
    const database = await launch();
    const address = (name: string) => ({ kind: 'machine' as const, name, cluster: 'example' });
    expect(await ensureMachineProfile(ctx, issuer, 'akrida-ops-issuer-example', address('issuer'))).toBe(
      true,
    );
    expect(
      await ensureMachineProfile(ctx, database, 'akrida-ops-instance-example', address('database')),
    ).toBe(true);
    expect(await profileOf(issuer)).toEqual([['akrida-ops-issuer-example', 'associated']]);
    expect(await profileOf(database)).toEqual([['akrida-ops-instance-example', 'associated']]);
    expect(writes).toBe(2);
    expect(await ensureMachineProfile(ctx, issuer, 'akrida-ops-issuer-example', address('issuer'))).toBe(
      false,
    );
    expect(
      await ensureMachineProfile(ctx, database, 'akrida-ops-instance-example', address('database')),
    ).toBe(false);
    expect(writes).toBe(2);
  });

  test('a machine resized: stopped, its type set, the same instance and address', async () => {
    const id = await launch();
    const describe = async () =>
      (await ctx.clients.ec2.send(new ec2.DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]
        ?.Instances?.[0];
    const before = await describe();
    const m: FoundMachine = {
      id,
      role: 'database',
      state: before?.State?.Name ?? '?',
      instanceType: before?.InstanceType ?? '?',
      tags: {},
      securityGroupIds: [],
      metadata: {},
    };
    const resized = await resizeMachine(ctx, m, 't3a.medium', {
      kind: 'machine',
      name: 'database',
      id,
    });
    expect(resized.state).toBe('stopped');
    const after = await describe();
    expect(after?.State?.Name).toBe('stopped');
    expect(after?.InstanceType).toBe('t3a.medium');
    expect(after?.PrivateIpAddress).toBe(before?.PrivateIpAddress);
  });
});
