// The stand-alone machines as a kind: found by their cluster and role tags, planned against the
// cluster file's machines section, stopped by scale-to-zero (a start re-prepares them) and
// terminated by destroy. Compared and changed by machine-provider.ts, launched and waited for by
// machine-launch.ts, prepared by machine-prepare.ts.

import { type Instance, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findInstances, selector, tagMap } from '../aws/discover.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';
import { machineSpecs } from '../cluster/machine-specs.js';
import { machineProfileOf } from '../cluster/profiles.js';
import { machineRole, PREPARE_TAG, resourceTags, TAG, type Tags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { MACHINE_ROLES, type MachineRole } from '../config/schema-machines.js';

export { type MachineSpec, machineSpecs } from '../cluster/machine-specs.js';

import { comparedTags, tagDiff } from './extra-tags.js';
import type { KindPlan, ResourceKind, TeardownItem } from './kind.js';
import { profileOfArn } from './machine-profile.js';
import {
  type MachineDesired,
  machineDesired,
  machineProvider,
  machineSpec,
  readMachines,
} from './machine-provider.js';
import { resizeLine } from './machine-resize.js';
import { growLine, type RootVolume, volumeNote, volumeTagDiff } from './machine-volumes.js';
import { createdFields, diff, type FieldChange, refuseReplaces } from './provider.js';
import { NEW_VALUE } from './value-placeholders.js';

/** The hash of what last prepared a machine; a start removes it, so the preparation runs again. */
export const PREPARED_TAG = 'akrida:prepared';
/** On a machine the toolkit launched: the machines.baseImage it was launched from (kept, not compared). */
export const BASE_IMAGE_TAG = 'akrida:base-image';

/** What the plan and the apply say of a machine launched from another base image than the file's. */
export function baseImageNote(c: Cluster, m: FoundMachine): string | undefined {
  const was = m.tags[BASE_IMAGE_TAG];
  const now = c.machines?.baseImage;
  if (!was || !now || was === now) return undefined;
  return `machine ${m.role} ${m.id} was launched from the image ${was} names and the file now names ${now} (machines.baseImage): a running machine keeps its image; destroy the cluster to launch it anew`;
}

export interface FoundMachine {
  role: MachineRole;
  id: string;
  state: string;
  instanceType: string;
  privateIp?: string;
  /** The instance profile it runs with (none: no role at all). */
  profile?: string;
  tags: Tags;
  subnetId?: string;
  securityGroupIds: string[];
  /** IMDS as it allows it: tokens required or optional, the hop limit, the endpoint. */
  metadata: { HttpTokens?: string; HttpPutResponseHopLimit?: number; HttpEndpoint?: string };
}

const LIVE = ['pending', 'running', 'stopping', 'stopped'];

const ROLE_OF = new Map(MACHINE_ROLES.map((r) => [machineRole(r), r]));

/** Every machine of the cluster that is not terminated, found by its tags. */
export async function findMachines(
  ctx: AwsContext,
  cluster: string,
  states?: string[],
): Promise<FoundMachine[]> {
  return machinesOf(cluster, await findInstances(ctx.clients, selector(cluster), states));
}

/** The machines among a cluster's instances (a listing teardown has already made). */
export function machinesOf(cluster: string, instances: Instance[]): FoundMachine[] {
  return instances.flatMap((i) => {
    const tags = tagMap(i.Tags);
    const roleTag = tags[TAG.role];
    const role = roleTag === undefined ? undefined : ROLE_OF.get(roleTag);
    if (!role) return [];
    const what = `machine ${role} of ${cluster}`;
    return [
      {
        role,
        id: required(i.InstanceId, 'InstanceId', 'DescribeInstances', what),
        state: required(i.State?.Name, 'State', 'DescribeInstances', what),
        instanceType: required(i.InstanceType, 'InstanceType', 'DescribeInstances', what),
        ...(i.PrivateIpAddress ? { privateIp: i.PrivateIpAddress } : {}),
        ...(i.IamInstanceProfile?.Arn ? { profile: profileOfArn(i.IamInstanceProfile.Arn) } : {}),
        tags,
        ...(i.SubnetId ? { subnetId: i.SubnetId } : {}),
        securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
        metadata: {
          HttpTokens: i.MetadataOptions?.HttpTokens,
          HttpPutResponseHopLimit: i.MetadataOptions?.HttpPutResponseHopLimit,
          HttpEndpoint: i.MetadataOptions?.HttpEndpoint,
        },
      },
    ];
  });
}

/** The tags a machine of this role carries: ours and the file's, and the opt-in to be prepared. */
export const machineTags = (c: Cluster, role: MachineRole, now?: Date): Tags => ({
  ...resourceTags(c, machineRole(role), now),
  [PREPARE_TAG]: c.name,
});

/** A machine as plans and writes name it: its role in its cluster, and its instance once it exists. */
export function roleAddress(cluster: string | undefined, role: string, id?: string): Address {
  return { kind: 'machine', name: role, ...(id ? { id } : {}), ...(cluster ? { cluster } : {}) };
}

/** A machine found by its tags: its role, its instance and its cluster. */
export function machineAddress(m: FoundMachine): Address {
  return roleAddress(m.tags[TAG.cluster], m.role, m.id);
}

export interface MachinesFacts {
  byRole: Partial<Record<MachineRole, FoundMachine>>;
  /** Machines whose root volume the apply grows, and to what size (their file system follows). */
  grows: { role: MachineRole; id: string; sizeGiB: number }[];
}

export const machines: ResourceKind<
  { perfSg?: string | undefined } | undefined,
  MachinesFacts,
  FoundMachine[]
> = {
  kind: 'machine',

  async plan(ctx, c, input): Promise<KindPlan<MachinesFacts>> {
    const out: KindPlan<MachinesFacts> & { notes: string[] } = {
      changes: [],
      unchanged: [],
      facts: { byRole: {}, grows: [] },
      observed: [],
      notes: [],
    };
    // The same read as the apply's (machine-provider.ts): each machine with its root volume.
    const all = await readMachines(ctx, c.name);
    const found = all.map((o) => o.machine);
    const disks = new Map(all.flatMap((o) => (o.volume ? [[o.machine.id, o.volume] as const] : [])));
    // Per role: its instances with every field the provider compares, and what prepared each.
    for (const role of new Set([...machineSpecs(c).map((s) => s.role), ...found.map((f) => f.role)])) {
      const mine = found.filter((f) => f.role === role);
      out.observed.push({
        address: roleAddress(c.name, role),
        fields: mine.length
          ? {
              instances: mine.map((m) => ({
                id: m.id,
                stopped: m.state === 'stopped' || m.state === 'stopping',
                type: m.instanceType,
                ip: m.privateIp,
                profile: m.profile,
                // Set at launch and compared by the provider: moved by hand after the plan, it is stale.
                subnet: m.subnetId,
                securityGroups: [...m.securityGroupIds].sort(),
                metadata: m.metadata,
                tags: comparedTags(m.tags),
                rootGiB: disks.get(m.id)?.sizeGiB,
                rootTags: comparedTags(disks.get(m.id)?.tags ?? {}),
                prepared: m.tags[PREPARED_TAG],
              })),
            }
          : undefined,
      });
    }
    const subnet = c.network.subnetIds[0];
    for (const spec of machineSpecs(c)) {
      const mine = found.filter((f) => f.role === spec.role);
      const [m] = mine;
      const resource = `machine ${spec.role}${m ? ` ${m.id}` : ''}`;
      const o = m && all.find((x) => x.machine === m);
      const volume = o?.volume;
      const d = machineDesired(c, spec, { perfSg: input?.perfSg, found: o });
      const changes = diff(machineProvider, d, o);
      refuseReplaces(machineProvider, changes);
      const [change] = changes;
      if (!m) {
        out.changes.push({
          action: 'add',
          resource,
          address: d.address,
          details: [
            `${spec.instanceType}, ${spec.diskGiB} GiB encrypted gp3 root volume, IMDSv2 only, no SSH key`,
            `from the image named by ${c.machines?.baseImage} (resolved when applied)`,
            `instance profile ${machineProfileOf(c, spec.role)}, subnet ${subnet}, the performance security group`,
            'prepared through SSM (scripts below)',
          ],
          // What the launch is held to; a group not made yet is named by its placeholder.
          fields: createdFields(machineSpec({ ...d, perfSg: d.perfSg ?? NEW_VALUE.perfSg })),
        });
        continue;
      }
      out.facts.byRole[spec.role] = m;
      const fields = change?.op === 'update' ? change.fields : [];
      if (fields.some((f) => f.field === 'BlockDeviceMappings'))
        out.facts.grows.push({ role: spec.role, id: m.id, sizeGiB: spec.diskGiB });
      const details = [
        ...(mine.length > 1
          ? [`${mine.length} machines carry this role: ${mine.map((x) => x.id).join(', ')}`]
          : []),
        ...fields.flatMap((f) => machineLines(d, m, volume, f)),
      ];
      // Not changes the apply makes: notes the reviewer sees, and warnings at apply.
      for (const note of [volumeNote(spec.role, m.id, volume?.sizeGiB, spec.diskGiB), baseImageNote(c, m)])
        if (note) out.notes.push(note);
      if (details.length === 0) out.unchanged.push(resource);
      else out.changes.push({ action: 'change', resource, address: d.address, details, fields });
    }
    const listed = new Set(machineSpecs(c).map((s) => s.role));
    for (const m of found.filter((f) => !listed.has(f.role)))
      out.changes.push({
        action: 'remove',
        resource: `machine ${m.role} ${m.id}`,
        details: [`machines.${m.role} is no longer listed: terminate it`],
        address: machineAddress(m),
      });
    return out;
  },

  find: (ctx, cluster) => findMachines(ctx, cluster),

  items: (found): TeardownItem[] =>
    found.map((m) => ({ kind: 'machine', id: m.id, name: `${m.role} machine`, action: 'terminate' })),

  async destroy(ctx, found, opts) {
    if (found.length === 0) return;
    await terminateMachines(ctx, found, opts.timeoutMs);
  },
};

/** How one changed field of a machine reads in the plan. */
function machineLines(
  d: MachineDesired,
  m: FoundMachine,
  volume: RootVolume | undefined,
  f: FieldChange,
): string[] {
  switch (f.field) {
    case 'State':
      return [`start it (${m.state}); its preparation runs again${startNote(d.role)}`];
    case 'TagSpecifications':
      return [...tagDiff(m.tags, d.tags).lines, ...(volumeTagDiff(volume, d.tags)?.lines ?? [])];
    case 'BlockDeviceMappings':
      return [growLine(volume, d.diskGiB) ?? `root volume: ${String(f.before)} -> ${d.diskGiB} GiB`];
    case 'IamInstanceProfile':
      return [`instance profile: ${m.profile ?? 'none'} -> ${d.profile} (replaced on the running machine)`];
    case 'InstanceType':
      return [`${resizeLine(m, d.instanceType)}; its preparation runs again${startNote(d.role)}`];
    default:
      return [`${f.field}: ${JSON.stringify(f.before)} -> ${JSON.stringify(f.after)}`];
  }
}

function startNote(role: MachineRole): string {
  if (role === 'database') return ' (the database is cleaned, as after every stop)';
  if (role === 'issuer') return ' (the issuer is prepared again on the clean database)';
  return '';
}

/** Terminate and wait until they are gone: their security group cannot go before them. */
export async function terminateMachines(
  ctx: AwsContext,
  found: FoundMachine[],
  timeoutMs: number,
): Promise<void> {
  const ids = found.map((m) => m.id);
  await write(
    ctx.clients.ec2,
    new TerminateInstancesCommand({ InstanceIds: ids }),
    found.map(machineAddress),
  );
  const clusters = [...new Set(found.flatMap((m) => m.tags[TAG.cluster] ?? []))];
  await waitFor(
    async () => {
      // Shutting down still holds the security group: wait for terminated.
      const all = await Promise.all(clusters.map((c) => findMachines(ctx, c, [...LIVE, 'shutting-down'])));
      const left = all.flat().filter((m) => ids.includes(m.id));
      return left.length === 0
        ? { done: true, value: undefined }
        : { done: false, status: left.map((m) => `${m.id} ${m.state}`).join(', ') };
    },
    { what: `machines ${ids.join(', ')} to terminate`, timeoutMs, clock: ctx.clock, log: ctx.log },
  );
}
