// The simulated AWS's IAM check, call by call through the real SDK clients: what a policy does not
// allow is refused with the error each service answers, and the conditions the generated policies
// use (request tags, resource tags, the cluster's name prefix and parameter paths) are evaluated.

import { DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
import {
  CreateSecurityGroupCommand,
  DeleteSecurityGroupCommand,
  DescribeInstancesCommand,
  ModifyInstanceAttributeCommand,
} from '@aws-sdk/client-ec2';
import {
  DeleteLoadBalancerCommand,
  DescribeLoadBalancersCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetParameterCommand, PutParameterCommand, SendCommandCommand } from '@aws-sdk/client-ssm';
import { loadClusterFile } from '../../src/config/load.js';
import { type PolicyDocument, rolePolicy } from '../../src/iam/policies.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { SUBNETS, simulated, VPC } from '../fixtures/sim.js';

const cluster = loadClusterFile('clusters/perf-example.yml').cluster;
const NOTHING: PolicyDocument = { Version: '2012-10-17', Statement: [] };
const ours = (c = 'perf-example') => [
  {
    ResourceType: 'security-group' as const,
    Tags: [
      { Key: 'managed-by', Value: 'akrida-ops' },
      { Key: 'akrida:cluster', Value: c },
    ],
  },
];

function account(policy: PolicyDocument) {
  const a = simulated();
  const enforcer = new IamEnforcer(a.sim, policy);
  const enforce = () => {
    a.sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
  };
  return { ...a, enforce };
}

async function refusal(p: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return { name: (err as Error).name, message: (err as Error).message };
  }
  throw new Error('expected the call to be refused');
}

test('each service refuses with its own error shape', async () => {
  const { clients, enforce } = account(NOTHING);
  enforce();
  const ec2 = await refusal(clients.ec2.send(new DescribeInstancesCommand({})));
  expect(ec2.name).toBe('UnauthorizedOperation');
  expect(ec2.message).toMatch(/^You are not authorized to perform this operation\./);
  expect((await refusal(clients.elbv2.send(new DescribeLoadBalancersCommand({})))).name).toBe('AccessDenied');
  expect((await refusal(clients.autoScaling.send(new DescribeAutoScalingGroupsCommand({})))).name).toBe(
    'AccessDenied',
  );
  const ssm = await refusal(
    clients.ssm.send(new GetParameterCommand({ Name: '/akrida-ops/perf-example/last-run/x' })),
  );
  expect(ssm.name).toBe('AccessDeniedException');
  expect(ssm.message).toMatch(/is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:/);
});

test('the plan role reads last-run records and no secret', async () => {
  const { clients, enforce } = account(rolePolicy('plan', [cluster]));
  const put = (Name: string, Type: 'String' | 'SecureString') =>
    clients.ssm.send(new PutParameterCommand({ Name, Value: 'v', Type }));
  await put('/akrida-ops/perf-example/last-run/configure-master', 'String');
  await put('/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD', 'SecureString');
  enforce();
  const get = (Name: string) => clients.ssm.send(new GetParameterCommand({ Name, WithDecryption: true }));
  expect((await get('/akrida-ops/perf-example/last-run/configure-master')).Parameter?.Value).toBe('v');
  expect((await refusal(get('/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD'))).name).toBe(
    'AccessDeniedException',
  );
  expect((await refusal(put('/akrida-ops/perf-example/last-run/x', 'String'))).name).toBe(
    'AccessDeniedException',
  );
});

test('the deploy role creates only what carries our tags and changes only what is ours', async () => {
  const { sim, clients, enforce } = account(rolePolicy('deploy', [cluster]));
  const foreign = await clients.ec2.send(
    new CreateSecurityGroupCommand({ GroupName: 'theirs', Description: 'x', VpcId: VPC }),
  );
  const operators = sim.ec2.seedInstance({
    instanceType: 't3.micro',
    subnetId: SUBNETS[0] as string,
    tags: { Name: 'vm' },
  });
  const prepared = sim.ec2.seedInstance({
    instanceType: 't3.micro',
    subnetId: SUBNETS[0] as string,
    tags: { Name: 'vm2', 'akrida:prepare': 'perf-example' },
  });
  enforce();
  const create = (GroupName: string, TagSpecifications?: ReturnType<typeof ours>) =>
    clients.ec2.send(
      new CreateSecurityGroupCommand({ GroupName, Description: 'x', VpcId: VPC, TagSpecifications }),
    );
  expect((await create('perf-example-a', ours())).GroupId).toMatch(/^sg-/);
  expect((await refusal(create('untagged'))).name).toBe('UnauthorizedOperation');
  expect((await refusal(create('other', ours('other-cluster')))).name).toBe('UnauthorizedOperation');
  expect(
    (await refusal(clients.ec2.send(new DeleteSecurityGroupCommand({ GroupId: foreign.GroupId })))).name,
  ).toBe('UnauthorizedOperation');
  // An instance without the akrida:prepare opt-in is not re-grouped.
  const modify = clients.ec2.send(
    new ModifyInstanceAttributeCommand({ InstanceId: operators.id, Groups: [] }),
  );
  expect((await refusal(modify)).name).toBe('UnauthorizedOperation');
  // Nor sent a command; the opted-in one is.
  const send = (InstanceIds: string[]) =>
    clients.ssm.send(
      new SendCommandCommand({
        DocumentName: 'AWS-RunShellScript',
        InstanceIds,
        Parameters: { commands: ['true'] },
      }),
    );
  expect((await refusal(send([operators.id]))).name).toBe('AccessDeniedException');
  expect((await send([prepared.id])).Command?.CommandId).toBeDefined();
  // A load balancer outside the cluster's name prefix is not deleted.
  const arn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/theirs/0123456789abcdef';
  expect(
    (await refusal(clients.elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: arn })))).name,
  ).toBe('AccessDenied');
});
