// The Locust master as DescribeInstances reports it: what the plan compares and the apply changes.
import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';

/** The hash of the configuration the master last ran, kept in a tag on it. */
export const MASTER_CONFIG_TAG = 'akrida:master-config';

export interface MasterInfo {
  instanceId: string;
  privateIp: string;
  securityGroupIds: string[];
  tags: Record<string, string>;
  state?: string;
  instanceType?: string;
}

export function masterInfo(i: Instance, what: string): MasterInfo {
  return {
    instanceId: required(i.InstanceId, 'InstanceId', 'DescribeInstances', what),
    privateIp: required(i.PrivateIpAddress, 'PrivateIpAddress', 'DescribeInstances', what),
    securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    tags: tagMap(i.Tags),
    ...(i.State?.Name ? { state: i.State.Name } : {}),
    ...(i.InstanceType ? { instanceType: i.InstanceType } : {}),
  };
}

/** The master at its address, by its instance id (none without one: the file's selector finds it). */
export async function readMaster(ctx: AwsContext, address: Address): Promise<MasterInfo | undefined> {
  if (!address.id) return undefined;
  const id = address.id;
  const r = await aws('DescribeInstances', address, () =>
    ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] })),
  );
  const i = r.Reservations?.[0]?.Instances?.[0];
  return i && i.State?.Name !== 'terminated' ? masterInfo(i, `Locust master ${id}`) : undefined;
}
