// Scale-to-zero of the stand-alone machines: stopped, not terminated, so a start brings them back
// (and their preparation cleans the database and re-prepares the issuer, as Akrida's procedure
// does by hand after every stop).
import { StopInstancesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { write } from '../aws/writes.js';
import type { TeardownItem } from './kind.js';
import { type FoundMachine, machineAddress } from './machines.js';

export async function stopMachines(
  ctx: AwsContext,
  found: FoundMachine[],
  items: TeardownItem[],
  dryRun: boolean,
): Promise<void> {
  for (const m of found) items.push({ kind: 'machine', id: m.id, name: `${m.role} machine`, action: 'stop' });
  const running = found.filter((m) => m.state === 'running' || m.state === 'pending');
  if (dryRun || running.length === 0) return;
  await write(
    ctx.clients.ec2,
    new StopInstancesCommand({ InstanceIds: running.map((m) => m.id) }),
    running.map(machineAddress),
  );
}
