// The sweeper's entry point on the simulated AWS: list-only, dry run, then the sweep itself, with
// its regions checked before any AWS call.
import * as ec2 from '@aws-sdk/client-ec2';
import { jest } from '@jest/globals';
import { storeSecrets } from '../../src/resources/parameters.js';
import { ensureClusterSecurityGroups } from '../../src/resources/security-groups.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';
import { cluster, exampleAccount, WORKFLOW_SECRETS } from '../fixtures/example-cluster.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
const { run } = await import('../../actions/sweep-expired/src/main.js');

test('an expired cluster is listed, shown by a dry run, then swept; an unreadable expiry is an error annotation', async () => {
  const c = cluster();
  const { sim, ctx, clients } = await exampleAccount(c);
  await storeSecrets(ctx, c, WORKFLOW_SECRETS);
  const { perfSg } = await ensureClusterSecurityGroups(ctx, c);
  await clients.ec2.send(
    new ec2.CreateTagsCommand({ Resources: [perfSg], Tags: [{ Key: 'akrida:expires-at', Value: 'soon' }] }),
  );
  const deps = { clients, clock: sim.clock };
  const expired = JSON.stringify([{ cluster: 'perf-example', region: 'us-east-1' }]);

  resetCore({ regions: 'us-east-1', 'list-only': 'true' });
  await run(deps);
  expect(state.failed).toBeUndefined();
  expect(state.outputs).toEqual({ expired });
  expect(state.annotations.map((a) => [a.level, a.message])).toEqual([
    [
      'error',
      `security group ${perfSg} of cluster perf-example in us-east-1: expiry tag "soon" is not a UTC ISO 8601 time; treated as expired`,
    ],
  ]);
  expect(state.summaryText).toEqual([]);

  const before = sim.mutations().length;
  resetCore({ regions: 'us-east-1', 'dry-run': 'true' });
  await run(deps);
  expect(state.outputs).toEqual({ expired });
  expect(state.summaryText.join('')).toContain('## Teardown of perf-example (destroy, dry run)');
  expect(sim.mutations().length).toBe(before);

  resetCore({ regions: 'us-east-1', cluster: 'perf-other' });
  await run(deps);
  expect(state.outputs).toEqual({ expired: '[]' });
  expect(state.summaryText).toEqual(['No expired cluster named perf-other in us-east-1.\n']);

  resetCore({ regions: 'us-east-1' });
  await run(deps);
  expect(state.failed).toBeUndefined();
  expect(state.summaryText.join('')).toContain('## Teardown of perf-example (destroy)');
  resetCore({ regions: 'us-east-1', 'list-only': 'true' });
  await run(deps);
  expect(state.outputs).toEqual({ expired: '[]' });
});

test('bad regions fail before any AWS call', async () => {
  const calls: string[] = [];
  const send = async (cmd: object) => {
    calls.push(cmd.constructor.name);
    return {};
  };
  const clients = { ec2: { send }, autoScaling: { send }, elbv2: { send }, ssm: { send }, sts: { send } };
  const deps = { clients: clients as never };
  resetCore({ regions: 'us-east-1, mars' });
  await run(deps);
  expect(state.failed).toBe('input regions: not AWS region names: mars');
  resetCore({ regions: ' , ' });
  await run(deps);
  expect(state.failed).toBe('input regions: name at least one region');
  resetCore({ regions: 'us-east-1', 'dry-run': 'maybe' });
  await run(deps);
  expect(state.failed).toBe('input dry-run must be true or false (got "maybe")');
  expect(calls).toEqual([]);
});
