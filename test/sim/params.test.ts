// A request without a parameter AWS requires is refused as AWS refuses it, in each protocol's words,
// instead of being read as an empty string that fails later as something else.
import * as asg from '@aws-sdk/client-auto-scaling';
import * as ec2 from '@aws-sdk/client-ec2';
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import * as ssm from '@aws-sdk/client-ssm';
import { simulated } from '../fixtures/sim.js';

const failure = async (p: Promise<unknown>) => {
  const err = (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as Error | undefined;
  return err ? `${err.name}: ${err.message}` : 'no error';
};

test('each service answers a missing required parameter in its own style', async () => {
  const { clients } = simulated();
  expect(await failure(clients.ec2.send(new ec2.DeleteSecurityGroupCommand({})))).toBe(
    'MissingParameter: The request must contain the parameter GroupId',
  );
  expect(
    await failure(clients.elbv2.send(new elb.CreateTargetGroupCommand({ Name: 'tg', VpcId: undefined }))),
  ).toMatch(
    /^ValidationError: 1 validation error detected: Value null at 'vpcId' failed to satisfy constraint/,
  );
  expect(await failure(clients.autoScaling.send(new asg.DeleteAutoScalingGroupCommand({} as never)))).toMatch(
    /^ValidationError: 1 validation error detected: Value null at 'autoScalingGroupName'/,
  );
  expect(await failure(clients.ssm.send(new ssm.GetParameterCommand({} as never)))).toMatch(
    /^ValidationException: 1 validation error detected: Value null at 'name'/,
  );
});
