// Launch or start the stand-alone machines: from Canonical's current Ubuntu LTS image (its public
// SSM parameter, never a fixed AMI id), with the instance profile, IMDSv2 only, an encrypted root
// volume, no SSH key, in a private subnet (the request: machine-provider.ts); then wait until SSM
// can reach each one.

import { DescribeInstanceInformationCommand, GetParameterCommand } from '@aws-sdk/client-ssm';
import { type Address, describeAddress } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { runOnInstances } from '../aws/run-command.js';
import { waitFor } from '../aws/wait.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import type { TemplateSet } from '../render/render.js';
import { growRootScript } from '../render/scripts.js';
import {
  launchMachine,
  type MachineDesired,
  machineDesired,
  machineProvider,
  readMachines,
} from './machine-provider.js';
import { instanceState } from './machine-resize.js';
import { volumeNote } from './machine-volumes.js';
import { baseImageNote, type MachineSpec, machineAddress, machineSpecs, roleAddress } from './machines.js';
import { type Change, diff, refuseReplaces } from './provider.js';

export interface ReadyMachine {
  role: MachineRole;
  id: string;
  privateIp: string;
  action: 'created' | 'started' | 'unchanged';
}

/**
 * Every machine the file lists, as the plan diffed it: launched, or brought to the file by the
 * machine provider's changes (refused before any write when one cannot be carried out); a machine
 * of a role the file no longer lists is terminated. Then each is waited for until SSM reaches it.
 */
export async function ensureMachines(
  ctx: AwsContext,
  c: Cluster,
  input: { perfSg: string; templates: TemplateSet },
): Promise<ReadyMachine[]> {
  const specs = machineSpecs(c);
  const all = await readMachines(ctx, c.name);
  const listed = new Set(specs.map((s) => s.role));
  const unlisted = all.filter((o) => !listed.has(o.machine.role)).map((o) => o.machine);
  const baseImageName = c.machines?.baseImage;
  let image: Promise<string> | undefined;
  const now = new Date(ctx.clock.now());
  const planned = specs.map((spec) => {
    const mine = all.filter((o) => o.machine.role === spec.role);
    if (mine.length > 1)
      throw new AwsOperationError(
        'DescribeInstances',
        roleAddress(c.name, spec.role),
        'Ambiguous',
        `${mine.length} machines carry this role: ${mine.map((o) => o.machine.id).join(', ')}`,
        'terminate the one you do not want; the toolkit will not choose',
      );
    const d: MachineDesired = {
      ...machineDesired(c, spec, { perfSg: input.perfSg, found: mine[0], now }),
      image: () => {
        if (!baseImageName) throw new Error('machines.baseImage names no image to launch the machines from');
        image ??= resolveBaseImage(ctx, baseImageName);
        return image;
      },
    };
    const changes = diff(machineProvider, d, mine[0]);
    refuseReplaces(machineProvider, changes);
    return { spec, d, change: changes[0] };
  });
  const [ready] = await Promise.all([
    Promise.all(planned.map((p) => ensureOne(ctx, c, input.templates, p))),
    // As the plan said: each through the provider's delete (terminated, and waited for).
    Promise.all(
      unlisted.map((m) => machineProvider.apply(ctx, { op: 'delete', address: machineAddress(m) })),
    ),
  ]);
  return ready;
}

async function ensureOne(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  { spec, d, change }: { spec: MachineSpec; d: MachineDesired; change: Change<MachineDesired> | undefined },
): Promise<ReadyMachine> {
  const found = d.found?.machine;
  let action: ReadyMachine['action'] = 'unchanged';
  let id: string;
  if (!found) {
    id = await launchMachine(ctx, d);
    action = 'created';
  } else {
    id = found.id;
    for (const note of [
      volumeNote(spec.role, id, d.found?.volume?.sizeGiB, spec.diskGiB),
      baseImageNote(c, found),
    ])
      if (note) ctx.warn?.(note);
    if (change) await machineProvider.apply(ctx, change);
    const fields = change?.op === 'update' ? change.fields.map((f) => f.field) : [];
    if (fields.includes('State') || fields.includes('InstanceType')) action = 'started';
  }
  const privateIp = await waitReachable(ctx, spec.role, id);
  // The partition and file system follow the grown volume, once SSM reaches the machine.
  if (change?.op === 'update' && change.fields.some((f) => f.field === 'BlockDeviceMappings'))
    await runOnInstances(ctx, {
      targets: { instanceIds: [id] },
      script: growRootScript(templates, c, spec.role, spec.diskGiB),
      comment: `akrida-ops grow-root-volume for ${c.name}`,
      timeoutSeconds: 600,
    });
  ctx.log?.(`machine ${spec.role} ${id} (${privateIp}): ${action}`);
  return { role: spec.role, id, privateIp, action };
}

async function resolveBaseImage(ctx: AwsContext, name: string): Promise<string> {
  const r = await aws('GetParameter', `public parameter ${name}`, () =>
    ctx.clients.ssm.send(new GetParameterCommand({ Name: name })),
  );
  const ami = required(r.Parameter?.Value, 'Parameter.Value', 'GetParameter', name);
  if (!/^ami-[0-9a-f]{8,17}$/.test(ami))
    throw new AwsOperationError(
      'GetParameter',
      name,
      'Unexpected',
      `it holds ${JSON.stringify(ami)}`,
      'expected an AMI id',
    );
  return ami;
}

/** Running, with an address, and its SSM agent online: what SendCommand needs. */
async function waitReachable(ctx: AwsContext, role: MachineRole, id: string): Promise<string> {
  const address: Address = { kind: 'machine', name: role, id };
  const what = describeAddress(address);
  const privateIp = await waitFor(
    async () => {
      // A new instance may not be visible to describe calls at once.
      const s = await instanceState(ctx, id).catch((err: unknown): { state: string; privateIp?: string } => {
        if (err instanceof AwsOperationError && err.code === 'InvalidInstanceID.NotFound')
          return { state: 'not visible yet' };
        throw err;
      });
      if (s.state === 'running' && s.privateIp) return { done: true, value: s.privateIp };
      if (s.state === 'terminated' || s.state === 'shutting-down')
        throw new AwsOperationError(
          'DescribeInstances',
          address,
          'Terminated',
          `it is ${s.state}`,
          'see its state reason in the EC2 console',
        );
      return { done: false, status: s.state };
    },
    {
      what: `${what} to run`,
      timeoutMs: 600_000,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: LATENCY.instanceRunning * 1000,
    },
  );
  await waitFor(
    async () => {
      const r = await aws('DescribeInstanceInformation', address, () =>
        ctx.clients.ssm.send(
          new DescribeInstanceInformationCommand({ Filters: [{ Key: 'InstanceIds', Values: [id] }] }),
        ),
      );
      const ping = r.InstanceInformationList?.[0]?.PingStatus;
      return ping === 'Online'
        ? { done: true, value: undefined }
        : { done: false, status: ping ?? 'not registered' };
    },
    {
      what: `${what} to register with SSM (its agent, through the instance profile)`,
      timeoutMs: 900_000,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: LATENCY.ssmOnline * 1000,
    },
  );
  return privateIp;
}
