// A stand-alone machine as a provider: every field of its RunInstances request (machineLaunchRequest)
// is compared with what DescribeInstances and DescribeVolumes report, by one builder (machineSpec).
// In place: its tags and its root volume's, a larger root volume, its type (stop, resize, start),
// a start when stopped, its instance profile. Its subnet, security groups and instance metadata
// options are set at launch and never changed by the toolkit: a difference (the file no longer
// lists its subnet; a group or IMDSv1 set by hand) is refused with what to do. The image is
// resolved from the file's public parameter when it launches, so a running machine keeps its own
// (a note, machines.ts).
import { DeleteTagsCommand, RunInstancesCommand, StartInstancesCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { answerOf, clientToken, write } from '../aws/writes.js';
import type { MachineSpec } from '../cluster/machine-specs.js';
import { machineProfileOf } from '../cluster/profiles.js';
import type { Tags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import { comparedTags, comparedTagsFor, tagDiff, writeEc2Tags } from './extra-tags.js';
import { ensureMachineProfile } from './machine-profile.js';
import { launchedFields, MACHINE_IMDS, machineLaunchRequest } from './machine-request.js';
import { resizeMachine, waitStopped } from './machine-resize.js';
import { growRootVolume, type RootVolume, rootVolumes } from './machine-volumes.js';
import {
  type FoundMachine,
  findMachines,
  machineTags,
  PREPARED_TAG,
  roleAddress,
  terminateMachines,
} from './machines.js';
import { MASTER_CONFIG_TAG } from './master-info.js';
import type { Change, FieldChange, Provider, Spec } from './provider.js';

export interface MachineDesired {
  /** `{kind: 'machine', name: role, cluster, id}` (the id once it exists) */
  address: Address;
  role: MachineRole;
  instanceType: string;
  diskGiB: number;
  /** The file's subnets: a machine is launched into the first and stays in any listed one. */
  subnetIds: string[];
  /** The performance security group, once it exists. */
  perfSg?: string;
  profile: string;
  /** The tags it is launched with (the expiry too, which is not compared). */
  tags: Tags;
  /** The public parameter naming its base image (a tag on the machine, not compared). */
  baseImage?: string;
  /** What AWS has of it, when it exists: an update starts, resizes and grows that. */
  found?: MachineObserved;
  /** The image it launches from, resolved at apply only. */
  image?: () => Promise<string>;
}

export interface MachineObserved {
  machine: FoundMachine;
  volume?: RootVolume;
}

/** What the file wants of one machine; `found` is the machine of its role, when one exists. */
export function machineDesired(
  c: Cluster,
  spec: MachineSpec,
  input: { perfSg?: string | undefined; found?: MachineObserved | undefined; now?: Date },
): MachineDesired {
  return {
    address: roleAddress(c.name, spec.role, input.found?.machine.id),
    role: spec.role,
    instanceType: spec.instanceType,
    diskGiB: spec.diskGiB,
    subnetIds: c.network.subnetIds,
    ...(input.perfSg ? { perfSg: input.perfSg } : {}),
    profile: machineProfileOf(c, spec.role),
    tags: machineTags(c, spec.role, input.now),
    ...(c.machines?.baseImage ? { baseImage: c.machines.baseImage } : {}),
    ...(input.found ? { found: input.found } : {}),
  };
}

/** The one builder: the launch request's fields as compared (the root volume by its size), and its state. */
export function machineSpec(d: MachineDesired) {
  return {
    State: 'running',
    TagSpecifications: { instance: comparedTags(d.tags), volume: comparedTags(d.tags) },
    BlockDeviceMappings: d.diskGiB,
    IamInstanceProfile: d.profile,
    InstanceType: d.instanceType,
    SubnetId: d.subnetIds[0],
    SecurityGroupIds: d.perfSg ? [d.perfSg] : undefined,
    MetadataOptions: MACHINE_IMDS,
  };
}

export function machineObserved(o: MachineObserved, d: MachineDesired): Spec {
  const m = o.machine;
  const v = o.volume;
  return {
    State: m.state === 'stopped' || m.state === 'stopping' ? m.state : 'running',
    TagSpecifications: {
      instance: comparedTagsFor(m.tags, d.tags),
      // A volume not found has nothing to compare.
      volume: v ? comparedTagsFor(v.tags, d.tags) : comparedTags(d.tags),
    },
    // EBS never shrinks a volume: a larger one keeps its size (a note), it is no change.
    BlockDeviceMappings: v === undefined || v.sizeGiB >= d.diskGiB ? d.diskGiB : v.sizeGiB,
    IamInstanceProfile: m.profile,
    InstanceType: m.instanceType,
    // A subnet the file still lists keeps the machine where it is.
    SubnetId: m.subnetId && d.subnetIds.includes(m.subnetId) ? d.subnetIds[0] : m.subnetId,
    SecurityGroupIds: [...m.securityGroupIds].sort(),
    MetadataOptions: {
      HttpTokens: m.metadata.HttpTokens,
      HttpEndpoint: m.metadata.HttpEndpoint,
      HttpPutResponseHopLimit: m.metadata.HttpPutResponseHopLimit,
    },
  };
}

const what = (d: MachineDesired) => `machine ${d.role}${d.address.id ? ` ${d.address.id}` : ''}`;
const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v ?? null));

function refusal(d: MachineDesired, f: FieldChange): Error {
  const id = d.address.id ?? 'ID';
  switch (f.field) {
    case 'SubnetId':
      return new Error(
        `${what(d)} is in subnet ${shown(f.before)}, which network.subnetIds no longer lists: a machine cannot move to another subnet; put ${shown(f.before)} back in network.subnetIds, or remove machines.${d.role} and apply (which terminates it) before adding it back`,
      );
    case 'SecurityGroupIds':
      return new Error(
        `${what(d)} has the security groups ${shown(f.before)}, not the cluster's performance security group ${shown(f.after)} alone (changed outside the toolkit): set them back (aws ec2 modify-instance-attribute --instance-id ${id} --groups ${shown((f.after as string[] | undefined)?.[0])}) and plan again`,
      );
    default:
      return new Error(
        `${what(d)} has the instance metadata options ${shown(f.before)}; the toolkit launched it with ${shown(f.after)} (IMDSv2 only, one hop) and they were changed outside it: set them back (aws ec2 modify-instance-metadata-options --instance-id ${id} --http-tokens required --http-put-response-hop-limit 1 --http-endpoint enabled) and plan again`,
      );
  }
}

/** A stopped machine starts without its prepared marks: its preparation and the master's .env run again. */
async function start(ctx: AwsContext, m: FoundMachine, address: Address): Promise<void> {
  if (m.state === 'stopping') await waitStopped(ctx, m);
  await write(
    ctx.clients.ec2,
    new DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: PREPARED_TAG }, { Key: MASTER_CONFIG_TAG }] }),
    address,
  );
  await write(ctx.clients.ec2, new StartInstancesCommand({ InstanceIds: [m.id] }), address);
}

/**
 * Carries out an update's fields in the order a machine takes them: tags, disk, type, start, profile
 * (AWS replaces an instance profile association of a running instance only).
 */
async function update(ctx: AwsContext, d: MachineDesired, fields: FieldChange[]): Promise<void> {
  const found = d.found;
  if (!found) throw new Error(`${what(d)}: an update needs the machine as found`);
  const { machine, volume } = found;
  const address = d.address;
  const changed = new Set(fields.map((f) => f.field));
  if (changed.has('TagSpecifications')) {
    const have = tagDiff(machine.tags, d.tags);
    if (have.lines.length) await writeEc2Tags(ctx, [machine.id], address, have);
    const onVolume = volume && tagDiff(volume.tags, d.tags);
    if (volume && onVolume?.lines.length) await writeEc2Tags(ctx, [volume.id], address, onVolume);
  }
  if (changed.has('BlockDeviceMappings') && volume) await growRootVolume(ctx, volume, d.diskGiB, address);
  const now = changed.has('InstanceType')
    ? await resizeMachine(ctx, machine, d.instanceType, address)
    : machine;
  if (now.state === 'stopped' || now.state === 'stopping') await start(ctx, now, address);
  if (changed.has('IamInstanceProfile')) {
    await ensureMachineProfile(ctx, machine.id, d.profile, address);
    ctx.log?.(`${what(d)}: instance profile ${machine.profile ?? 'none'} -> ${d.profile}`);
  }
}

/** Attempts at a fresh ClientToken when an earlier one's instance was terminated (a destroyed cluster). */
const TOKEN_GENERATIONS = 5;

/** Launches the machine (its ClientToken makes a repeat the same launch); its instance id. */
export async function launchMachine(ctx: AwsContext, d: MachineDesired): Promise<string> {
  if (!d.image || !d.perfSg)
    throw new Error(`${what(d)}: a launch needs its image and the performance security group`);
  const request = machineLaunchRequest(d, await d.image());
  const cluster = d.address.cluster;
  if (!cluster) throw new Error(`${what(d)}: a launch needs its cluster (its address names none)`);
  // A token's instance that was since terminated (a destroyed cluster) is spent: take the next one.
  for (let generation = 0; generation < TOKEN_GENERATIONS; generation++) {
    const token = clientToken('RunInstances', cluster, d.role, request, generation);
    const r = answerOf(
      await write(ctx.clients.ec2, new RunInstancesCommand({ ...request, ClientToken: token }), d.address),
    );
    const inst = r?.Instances?.[0];
    const state = inst?.State?.Name;
    if (state === 'terminated' || state === 'shutting-down') continue;
    return required(inst?.InstanceId, 'InstanceId', 'RunInstances', d.address);
  }
  throw new AwsOperationError(
    'RunInstances',
    d.address,
    'TokenSpent',
    `${TOKEN_GENERATIONS} client tokens all answered with terminated instances`,
    'wait an hour for AWS to forget the terminated machines, then run again',
  );
}

/** The machines of a role as AWS has them, with their root volumes. */
export async function readMachines(ctx: AwsContext, cluster: string): Promise<MachineObserved[]> {
  const found = await findMachines(ctx, cluster);
  const disks = await rootVolumes(
    ctx,
    cluster,
    found.map((m) => m.id),
  );
  return found.map((machine) => {
    const volume = disks.get(machine.id);
    return volume ? { machine, volume } : { machine };
  });
}

export const machineProvider: Provider<MachineDesired, MachineObserved> = {
  kind: 'machine',
  async read(ctx, address) {
    if (!address.cluster) throw new Error(`machine ${address.name}: read needs its cluster`);
    const all = await readMachines(ctx, address.cluster);
    return all.find((o) => o.machine.role === address.name && (!address.id || o.machine.id === address.id));
  },
  spec: machineSpec,
  observed: machineObserved,
  immutable: ['SubnetId', 'SecurityGroupIds', 'MetadataOptions'],
  refuse: refusal,
  creates: { operation: 'RunInstances', fields: launchedFields, later: ['State'] },
  async apply(ctx, change: Change<MachineDesired>) {
    if (change.op === 'create') {
      await launchMachine(ctx, change.desired);
      return;
    }
    if (change.op === 'update') return update(ctx, change.desired, change.fields);
    if (change.op === 'delete') {
      const o = await machineProvider.read(ctx, change.address);
      // Terminated and waited for: its security group cannot go before it.
      if (o) await terminateMachines(ctx, [o.machine], 600_000);
      return;
    }
    throw new Error(`${change.address.name}: a machine is not replaced by the toolkit`);
  },
};
