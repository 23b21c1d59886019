// A machine whose `instanceType` the file changed is resized in place: EC2 changes an instance's
// type only while it is stopped, and a stop keeps its private address and its volume. So the apply
// stops it, sets the type and leaves it stopped; the start that follows (machine-provider.ts) is the
// one every stopped machine gets, and with it the machine's preparation runs again.
import {
  DescribeInstancesCommand,
  ModifyInstanceAttributeCommand,
  StopInstancesCommand,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { machineSpecs } from '../cluster/machine-specs.js';
import type { Cluster } from '../config/schema.js';
import type { FoundMachine } from './machines.js';

/** Whether the apply starts this machine (again): it is stopped, or it is stopped to be resized. */
export function restarts(
  c: Cluster,
  m: { role: string; state: string; instanceType?: string | undefined },
): boolean {
  if (m.state === 'stopped' || m.state === 'stopping') return true;
  const spec = machineSpecs(c).find((s) => s.role === m.role);
  return spec !== undefined && m.instanceType !== undefined && spec.instanceType !== m.instanceType;
}

/** The plan's line for a resize. */
export const resizeLine = (m: FoundMachine, to: string) =>
  `instance type: ${m.instanceType} -> ${to} (stopped, resized and started again)`;

export async function instanceState(
  ctx: AwsContext,
  id: string,
): Promise<{ state: string; privateIp?: string }> {
  const r = await aws('DescribeInstances', `instance ${id}`, () =>
    ctx.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [id] })),
  );
  const i = r.Reservations?.[0]?.Instances?.[0];
  const state = required(i?.State?.Name, 'State', 'DescribeInstances', `instance ${id}`);
  return { state, ...(i?.PrivateIpAddress ? { privateIp: i.PrivateIpAddress } : {}) };
}

export async function waitStopped(ctx: AwsContext, m: FoundMachine): Promise<void> {
  await waitFor(
    async () => {
      const s = await instanceState(ctx, m.id);
      return s.state === 'stopped' ? { done: true, value: undefined } : { done: false, status: s.state };
    },
    {
      what: `machine ${m.role} ${m.id} to stop`,
      timeoutMs: 600_000,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: (LATENCY.instanceRunning / 2) * 1000,
    },
  );
}

/** Stop the machine (unless it is), set its type; it is left stopped, for the start that follows. */
export async function resizeMachine(
  ctx: AwsContext,
  m: FoundMachine,
  type: string,
  address: Address,
): Promise<FoundMachine> {
  if (m.state !== 'stopped') {
    if (m.state !== 'stopping')
      await write(ctx.clients.ec2, new StopInstancesCommand({ InstanceIds: [m.id] }), address);
    await waitStopped(ctx, m);
  }
  await write(
    ctx.clients.ec2,
    new ModifyInstanceAttributeCommand({ InstanceId: m.id, InstanceType: { Value: type } }),
    address,
  );
  ctx.log?.(`machine ${m.role} ${m.id}: instance type ${m.instanceType} -> ${type}`);
  return { ...m, state: 'stopped', instanceType: type };
}
