// The retry rules of src/aws/writes.ts, one write at a time: the simulated AWS carries the write
// out, answers 500 once, and the SDK sends it again, as it would against AWS.

import { readFileSync } from 'node:fs';
import * as autoScalingSdk from '@aws-sdk/client-auto-scaling';
import {
  AttachLoadBalancerTargetGroupsCommand,
  CreateOrUpdateTagsCommand,
  DetachLoadBalancerTargetGroupsCommand,
} from '@aws-sdk/client-auto-scaling';
import * as ec2Sdk from '@aws-sdk/client-ec2';
import {
  CreateImageCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  ModifyLaunchTemplateCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import * as elbv2Sdk from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  AddTagsCommand,
  ModifyListenerCommand,
  ModifyTargetGroupCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import * as ssmSdk from '@aws-sdk/client-ssm';
import { AddTagsToResourceCommand, DeleteParameterCommand, GetParameterCommand } from '@aws-sdk/client-ssm';
import type { Address } from '../../src/aws/address.js';
import { AwsOperationError } from '../../src/aws/errors.js';
import { putParameter } from '../../src/aws/parameters.js';
import { operationOf } from '../../src/aws/write-commands.js';
import { WRITE_RULES, type Written, write, writesMarkdown } from '../../src/aws/writes.js';
import { PROVEN_BY } from '../../src/generated.js';
import { clusterUp } from '../fixtures/cluster-up.js';
import { cluster, exampleAccount } from '../fixtures/example-cluster.js';

/** One cluster built by cluster-up, shared by the tests that each send one write to it. */
let built: ReturnType<typeof exampleAccount> | undefined;
const builtCluster = () => {
  built ??= exampleAccount().then(async (account) => {
    await clusterUp(account, cluster());
    return account;
  });
  return built;
};

describe('write rules', () => {
  test('"done": a repeat refused as not found is done', async () => {
    const { sim, clients } = await exampleAccount();
    sim.faults = { ambiguousOnce: ['DeleteParameter'] };
    const name = '/akrida/perf-example/wallet-account';
    const r = await write(clients.ssm, new DeleteParameterCommand({ Name: name }), {
      kind: 'parameter',
      name,
    });
    expect(r).toEqual({ done: 'already' });
    await expect(clients.ssm.send(new GetParameterCommand({ Name: name }))).rejects.toThrow(/not found/);
  });

  test('"adopt": an "already exists" answer calls the adopt function, other errors stay errors', async () => {
    const image: Address = { kind: 'image', name: 'x' };
    const refusing = (err: Error) => ({ send: () => Promise.reject(err) });
    const bake = () => new CreateImageCommand({ InstanceId: 'i-0123', Name: 'x' });
    const exists = new AwsOperationError(
      'CreateImage',
      image,
      'InvalidAMIName.Duplicate',
      'taken',
      undefined,
    );
    const r = await write(refusing(exists), bake(), image, {
      adopt: async () => ({ ImageId: 'ami-adopted' }),
    });
    expect(r).toEqual({ adopted: { ImageId: 'ami-adopted' } });
    const other = new AwsOperationError(
      'CreateImage',
      image,
      'InvalidInstanceID.NotFound',
      'gone',
      undefined,
    );
    await expect(write(refusing(other), bake(), image, { adopt: async () => ({}) })).rejects.toThrow(
      /InvalidInstanceID.NotFound/,
    );
  });

  test('"compare": a parameter created by a request whose answer was lost is not an error', async () => {
    const { sim, clients } = await exampleAccount();
    sim.faults = { ambiguousOnce: ['PutParameter'] };
    const spec = { name: '/akrida-ops/perf-example/X', value: 'v1', type: 'SecureString' as const, tags: [] };
    expect(await putParameter(clients, spec)).toBe('created');
    expect(await putParameter(clients, spec)).toBe('unchanged');
    expect(sim.ssm.parameters.get(spec.name)?.version).toBe(1);
  });

  test('"adopt" for images: a bake whose CreateImage answer was lost makes one image, not two', async () => {
    const account = await exampleAccount();
    account.sim.faults = { ambiguousOnce: ['CreateImage'] };
    await clusterUp(account, cluster());
    const images = await account.clients.ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
    expect(images.Images?.filter((i) => i.Name?.startsWith('perf-example-locust-'))).toHaveLength(1);
    expect(account.sim.ledger.filter((e) => e.operation === 'CreateImage' && e.ambiguous)).toHaveLength(1);
  });

  test.each([
    'TerminateInstances',
    'ModifyListener',
    'ModifyTargetGroup',
    'AddTags',
    'CreateOrUpdateTags',
    'AttachLoadBalancerTargetGroups',
    'DetachLoadBalancerTargetGroups',
    'AddTagsToResource',
    'CreateTags',
  ])('"idempotent": %s sent twice has the effect of once', async (op) => {
    const account = await builtCluster();
    const { sim, clients } = account;
    const lb = [...sim.elb.lbs.values()][0];
    const tg = [...sim.elb.tgs.values()][0];
    const listener = [...sim.elb.listeners.values()][0];
    const group = [...sim.asg.groups.values()][0];
    const instance = [...sim.ec2.instances.values()].find((i) => i.state === 'running');
    const at = (kind: Address['kind'], name = 'x'): Address => ({ kind, name });
    const writes: Record<string, () => Promise<Written<unknown>>> = {
      TerminateInstances: () =>
        write(
          clients.ec2,
          new TerminateInstancesCommand({ InstanceIds: [instance?.id ?? ''] }),
          at('instance', instance?.id),
        ),
      ModifyListener: () =>
        write(
          clients.elbv2,
          new ModifyListenerCommand({
            ListenerArn: listener?.arn,
            DefaultActions: [{ Type: 'forward', TargetGroupArn: listener?.targetGroupArn }],
          }),
          at('listener'),
        ),
      ModifyTargetGroup: () =>
        write(
          clients.elbv2,
          new ModifyTargetGroupCommand({ TargetGroupArn: tg?.arn, HealthCheckIntervalSeconds: 15 }),
          at('target-group'),
        ),
      AddTags: () =>
        write(
          clients.elbv2,
          new AddTagsCommand({ ResourceArns: [lb?.arn ?? ''], Tags: [{ Key: 'k', Value: 'v' }] }),
          at('load-balancer'),
        ),
      CreateOrUpdateTags: () =>
        write(
          clients.autoScaling,
          new CreateOrUpdateTagsCommand({
            Tags: [
              {
                ResourceId: group?.name,
                ResourceType: 'auto-scaling-group',
                Key: 'k',
                Value: 'v',
                PropagateAtLaunch: false,
              },
            ],
          }),
          at('auto-scaling-group', group?.name),
        ),
      AttachLoadBalancerTargetGroups: () =>
        write(
          clients.autoScaling,
          new AttachLoadBalancerTargetGroupsCommand({
            AutoScalingGroupName: group?.name,
            TargetGroupARNs: [tg?.arn ?? ''],
          }),
          at('auto-scaling-group', group?.name),
        ),
      DetachLoadBalancerTargetGroups: () =>
        write(
          clients.autoScaling,
          new DetachLoadBalancerTargetGroupsCommand({
            AutoScalingGroupName: group?.name,
            TargetGroupARNs: [tg?.arn ?? ''],
          }),
          at('auto-scaling-group', group?.name),
        ),
      AddTagsToResource: () =>
        write(
          clients.ssm,
          new AddTagsToResourceCommand({
            ResourceType: 'Parameter',
            ResourceId: '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD',
            Tags: [{ Key: 'k', Value: 'v' }],
          }),
          at('parameter'),
        ),
      CreateTags: () =>
        write(
          clients.ec2,
          new CreateTagsCommand({ Resources: [instance?.id ?? ''], Tags: [{ Key: 'k', Value: 'v' }] }),
          at('instance', instance?.id),
        ),
    };
    sim.faults = { ambiguousOnce: [op] };
    const before = sim.ledger.length;
    const r = await (writes[op] as () => Promise<Written<unknown>>)();
    expect('answer' in r).toBe(true);
    const sent = sim.ledger.slice(before).filter((e) => e.operation === op);
    expect(sent.map((e) => e.ambiguous ?? 'answered')).toEqual(['internal-error', 'answered']);
  });
});

describe('write(client, command, address)', () => {
  const sdks = [ec2Sdk, autoScalingSdk, elbv2Sdk, ssmSdk] as unknown as Record<string, unknown>[];

  test.each(Object.keys(WRITE_RULES))('%s: the operation comes from the SDK command itself', (op) => {
    const Command = sdks.map((sdk) => sdk[`${op}Command`]).find((c) => typeof c === 'function');
    expect(Command).toBeDefined();
    expect(operationOf(new (Command as new (input: object) => { schema?: unknown })({}))).toBe(op);
  });

  test('not from the class name, which a minifier may change', () => {
    const Renamed = class extends CreateTagsCommand {};
    Object.defineProperty(Renamed, 'name', { value: 'e' });
    expect(operationOf(new Renamed({ Resources: [], Tags: [] }))).toBe('CreateTags');
    expect(() => operationOf({})).toThrow(/no operation schema/);
  });

  test('a command without a rule does not type-check, and is refused before it is sent', async () => {
    const { sim, clients } = await exampleAccount();
    const before = sim.ledger.length;
    const read = new DescribeInstancesCommand({});
    // @ts-expect-error DescribeInstances is a read: it has no rule in WRITE_RULES
    const refused = write(clients.ec2, read, { kind: 'instance', name: 'i-0123' });
    await expect(refused).rejects.toThrow(
      'DescribeInstances has no write rule: add one to WRITE_RULES in src/aws/writes.ts',
    );
    expect(sim.ledger.length).toBe(before);
  });

  test('a failed write names its address in words and carries it as data', async () => {
    const { clients } = await exampleAccount();
    const address: Address = { kind: 'launch-template', name: 'lt-0123456789abcdef0' };
    const err = await write(
      clients.ec2,
      new ModifyLaunchTemplateCommand({ LaunchTemplateId: address.name, DefaultVersion: '2' }),
      address,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AwsOperationError);
    const failed = err as AwsOperationError;
    expect(failed.message).toMatch(/^ModifyLaunchTemplate on launch template lt-0123456789abcdef0 failed: /);
    expect(failed.operation).toBe('ModifyLaunchTemplate');
    expect(failed.address).toEqual(address);
    expect(failed.addresses).toEqual([address]);
  });
});

describe('docs/writes.md', () => {
  test('lists every write with its rule and the test that proves it (run npm run build)', () => {
    expect(readFileSync('docs/writes.md', 'utf8')).toBe(writesMarkdown(PROVEN_BY));
    for (const op of Object.keys(WRITE_RULES)) expect(PROVEN_BY[op] ?? PROVEN_BY['*']).toBeTruthy();
  });
});
