// The simulated Systems Manager: Run Command invocations and Parameter Store.
import * as ssm from '@aws-sdk/client-ssm';
import { STDERR_LIMIT, STDOUT_LIMIT } from '../../src/sim/ssm.js';
import { codeOf, SUBNETS, simulated } from '../fixtures/sim.js';

function withInstances(n: number, opts: Parameters<typeof simulated>[0] = {}) {
  const s = simulated(opts);
  const ids = Array.from(
    { length: n },
    (_, i) =>
      s.sim.ec2.seedInstance({
        instanceType: 't3.large',
        subnetId: SUBNETS[0] ?? '',
        tags: { role: i % 2 ? 'odd' : 'even' },
      }).id,
  );
  return { ...s, ids };
}

const send = (c: ssm.SSMClient, input: Partial<ssm.SendCommandCommandInput>) =>
  c.send(
    new ssm.SendCommandCommand({
      DocumentName: 'AWS-RunShellScript',
      Parameters: { commands: ['echo hi'] },
      ...input,
    }),
  );

describe('Run Command', () => {
  test('Pending -> InProgress -> Success, with what the handler printed', async () => {
    const { sim, clients, ids } = withInstances(1);
    sim.onCommand(({ instance, script }) => ({
      exitCode: 0,
      stdout: `${instance.id}: ${script}\n`,
      seconds: 60,
    }));
    const r = await send(clients.ssm, { InstanceIds: ids, Comment: 'docker build' });
    const get = () =>
      clients.ssm.send(
        new ssm.GetCommandInvocationCommand({ CommandId: r.Command?.CommandId, InstanceId: ids[0] }),
      );
    expect((await get()).Status).toBe('Pending');
    await sim.clock.sleep(2_000);
    expect((await get()).Status).toBe('InProgress');
    await sim.clock.sleep(60_000);
    expect(await get()).toMatchObject({
      Status: 'Success',
      ResponseCode: 0,
      StandardOutputContent: `${ids[0]}: echo hi\n`,
    });
  });

  test('a non-zero exit is Failed with stderr; a script past its timeout is TimedOut', async () => {
    const { sim, clients, ids } = withInstances(2);
    sim.onCommand(({ instance }) =>
      instance.id === ids[0]
        ? { exitCode: 3, stderr: 'compose file not found\n', seconds: 1 }
        : { exitCode: 0, seconds: 7200 },
    );
    const r = await send(clients.ssm, {
      InstanceIds: ids,
      Parameters: { commands: ['x'], executionTimeout: ['600'] },
    });
    await sim.clock.sleep(700_000);
    const [a, b] = await Promise.all(
      ids.map((id) =>
        clients.ssm.send(
          new ssm.GetCommandInvocationCommand({ CommandId: r.Command?.CommandId, InstanceId: id }),
        ),
      ),
    );
    expect(a).toMatchObject({
      Status: 'Failed',
      ResponseCode: 3,
      StandardErrorContent: 'compose file not found\n',
    });
    expect(b).toMatchObject({ Status: 'TimedOut', StatusDetails: 'ExecutionTimedOut' });
    const list = await clients.ssm.send(new ssm.ListCommandsCommand({ CommandId: r.Command?.CommandId }));
    expect(list.Commands?.[0]).toMatchObject({
      Status: 'TimedOut',
      TargetCount: 2,
      CompletedCount: 2,
      ErrorCount: 2,
    });
  });

  test('output is cut at 24,000 characters of stdout and 8,000 of stderr, as AWS does', async () => {
    const { sim, clients, ids } = withInstances(1);
    sim.onCommand(() => ({
      exitCode: 0,
      stdout: 'o'.repeat(30_000),
      stderr: 'e'.repeat(10_000),
      seconds: 1,
    }));
    const r = await send(clients.ssm, { InstanceIds: ids });
    await sim.clock.sleep(5_000);
    const inv = await clients.ssm.send(
      new ssm.GetCommandInvocationCommand({ CommandId: r.Command?.CommandId, InstanceId: ids[0] }),
    );
    expect(inv.StandardOutputContent?.length).toBe(STDOUT_LIMIT);
    expect(inv.StandardErrorContent?.length).toBe(STDERR_LIMIT);
  });

  test('at most 50 instance ids per call; stopped instances are refused; tags select running instances', async () => {
    const { sim, clients, ids } = withInstances(52);
    await expect(send(clients.ssm, { InstanceIds: ids })).rejects.toThrow(
      'Member must have length less than or equal to 50',
    );
    const { StopInstancesCommand } = await import('@aws-sdk/client-ec2');
    await clients.ec2.send(new StopInstancesCommand({ InstanceIds: [ids[0] ?? ''] }));
    expect(await codeOf(send(clients.ssm, { InstanceIds: [ids[0] ?? ''] }))).toBe('InvalidInstanceId');
    const r = await send(clients.ssm, { Targets: [{ Key: 'tag:role', Values: ['odd'] }] });
    expect(r.Command?.TargetCount).toBe(26);
    await sim.clock.sleep(5_000);
    const inv = await clients.ssm.send(
      new ssm.ListCommandInvocationsCommand({ CommandId: r.Command?.CommandId }),
    );
    expect(inv.CommandInvocations?.length).toBe(26);
    expect(inv.NextToken).toBeUndefined();
  });

  test('an invocation is not visible at once; injected SSM failures hit only the chosen instances', async () => {
    const { sim, clients, ids } = withInstances(2, {
      faults: { consistencyWindowMs: 1_000, ssmFailInstance: (id) => id === 'i-placeholder' },
    });
    sim.faults = { ssmFailInstance: (id) => id === ids[1] };
    const r = await send(clients.ssm, { InstanceIds: ids });
    expect(
      await codeOf(
        clients.ssm.send(
          new ssm.GetCommandInvocationCommand({ CommandId: r.Command?.CommandId, InstanceId: ids[0] }),
        ),
      ),
    ).toBe('InvocationDoesNotExist');
    await sim.clock.sleep(5_000);
    const statuses = await Promise.all(
      ids.map(
        async (id) =>
          (
            await clients.ssm.send(
              new ssm.GetCommandInvocationCommand({ CommandId: r.Command?.CommandId, InstanceId: id }),
            )
          ).Status,
      ),
    );
    expect(statuses).toEqual(['Success', 'Failed']);
  });
});

describe('Parameter Store', () => {
  test('SecureString: the value only with decryption; put twice needs Overwrite; tags and Overwrite do not mix', async () => {
    const { clients } = simulated();
    const Name = '/akrida/perf/api-key';
    await clients.ssm.send(
      new ssm.PutParameterCommand({
        Name,
        Value: 's3cret-value',
        Type: 'SecureString',
        Tags: [{ Key: 'akrida:cluster', Value: 'perf' }],
      }),
    );
    const plain = await clients.ssm.send(new ssm.GetParameterCommand({ Name }));
    expect(plain.Parameter?.Value).not.toContain('s3cret');
    expect(
      (await clients.ssm.send(new ssm.GetParameterCommand({ Name, WithDecryption: true }))).Parameter?.Value,
    ).toBe('s3cret-value');
    expect(
      await codeOf(clients.ssm.send(new ssm.PutParameterCommand({ Name, Value: 'x', Type: 'SecureString' }))),
    ).toBe('ParameterAlreadyExists');
    await expect(
      clients.ssm.send(
        new ssm.PutParameterCommand({ Name, Value: 'x', Overwrite: true, Tags: [{ Key: 'a', Value: 'b' }] }),
      ),
    ).rejects.toThrow("tags and overwrite can't be used together");
    const v2 = await clients.ssm.send(
      new ssm.PutParameterCommand({ Name, Value: 'rotated', Overwrite: true }),
    );
    expect(v2.Version).toBe(2);
    const found = await clients.ssm.send(
      new ssm.DescribeParametersCommand({
        ParameterFilters: [{ Key: 'tag:akrida:cluster', Values: ['perf'] }],
      }),
    );
    expect(found.Parameters?.map((p) => [p.Name, p.Type, p.Version])).toEqual([[Name, 'SecureString', 2]]);
    await clients.ssm.send(new ssm.DeleteParameterCommand({ Name }));
    expect(await codeOf(clients.ssm.send(new ssm.GetParameterCommand({ Name })))).toBe('ParameterNotFound');
  });

  test('names and sizes follow the standard tier rules', async () => {
    const { clients } = simulated();
    expect(
      await codeOf(
        clients.ssm.send(new ssm.PutParameterCommand({ Name: '/aws/reserved', Value: 'x', Type: 'String' })),
      ),
    ).toBe('ValidationException');
    await expect(
      clients.ssm.send(
        new ssm.PutParameterCommand({ Name: '/big', Value: 'x'.repeat(4097), Type: 'String' }),
      ),
    ).rejects.toThrow('Standard tier parameters support a value of 1 to 4096 characters.');
  });
});
