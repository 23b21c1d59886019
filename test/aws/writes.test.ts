// The retry rules of src/aws/writes.ts, one write at a time: the simulated AWS carries the write
// out, answers 500 once, and the SDK sends it again, as it would against AWS.

import { readFileSync } from 'node:fs';
import { CreateOrUpdateTagsCommand } from '@aws-sdk/client-auto-scaling';
import { CreateTagsCommand, DescribeImagesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import {
  AddTagsCommand,
  ModifyListenerCommand,
  ModifyTargetGroupCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { AddTagsToResourceCommand, DeleteParameterCommand, GetParameterCommand } from '@aws-sdk/client-ssm';
import { AwsOperationError } from '../../src/aws/errors.js';
import { putParameter } from '../../src/aws/parameters.js';
import { WRITE_RULES, write, writesMarkdown } from '../../src/aws/writes.js';
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
    const r = await write('DeleteParameter', `parameter ${name}`, () =>
      clients.ssm.send(new DeleteParameterCommand({ Name: name })),
    );
    expect(r).toEqual({ done: 'already' });
    await expect(clients.ssm.send(new GetParameterCommand({ Name: name }))).rejects.toThrow(/not found/);
  });

  test('"adopt": an "already exists" answer calls the adopt function, other errors stay errors', async () => {
    const exists = new AwsOperationError('CreateImage', 'x', 'InvalidAMIName.Duplicate', 'taken', undefined);
    const r = await write('CreateImage', 'image x', () => Promise.reject(exists), {
      adopt: async () => ({ ImageId: 'ami-adopted' }),
    });
    expect(r).toEqual({ adopted: { ImageId: 'ami-adopted' } });
    const other = new AwsOperationError('CreateImage', 'x', 'InvalidInstanceID.NotFound', 'gone', undefined);
    await expect(
      write('CreateImage', 'image x', () => Promise.reject(other), { adopt: async () => ({}) }),
    ).rejects.toThrow(/InvalidInstanceID.NotFound/);
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
    const calls: Record<string, () => Promise<unknown>> = {
      TerminateInstances: () =>
        clients.ec2.send(new TerminateInstancesCommand({ InstanceIds: [instance?.id ?? ''] })),
      ModifyListener: () =>
        clients.elbv2.send(
          new ModifyListenerCommand({
            ListenerArn: listener?.arn,
            DefaultActions: [{ Type: 'forward', TargetGroupArn: listener?.targetGroupArn }],
          }),
        ),
      ModifyTargetGroup: () =>
        clients.elbv2.send(
          new ModifyTargetGroupCommand({ TargetGroupArn: tg?.arn, HealthCheckIntervalSeconds: 15 }),
        ),
      AddTags: () =>
        clients.elbv2.send(
          new AddTagsCommand({ ResourceArns: [lb?.arn ?? ''], Tags: [{ Key: 'k', Value: 'v' }] }),
        ),
      CreateOrUpdateTags: () =>
        clients.autoScaling.send(
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
        ),
      AddTagsToResource: () =>
        clients.ssm.send(
          new AddTagsToResourceCommand({
            ResourceType: 'Parameter',
            ResourceId: '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD',
            Tags: [{ Key: 'k', Value: 'v' }],
          }),
        ),
      CreateTags: () =>
        clients.ec2.send(
          new CreateTagsCommand({ Resources: [instance?.id ?? ''], Tags: [{ Key: 'k', Value: 'v' }] }),
        ),
    };
    sim.faults = { ambiguousOnce: [op] };
    const before = sim.ledger.length;
    const r = await write(op as keyof typeof WRITE_RULES, op, calls[op] as () => Promise<unknown>);
    expect('answer' in r).toBe(true);
    const sent = sim.ledger.slice(before).filter((e) => e.operation === op);
    expect(sent.map((e) => e.ambiguous ?? 'answered')).toEqual(['internal-error', 'answered']);
  });
});

describe('docs/writes.md', () => {
  test('lists every write with its rule and the test that proves it (run npm run build)', () => {
    expect(readFileSync('docs/writes.md', 'utf8')).toBe(writesMarkdown(PROVEN_BY));
    for (const op of Object.keys(WRITE_RULES)) expect(PROVEN_BY[op] ?? PROVEN_BY['*']).toBeTruthy();
  });
});
