// Simulated SSM managed-instance inventory: an instance is Online once it has run long enough for
// its agent to register, and only with an instance profile (the agent's credentials). Instances
// seeded as already existing were registered long ago.
import type * as ssm from '@aws-sdk/client-ssm';
import type { Ec2State } from '../ec2.js';
import { awsError } from '../errors.js';
import type { World } from '../world.js';

export function instanceInformationHandlers(world: World, ec2: Ec2State) {
  return {
    DescribeInstanceInformation: (
      i: ssm.DescribeInstanceInformationCommandInput,
    ): ssm.DescribeInstanceInformationCommandOutput => {
      const filters = [
        ...(i.Filters ?? []),
        ...(i.InstanceInformationFilterList ?? []).map((f) => ({ Key: f.key, Values: f.valueSet })),
      ];
      for (const f of filters)
        if (f.Key !== 'InstanceIds')
          throw awsError(
            'InvalidInstanceInformationFilterValue',
            `the simulation filters by InstanceIds only, not ${f.Key}`,
          );
      const ids = filters.flatMap((f) => f.Values ?? []);
      const now = world.now();
      const online = [...ec2.instances.values()].filter((inst) => {
        if (ids.length && !ids.includes(inst.id)) return false;
        if (inst.state !== 'running' || inst.runningSince === undefined) return false;
        // Launched without a profile: the agent has no credentials and never registers.
        if (inst.launchOptions && !inst.launchOptions.instanceProfile) return false;
        return now >= inst.runningSince + world.ms(world.latency.ssmOnline);
      });
      return {
        $metadata: {},
        InstanceInformationList: online.map((inst) => ({
          InstanceId: inst.id,
          PingStatus: 'Online',
          ResourceType: 'EC2Instance',
          IPAddress: inst.privateIp,
          PlatformType: 'Linux',
        })),
      };
    },
  };
}
