// What the generated policies refuse, on the simulated AWS enforcing them: after a from-zero
// cluster-up under the deploy policy (its machines launched through the same grants), a launch
// that differs from the toolkit's own in one thing is refused on that resource; the instance
// role reads its cluster's parameters and nothing else, even with AWS's managed policy beside it;
// only the issuer machine's own profile reads the issuer's DID seed;
// and the teardown role creates nothing, scales only to zero and deletes only what carries our tags.
import {
  CreateAutoScalingGroupCommand,
  DeleteAutoScalingGroupCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateLaunchTemplateCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteSecurityGroupCommand,
  RunInstancesCommand,
  type RunInstancesCommandInput,
  StartInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteLoadBalancerCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  DeleteParameterCommand,
  GetParameterCommand,
  PutParameterCommand,
  SendCommandCommand,
} from '@aws-sdk/client-ssm';
import { jest } from '@jest/globals';
import { loadClusterFile } from '../../src/config/load.js';
import {
  instancePolicy,
  profilePolicies,
  SSM_AGENT_ACTIONS,
  SSM_CORE,
} from '../../src/iam/instance-policy.js';
import type { PolicyDocument } from '../../src/iam/policies.js';
import { rolePolicy } from '../../src/iam/policies.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { AWS_MANAGED_POLICIES } from '../../src/sim/iam/state.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { CANONICAL } from '../../src/sim/index.js';
import { VirtualClock } from '../../src/time/clock.js';
import { runClusterUp } from '../fixtures/cluster-up.js';

jest.setTimeout(180_000);

const ZERO = 'clusters/example.yml';
const example = loadClusterFile(ZERO).cluster;
const perf = loadClusterFile('clusters/perf-example.yml').cluster;
const clusters = [perf, example];

let a: Awaited<ReturnType<typeof simulatedAccount>>;
let enforcer: IamEnforcer;
let closeIssuer: () => Promise<void>;
let base: RunInstancesCommandInput;

beforeAll(async () => {
  a = await simulatedAccount(clusters, new VirtualClock());
  closeIssuer = await attachIssuerStandIn(a.akrida, { unref: true });
  enforcer = new IamEnforcer(a.sim, rolePolicy('deploy', clusters));
  a.sim.world.authorize = (s, o, i) => enforcer.authorize(s, o, i);
  const r = await runClusterUp(a, ZERO);
  expect(r.result).toBe('success');
  // The toolkit's own launch of a machine, as cluster-up made it.
  const machine = [...a.sim.ec2.instances.values()].find((i) => i.tags['akrida:cluster'] === 'example');
  if (!machine) throw new Error('cluster-up launched no machine');
  const tags = Object.entries(machine.tags).map(([Key, Value]) => ({ Key, Value }));
  base = {
    ImageId: machine.imageId,
    InstanceType: 't3.micro',
    MinCount: 1,
    MaxCount: 1,
    SubnetId: machine.subnetId,
    SecurityGroupIds: machine.securityGroupIds,
    IamInstanceProfile: { Name: example.instanceProfile },
    MetadataOptions: { HttpTokens: 'required' },
    TagSpecifications: [
      { ResourceType: 'instance', Tags: tags },
      { ResourceType: 'volume', Tags: tags },
    ],
  };
});

afterAll(async () => closeIssuer?.());

function clients() {
  if (!a.deps.clients) throw new Error('the simulated account has no clients');
  return a.deps.clients;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return `${(err as Error).name}: ${(err as Error).message}`;
  }
  throw new Error('expected the call to be refused');
}

/** What someone else made in the account, outside the policy. */
async function unenforced<T>(make: () => Promise<T>): Promise<T> {
  const authorize = a.sim.world.authorize;
  a.sim.world.authorize = undefined;
  try {
    return await make();
  } finally {
    a.sim.world.authorize = authorize;
  }
}

const launch = (edit: Partial<RunInstancesCommandInput>) =>
  clients().ec2.send(new RunInstancesCommand({ ...base, ...edit }));
const refusedOn = (type: string) =>
  new RegExp(`^UnauthorizedOperation: .*\\(ec2:RunInstances on arn:aws:ec2:us-east-1:\\d*:${type}/`);

describe('the deploy role launches only as the toolkit does', () => {
  test("the toolkit's own launch request passes (the control)", async () => {
    expect((await launch({})).Instances?.[0]?.InstanceId).toMatch(/^i-/);
  });

  test('an untagged launch is refused on the instance', async () => {
    expect(await refusal(launch({ TagSpecifications: [] }))).toMatch(refusedOn('instance'));
  });

  test('a launch tagged for a cluster the policy does not name is refused', async () => {
    const other = [
      { Key: 'managed-by', Value: 'akrida-ops' },
      { Key: 'akrida:cluster', Value: 'other-team' },
    ];
    expect(await refusal(launch({ TagSpecifications: [{ ResourceType: 'instance', Tags: other }] }))).toMatch(
      refusedOn('instance'),
    );
  });

  test('a launch without IMDSv2 required is refused on the instance', async () => {
    expect(await refusal(launch({ MetadataOptions: { HttpTokens: 'optional' } }))).toMatch(
      refusedOn('instance'),
    );
    expect(await refusal(launch({ MetadataOptions: undefined }))).toMatch(refusedOn('instance'));
  });

  test('a foreign image (public, owned by neither Canonical nor this account) is refused on the image', async () => {
    expect(a.sim.ec2.images.get(base.ImageId as string)?.owner).toBe(CANONICAL);
    const foreign = a.sim.ec2.seedImage('not-ubuntu', {
      id: 'ami-0badbadbadbad0001',
      snapshotId: 'snap-0badbadbadbad0001',
      public: true,
      owner: '111122223333',
    });
    expect(await refusal(launch({ ImageId: foreign }))).toMatch(refusedOn('image'));
  });

  test('a launch into a subnet of another VPC is refused on the subnet', async () => {
    a.sim.ec2.addVpc('vpc-0ffffffffffffffff', '10.9.0.0/16');
    a.sim.ec2.addSubnet('subnet-0ffffffffffffffff', 'vpc-0ffffffffffffffff', '10.9.0.0/20', 'us-east-1a');
    expect(await refusal(launch({ SubnetId: 'subnet-0ffffffffffffffff' }))).toMatch(refusedOn('subnet'));
  });

  test('a security group that is not ours is refused on the security group', async () => {
    const sg = await unenforced(() =>
      clients().ec2.send(
        new CreateSecurityGroupCommand({
          GroupName: 'theirs',
          Description: 'x',
          VpcId: example.network.vpcId,
        }),
      ),
    );
    expect(await refusal(launch({ SecurityGroupIds: [sg.GroupId as string] }))).toMatch(
      refusedOn('security-group'),
    );
  });

  test('a group pointed at a launch template that is not ours is refused on the template', async () => {
    const t = await unenforced(() =>
      clients().ec2.send(
        new CreateLaunchTemplateCommand({
          LaunchTemplateName: 'theirs',
          // Launches as ours would (tags, IMDSv2, image): only the template itself is not ours.
          LaunchTemplateData: {
            ImageId: base.ImageId,
            MetadataOptions: { HttpTokens: 'required' },
            TagSpecifications: base.TagSpecifications?.slice(0, 1) as never,
          },
        }),
      ),
    );
    const group = [...a.sim.asg.groups.keys()].find((n) => n.startsWith('example-'));
    const write = clients().autoScaling.send(
      new UpdateAutoScalingGroupCommand({
        AutoScalingGroupName: group,
        LaunchTemplate: { LaunchTemplateId: t.LaunchTemplate?.LaunchTemplateId, Version: '$Default' },
      }),
    );
    expect(await refusal(write)).toMatch(
      /^AccessDenied: .*ec2:RunInstances on resource: arn:aws:ec2:.*:launch-template\//,
    );
  });
});

describe('the instance role reads its own parameters only', () => {
  const own = () =>
    [...a.sim.ssm.parameters.keys()].find((n) => n.startsWith('/akrida-ops/example/')) as string;
  const other = '/akrida/perf-example/wallet-password';
  const read = (policy: PolicyDocument, Name: string) => {
    enforcer.assume('akrida-ops-instance-example', policy);
    return clients().ssm.send(new GetParameterCommand({ Name, WithDecryption: true }));
  };
  // A cluster with its own instance profile: the role bootstrap makes for it alone.
  const ours = () => instancePolicy([example]);

  test("an instance reads its cluster's parameters; another cluster's is refused by the explicit deny", async () => {
    expect((await read(ours(), own())).Parameter?.Name).toBe(own());
    expect(await refusal(read(ours(), other))).toMatch(
      /^AccessDeniedException: .*ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter\/akrida\/perf-example\/wallet-password because of an explicit deny/,
    );
  });

  test("AWS's managed policy would let it read any parameter; beside ours, the deny still holds", async () => {
    const managed = AWS_MANAGED_POLICIES[SSM_CORE] as PolicyDocument;
    expect((await read(managed, other)).Parameter?.Name).toBe(other);
    const both = { ...managed, Statement: [...managed.Statement, ...ours().Statement] };
    expect(await refusal(read(both, other))).toMatch(/because of an explicit deny/);
    expect((await read(both, own())).Parameter?.Name).toBe(own());
  });

  test("ours keeps every SSM agent action of AWS's managed policy except the parameter reads", () => {
    const managed = (AWS_MANAGED_POLICIES[SSM_CORE] as PolicyDocument).Statement.flatMap((s) => s.Action);
    expect(managed.filter((x) => !/^ssm:GetParameters?$/.test(x)).sort()).toEqual(
      [...SSM_AGENT_ACTIONS].sort(),
    );
    const agent = ours().Statement.find((s) => s.Sid === 'SsmAgent');
    expect(agent?.Action.filter((x) => /GetParameter/.test(x))).toEqual([]);
  });
});

describe("the issuer's DID seed: only the issuer machine's own profile reads it", () => {
  const seed = '/akrida-ops/example/issuer/did-seed';
  const readAs = (name: string, policy: PolicyDocument, Name = seed) => {
    enforcer.assume(name, policy);
    return clients().ssm.send(new GetParameterCommand({ Name, WithDecryption: true }));
  };
  const explicit = new RegExp(
    `^AccessDeniedException: .*ssm:GetParameter on resource: arn:aws:ssm:us-east-1:123456789012:parameter${seed} because of an explicit deny`,
  );
  const profiles = new Map(profilePolicies(clusters).map((p) => [p.name, p.policy]));
  const policyOf = (name: string) => profiles.get(name) as PolicyDocument;

  test("cluster-up made the seed; the issuer machine alone has the issuer profile, every other instance the cluster's", () => {
    expect(a.sim.ssm.parameters.has(seed)).toBe(true);
    const launched = [...a.sim.ec2.instances.values()].filter(
      (i) => i.tags['akrida:cluster'] === 'example' && i.launchOptions?.instanceProfile,
    );
    const withProfile = (p: string) =>
      launched.filter((i) => i.launchOptions?.instanceProfile === p).map((i) => i.tags['akrida:role']);
    expect(withProfile('akrida-ops-issuer-example')).toEqual(['machine-issuer']);
    expect(withProfile('akrida-ops-instance-example').sort()).toEqual([
      'machine-database',
      'machine-locust',
      'machine-mediator',
    ]);
    // The tiers' launch templates (ACA-Py and the workers) name the cluster's own profile.
    const templates = [...a.sim.ec2.templates.values()].filter((t) => t.tags['akrida:cluster'] === 'example');
    expect(templates.length).toBeGreaterThanOrEqual(2);
    for (const t of templates)
      expect(t.versions.at(-1)?.data.IamInstanceProfile?.Name).toBe('akrida-ops-instance-example');
  });

  test('the issuer profile reads the seed', async () => {
    const r = await readAs('akrida-ops-issuer-example', policyOf('akrida-ops-issuer-example'));
    expect(r.Parameter?.Name).toBe(seed);
  });

  test.each([
    [
      "the cluster's other instances",
      'akrida-ops-instance-example',
      () => policyOf('akrida-ops-instance-example'),
    ],
    ['the deploy role', 'akrida-ops-deploy', () => rolePolicy('deploy', clusters)],
    ['the plan role', 'akrida-ops-plan', () => rolePolicy('plan', clusters)],
    ['the teardown role', 'akrida-ops-teardown', () => rolePolicy('teardown', clusters)],
  ])('%s: refused by an explicit deny', async (_who, name, policy) => {
    expect(await refusal(readAs(name, policy()))).toMatch(explicit);
  });

  test("another cluster's profile reads neither the seed nor the cluster's other parameters", async () => {
    const other = policyOf('akrida-ops-instance-perf-example');
    expect(await refusal(readAs('akrida-ops-instance-perf-example', other))).toMatch(/explicit deny/);
    const own = [...a.sim.ssm.parameters.keys()].find(
      (n) => n.startsWith('/akrida-ops/example/') && n !== seed,
    ) as string;
    expect(await refusal(readAs('akrida-ops-instance-perf-example', other, own))).toMatch(/explicit deny/);
  });

  // AWS authorizes ssm:GetParametersByPath on the path's ARN and then returns every parameter under
  // it: a grant on a parent would hand out the seed. The toolkit never calls it; the decision is the
  // enforcer's, on the ARN AWS checks.
  test.each(['/akrida-ops', '/akrida-ops/example', '/akrida-ops/example/issuer'])(
    'a read by path of %s, a parent of the seed, is refused by the explicit deny',
    (path) => {
      const arn = `arn:aws:ssm:us-east-1:123456789012:parameter${path}`;
      for (const [name, policy] of [
        ['akrida-ops-instance-example', policyOf('akrida-ops-instance-example')],
        ['akrida-ops-deploy', rolePolicy('deploy', clusters)],
      ] as const) {
        enforcer.assume(name, policy);
        expect(() => enforcer.check('SSM', 'ssm:GetParametersByPath', { arn, keys: {} })).toThrow(
          /ssm:GetParametersByPath .*because of an explicit deny/,
        );
      }
    },
  );
});

describe('the teardown role creates nothing and deletes only what carries our tags', () => {
  const teardown = () => enforcer.assume('akrida-ops-teardown', rolePolicy('teardown', clusters));
  const ours = [
    { Key: 'managed-by', Value: 'akrida-ops' },
    { Key: 'akrida:cluster', Value: 'example' },
  ];
  const ourSg = () => base.SecurityGroupIds?.[0] as string;
  const ourGroup = () => [...a.sim.asg.groups.keys()].find((n) => n.startsWith('example-')) as string;
  const ourInstance = () =>
    [...a.sim.ec2.instances.values()].find(
      (i) => i.tags['akrida:cluster'] === 'example' && i.state === 'running',
    )?.id as string;
  const ourTemplate = () =>
    [...a.sim.ec2.templates.values()].find((t) => t.tags['akrida:cluster'] === 'example')?.id as string;
  const c = () => clients();

  // Each as the toolkit's own deploy would make it: our tags, our names, our cluster.
  const creates: [string, () => Promise<unknown>][] = [
    ['RunInstances', () => launch({})],
    [
      'CreateSecurityGroup',
      () =>
        c().ec2.send(
          new CreateSecurityGroupCommand({
            GroupName: 'example-more',
            Description: 'x',
            VpcId: example.network.vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: ours }],
          }),
        ),
    ],
    [
      'CreateLaunchTemplate',
      () =>
        c().ec2.send(
          new CreateLaunchTemplateCommand({
            LaunchTemplateName: 'example-more',
            LaunchTemplateData: { ImageId: base.ImageId },
            TagSpecifications: [{ ResourceType: 'launch-template', Tags: ours }],
          }),
        ),
    ],
    [
      'CreateImage',
      () =>
        c().ec2.send(
          new CreateImageCommand({
            InstanceId: ourInstance(),
            Name: 'example-more',
            TagSpecifications: [
              { ResourceType: 'image', Tags: ours },
              { ResourceType: 'snapshot', Tags: ours },
            ],
          }),
        ),
    ],
    [
      'CreateLoadBalancer',
      () =>
        c().elbv2.send(
          new CreateLoadBalancerCommand({
            Name: 'example-more',
            Subnets: example.network.subnetIds,
            Tags: ours,
          }),
        ),
    ],
    [
      'CreateTargetGroup',
      () =>
        c().elbv2.send(
          new CreateTargetGroupCommand({
            Name: 'example-more',
            Protocol: 'HTTP',
            Port: 80,
            VpcId: example.network.vpcId,
            Tags: ours,
          }),
        ),
    ],
    [
      'CreateAutoScalingGroup',
      () =>
        c().autoScaling.send(
          new CreateAutoScalingGroupCommand({
            AutoScalingGroupName: 'example-more',
            MinSize: 0,
            MaxSize: 1,
            LaunchTemplate: { LaunchTemplateId: ourTemplate(), Version: '$Default' },
            VPCZoneIdentifier: example.network.subnetIds.join(','),
            Tags: ours.map((t) => ({ ...t, PropagateAtLaunch: true })),
          }),
        ),
    ],
    [
      'PutParameter',
      () =>
        c().ssm.send(
          new PutParameterCommand({
            Name: '/akrida-ops/example/more',
            Value: 'x',
            Type: 'String',
            Tags: ours,
          }),
        ),
    ],
    ['CreateTags', () => c().ec2.send(new CreateTagsCommand({ Resources: [ourSg()], Tags: ours }))],
    [
      'AuthorizeSecurityGroupIngress',
      () =>
        c().ec2.send(
          new AuthorizeSecurityGroupIngressCommand({
            GroupId: ourSg(),
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
            ],
          }),
        ),
    ],
    ['StartInstances', () => c().ec2.send(new StartInstancesCommand({ InstanceIds: [ourInstance()] }))],
    [
      'SendCommand',
      () =>
        c().ssm.send(
          new SendCommandCommand({
            DocumentName: 'AWS-RunShellScript',
            InstanceIds: [ourInstance()],
            Parameters: { commands: ['id'] },
          }),
        ),
    ],
  ];

  test.each(creates)('%s is refused; the deploy role may make the same request', async (_op, call) => {
    teardown();
    const seen: [string, string, unknown][] = [];
    const authorize = a.sim.world.authorize;
    a.sim.world.authorize = (s, o, i) => {
      seen.push([s, o, i]);
      authorize?.(s, o, i);
    };
    try {
      expect(await refusal(call())).toMatch(/^(UnauthorizedOperation|AccessDenied|AccessDeniedException): /);
    } finally {
      a.sim.world.authorize = authorize;
    }
    // The refusal is the role's, not the request's: the deploy policy allows exactly that request.
    enforcer.assume('akrida-ops-deploy', rolePolicy('deploy', clusters));
    expect(seen).toHaveLength(1);
    for (const [service, operation, input] of seen)
      expect(() => enforcer.authorize(service, operation, input)).not.toThrow();
  });

  test('a group is scaled to zero, never up, never onto another template', async () => {
    teardown();
    const update = (input: Record<string, unknown>) =>
      c().autoScaling.send(new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: ourGroup(), ...input }));
    expect(await refusal(update({ MinSize: 1, DesiredCapacity: 1 }))).toMatch(
      /^AccessDenied: .*autoscaling:UpdateAutoScalingGroup/,
    );
    expect(await refusal(update({ MinSize: 0, MaxSize: 20, DesiredCapacity: 20 }))).toMatch(
      /^AccessDenied: .*autoscaling:UpdateAutoScalingGroup/,
    );
    expect(
      await refusal(
        update({ MinSize: 0, LaunchTemplate: { LaunchTemplateId: ourTemplate(), Version: '$Latest' } }),
      ),
    ).toMatch(/^AccessDenied: .*ec2:RunInstances/);
    // The control: what cluster-down sends.
    await update({ MinSize: 0, DesiredCapacity: 0 });
    expect(a.sim.asg.groups.get(ourGroup())?.desired).toBe(0);
  });

  test('what does not carry our tags is not deleted, even under our names', async () => {
    const theirs = await unenforced(async () => {
      const sg = await c().ec2.send(
        new CreateSecurityGroupCommand({
          GroupName: 'example-theirs',
          Description: 'x',
          VpcId: example.network.vpcId,
        }),
      );
      const lb = await c().elbv2.send(
        new CreateLoadBalancerCommand({ Name: 'example-theirs', Subnets: example.network.subnetIds }),
      );
      const vm = await c().ec2.send(new RunInstancesCommand({ ...base, TagSpecifications: [] }));
      return {
        sg: sg.GroupId as string,
        lb: lb.LoadBalancers?.[0]?.LoadBalancerArn as string,
        vm: vm.Instances?.[0]?.InstanceId as string,
      };
    });
    teardown();
    expect(await refusal(c().ec2.send(new DeleteSecurityGroupCommand({ GroupId: theirs.sg })))).toMatch(
      /^UnauthorizedOperation: .*ec2:DeleteSecurityGroup/,
    );
    expect(
      await refusal(c().elbv2.send(new DeleteLoadBalancerCommand({ LoadBalancerArn: theirs.lb }))),
    ).toMatch(/^AccessDenied: .*elasticloadbalancing:DeleteLoadBalancer/);
    expect(await refusal(c().ec2.send(new TerminateInstancesCommand({ InstanceIds: [theirs.vm] })))).toMatch(
      /^UnauthorizedOperation: .*ec2:TerminateInstances/,
    );
    // The operator's secret beside the cluster's parameters.
    expect(
      await refusal(c().ssm.send(new DeleteParameterCommand({ Name: '/akrida/example/wallet-password' }))),
    ).toMatch(/^AccessDeniedException: .*ssm:DeleteParameter/);
    // Ours go: the control.
    await c().autoScaling.send(
      new DeleteAutoScalingGroupCommand({ AutoScalingGroupName: ourGroup(), ForceDelete: true }),
    );
  });
});
