// The same calls against our simulated AWS and against moto: where they answer alike, both are
// taken as AWS's behaviour; where they differ, the case below names which one AWS's documentation
// backs, and the test holds the simulator to it. (Both answer through the real SDK clients, so the
// error names compared are what the toolkit's code sees.)
import * as asg from '@aws-sdk/client-auto-scaling';
import * as cw from '@aws-sdk/client-cloudwatch';
import * as ec2 from '@aws-sdk/client-ec2';
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import * as ssm from '@aws-sdk/client-ssm';
import { jest } from '@jest/globals';
import type { AwsClients } from '../../src/aws/clients.js';
import { MOTO_AVAILABLE, type Moto, startMoto } from '../fixtures/moto.js';
import { simulated, VPC } from '../fixtures/sim.js';

// A day against moto server outlasts the unit tests' 30 s; this lane also runs inside `npm test`'s
// single jest run, where the command line's --testTimeout does not reach it.
jest.setTimeout(180_000);

type Probe = (c: Omit<AwsClients, 'sts'>, vpc: string) => Promise<unknown>;

/** "ok" or the SDK error's name: what the toolkit's code branches on. */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return (err as Error).name;
  }
}

const SAME: [string, Probe][] = [
  [
    'DescribeImages of an unknown id',
    (c) => c.ec2.send(new ec2.DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] })),
  ],
  [
    'DescribeLaunchTemplates of an unknown name',
    (c) => c.ec2.send(new ec2.DescribeLaunchTemplatesCommand({ LaunchTemplateNames: ['nope'] })),
  ],
  [
    'DescribeAutoScalingGroups of an unknown name',
    (c) => c.autoScaling.send(new asg.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: ['nope'] })),
  ],
  ['GetParameter of an unknown name', (c) => c.ssm.send(new ssm.GetParameterCommand({ Name: '/nope' }))],
  [
    'PutParameter of an existing name without Overwrite',
    async (c) => {
      await c.ssm.send(new ssm.PutParameterCommand({ Name: '/p/x', Value: 'a', Type: 'SecureString' }));
      return c.ssm.send(new ssm.PutParameterCommand({ Name: '/p/x', Value: 'a', Type: 'SecureString' }));
    },
  ],
  [
    'CreateSecurityGroup of an existing name',
    async (c, vpc) => {
      await c.ec2.send(new ec2.CreateSecurityGroupCommand({ GroupName: 'g', Description: 'd', VpcId: vpc }));
      return c.ec2.send(new ec2.CreateSecurityGroupCommand({ GroupName: 'g', Description: 'd', VpcId: vpc }));
    },
  ],
  [
    'DeleteSecurityGroup of an unknown id',
    (c) => c.ec2.send(new ec2.DeleteSecurityGroupCommand({ GroupId: 'sg-0123456789abcdef0' })),
  ],
  [
    'DescribeLoadBalancers of an unknown name',
    (c) => c.elbv2.send(new elb.DescribeLoadBalancersCommand({ Names: ['nope'] })),
  ],
  [
    'CreateTargetGroup of an existing name with other settings',
    async (c, vpc) => {
      const tg = { Name: 'tg-y', Protocol: 'HTTP' as const, VpcId: vpc, TargetType: 'instance' as const };
      await c.elbv2.send(new elb.CreateTargetGroupCommand({ ...tg, Port: 8150 }));
      return c.elbv2.send(new elb.CreateTargetGroupCommand({ ...tg, Port: 8151 }));
    },
  ],
  [
    'DeregisterImage of an unknown id',
    (c) => c.ec2.send(new ec2.DeregisterImageCommand({ ImageId: 'ami-0123456789abcdef0' })),
  ],
  [
    'DeleteAutoScalingGroup of an unknown name',
    (c) =>
      c.autoScaling.send(
        new asg.DeleteAutoScalingGroupCommand({ AutoScalingGroupName: 'nope', ForceDelete: true }),
      ),
  ],
];

/** Where moto and the simulator answer differently: AWS's documented answer, and the simulator's. */
const DIFFERENT: { name: string; probe: Probe; aws: string; why: string }[] = [
  {
    name: 'CreateTargetGroup twice with the same settings',
    probe: async (c, vpc) => {
      const tg = {
        Name: 'tg-x',
        Protocol: 'HTTP' as const,
        Port: 8150,
        VpcId: vpc,
        TargetType: 'instance' as const,
      };
      await c.elbv2.send(new elb.CreateTargetGroupCommand(tg));
      return c.elbv2.send(new elb.CreateTargetGroupCommand(tg));
    },
    aws: 'ok',
    why: 'CreateTargetGroup is idempotent: "If you attempt to create multiple target groups with the same settings, each call succeeds" (moto: DuplicateTargetGroupNameException)',
  },
  {
    name: 'DeleteLaunchTemplate of an unknown name',
    probe: (c) => c.ec2.send(new ec2.DeleteLaunchTemplateCommand({ LaunchTemplateName: 'nope' })),
    aws: 'InvalidLaunchTemplateName.NotFoundException',
    why: 'a name is enough to delete a template (moto asks for an id: MissingParameter)',
  },
];

const maybe = MOTO_AVAILABLE ? describe : describe.skip;

maybe('the simulated AWS and moto on the calls the toolkit makes', () => {
  let moto: Moto;
  let motoClients: Omit<AwsClients, 'sts'>;
  let motoVpc: string;

  beforeAll(async () => {
    moto = await startMoto();
    const cfg = {
      region: 'us-east-1',
      endpoint: moto.direct,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    };
    motoClients = {
      ec2: new ec2.EC2Client(cfg),
      elbv2: new elb.ElasticLoadBalancingV2Client(cfg),
      autoScaling: new asg.AutoScalingClient(cfg),
      ssm: new ssm.SSMClient(cfg),
      cloudwatch: new cw.CloudWatchClient(cfg),
    };
    motoVpc =
      (await motoClients.ec2.send(new ec2.CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc?.VpcId ?? '';
  }, 60_000);

  afterAll(async () => {
    for (const c of Object.values(motoClients ?? {})) c.destroy();
    await moto?.stop();
  });

  test.each(SAME)('%s: both answer alike', async (_name, probe) => {
    const sim = simulated();
    expect(await outcome(probe(sim.clients, VPC))).toBe(await outcome(probe(motoClients, motoVpc)));
  });

  test.each(DIFFERENT)('$name: the simulator answers as AWS documents ($why)', async ({ probe, aws }) => {
    const sim = simulated();
    const [fromSim, fromMoto] = [
      await outcome(probe(sim.clients, VPC)),
      await outcome(probe(motoClients, motoVpc)),
    ];
    expect(fromSim).toBe(aws);
    // If moto ever agrees, this case moves to SAME.
    expect(fromMoto).not.toBe(aws);
  });
});
