// Launch or start the stand-alone machines: from Canonical's current Ubuntu LTS image (its public
// SSM parameter, never a fixed AMI id), with the instance profile, IMDSv2 only, an encrypted root
// volume, no SSH key, in a private subnet; then wait until SSM can reach each one.

import { DeleteTagsCommand, RunInstancesCommand, StartInstancesCommand } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand, GetParameterCommand } from '@aws-sdk/client-ssm';
import { type Address, describeAddress } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { LATENCY } from '../aws/latency.js';
import { required } from '../aws/required.js';
import { runOnInstances } from '../aws/run-command.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, clientToken, write } from '../aws/writes.js';
import { machineProfileOf } from '../cluster/profiles.js';
import { toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import type { TemplateSet } from '../render/render.js';
import { growRootScript } from '../render/scripts.js';
import { tagDiff, writeEc2Tags } from './extra-tags.js';
import { ensureMachineProfile } from './machine-profile.js';
import { instanceState, resizeMachine, waitStopped } from './machine-resize.js';
import {
  growLine,
  growRootVolume,
  ROOT_DEVICE,
  rootVolumes,
  volumeNote,
  volumeTagDiff,
} from './machine-volumes.js';
import {
  BASE_IMAGE_TAG,
  baseImageNote,
  type FoundMachine,
  findMachines,
  type MachineSpec,
  machineAddress,
  machineSpecs,
  machineTags,
  PREPARED_TAG,
  roleAddress,
} from './machines.js';
import { MASTER_CONFIG_TAG } from './master.js';

export interface ReadyMachine {
  role: MachineRole;
  id: string;
  privateIp: string;
  action: 'created' | 'started' | 'unchanged';
}

/** Attempts at a fresh ClientToken when an earlier one's instance was terminated (a destroyed cluster). */
const TOKEN_GENERATIONS = 5;

export async function ensureMachines(
  ctx: AwsContext,
  c: Cluster,
  input: { perfSg: string; templates: TemplateSet },
): Promise<ReadyMachine[]> {
  const specs = machineSpecs(c);
  const baseImageName = c.machines?.baseImage;
  if (specs.length === 0 || baseImageName === undefined) return [];
  const found = await findMachines(ctx, c.name);
  const disks = await rootVolumes(
    ctx,
    c.name,
    found.map((m) => m.id),
  );
  let image: Promise<string> | undefined;
  const baseImage = () => {
    image ??= resolveBaseImage(ctx, baseImageName);
    return image;
  };
  return Promise.all(
    specs.map(async (spec) => {
      const mine = found.filter((f) => f.role === spec.role);
      if (mine.length > 1)
        throw new AwsOperationError(
          'DescribeInstances',
          roleAddress(c.name, spec.role),
          'Ambiguous',
          `${mine.length} machines carry this role: ${mine.map((m) => m.id).join(', ')}`,
          'terminate the one you do not want; the toolkit will not choose',
        );
      const [m] = mine;
      let action: ReadyMachine['action'] = 'unchanged';
      let grown: number | undefined;
      let id: string;
      if (!m) {
        id = await launch(ctx, c, spec, await baseImage(), input.perfSg);
        action = 'created';
      } else {
        id = m.id;
        const tags = tagDiff(m.tags, machineTags(c, spec.role));
        if (tags.lines.length) await writeEc2Tags(ctx, [m.id], machineAddress(m), tags);
        const volume = disks.get(m.id);
        const volumeTags = volumeTagDiff(volume, machineTags(c, spec.role));
        if (volume && volumeTags) await writeEc2Tags(ctx, [volume.id], machineAddress(m), volumeTags);
        if (volume && growLine(volume, spec.diskGiB)) {
          await growRootVolume(ctx, volume, spec.diskGiB, machineAddress(m));
          grown = spec.diskGiB;
        }
        for (const note of [volumeNote(spec.role, m.id, volume?.sizeGiB, spec.diskGiB), baseImageNote(c, m)])
          if (note) ctx.warn?.(note);
        const now =
          m.instanceType === spec.instanceType
            ? m
            : await resizeMachine(ctx, m, spec.instanceType, machineAddress(m));
        if (await startIfStopped(ctx, now)) action = 'started';
        const profile = machineProfileOf(c, spec.role);
        if (m.profile !== profile) {
          await ensureMachineProfile(ctx, m.id, profile, machineAddress(m));
          ctx.log?.(`machine ${spec.role} ${m.id}: instance profile ${m.profile ?? 'none'} -> ${profile}`);
        }
      }
      const privateIp = await waitReachable(ctx, spec.role, id);
      // The partition and file system follow the grown volume, once SSM reaches the machine.
      if (grown !== undefined)
        await runOnInstances(ctx, {
          targets: { instanceIds: [id] },
          script: growRootScript(input.templates, c, spec.role, grown),
          comment: `akrida-ops grow-root-volume for ${c.name}`,
          timeoutSeconds: 600,
        });
      ctx.log?.(`machine ${spec.role} ${id} (${privateIp}): ${action}`);
      return { role: spec.role, id, privateIp, action };
    }),
  );
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

async function launch(
  ctx: AwsContext,
  c: Cluster,
  spec: MachineSpec,
  imageId: string,
  perfSg: string,
): Promise<string> {
  // Made for this cluster: the toolkit may prepare it and use it as the master (machineTags).
  const tags = toAwsTags(machineTags(c, spec.role, new Date(ctx.clock.now())));
  const baseImage = { Key: BASE_IMAGE_TAG, Value: c.machines?.baseImage };
  const request = {
    ImageId: imageId,
    InstanceType: spec.instanceType as never,
    MinCount: 1,
    MaxCount: 1,
    SubnetId: c.network.subnetIds[0],
    SecurityGroupIds: [perfSg],
    IamInstanceProfile: { Name: machineProfileOf(c, spec.role) },
    // Hop limit 1: containers (the Akrida code under test) cannot reach the role's credentials.
    MetadataOptions: {
      HttpTokens: 'required' as const,
      HttpEndpoint: 'enabled' as const,
      HttpPutResponseHopLimit: 1,
    },
    BlockDeviceMappings: [
      {
        DeviceName: ROOT_DEVICE,
        Ebs: {
          VolumeSize: spec.diskGiB,
          VolumeType: 'gp3' as const,
          Encrypted: true,
          DeleteOnTermination: true,
        },
      },
    ],
    TagSpecifications: [
      { ResourceType: 'instance' as const, Tags: [...tags, baseImage] },
      { ResourceType: 'volume' as const, Tags: tags },
    ],
  };
  const address = roleAddress(c.name, spec.role);
  // A token's instance that was since terminated (a destroyed cluster) is spent: take the next one.
  for (let generation = 0; generation < TOKEN_GENERATIONS; generation++) {
    const token = clientToken('RunInstances', c.name, spec.role, request, generation);
    const r = answerOf(
      await write(ctx.clients.ec2, new RunInstancesCommand({ ...request, ClientToken: token }), address),
    );
    const inst = r?.Instances?.[0];
    const state = inst?.State?.Name;
    if (state === 'terminated' || state === 'shutting-down') continue;
    return required(inst?.InstanceId, 'InstanceId', 'RunInstances', address);
  }
  throw new AwsOperationError(
    'RunInstances',
    address,
    'TokenSpent',
    `${TOKEN_GENERATIONS} client tokens all answered with terminated instances`,
    'wait an hour for AWS to forget the terminated machines, then run again',
  );
}

/** A stopped machine starts without its prepared marks: its preparation and the master's .env run again. */
async function startIfStopped(ctx: AwsContext, m: FoundMachine): Promise<boolean> {
  if (m.state !== 'stopped' && m.state !== 'stopping') return false;
  if (m.state === 'stopping') await waitStopped(ctx, m);
  await write(
    ctx.clients.ec2,
    new DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: PREPARED_TAG }, { Key: MASTER_CONFIG_TAG }] }),
    { kind: 'machine', name: m.role, id: m.id },
  );
  await write(ctx.clients.ec2, new StartInstancesCommand({ InstanceIds: [m.id] }), {
    kind: 'machine',
    name: m.role,
    id: m.id,
  });
  return true;
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
