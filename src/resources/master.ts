// The Locust master steps of the procedure: find the master, put it in the performance security
// group, write its .env (ISSUER_URL = admin load balancer, secrets from Parameter Store) through
// SSM, and restart it as master: planned and applied through one provider (master-provider.ts).
// The rendered script's hash is kept in a tag, so a re-run with nothing changed sends no command.
import { createHash } from 'node:crypto';
import {
  DeleteTagsCommand,
  DescribeInstancesCommand,
  ModifyInstanceAttributeCommand,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findSecurityGroups, selector, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { PREPARE_TAG, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { masterScript, verifyScript } from '../render/scripts.js';
import type { KindPlan, PlannedScript, ResourceKind } from './kind.js';
import { restarts as restartsMachine } from './machine-resize.js';
import { MASTER_CONFIG_TAG, type MasterInfo, masterInfo } from './master-info.js';
import { type MasterDesired, masterObserved, masterProvider } from './master-provider.js';
import { diff, planned } from './provider.js';
import { findSelectedInstance } from './source-instances.js';
import { NEW_VALUE } from './value-placeholders.js';

export { MASTER_CONFIG_TAG, type MasterInfo, masterScript };

export async function describeMaster(ctx: AwsContext, c: Cluster): Promise<MasterInfo> {
  const i = await findSelectedInstance(ctx, c, c.locust.master.instance, 'locust.master.instance');
  return masterInfo(i, 'locust.master.instance');
}

/** Kept in a tag on the master: a re-run with the same content sends no command. */
export function masterConfigHash(script: string): string {
  return createHash('sha256').update(script).digest('hex').slice(0, 16);
}

export async function configureMaster(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  input: {
    master: MasterInfo;
    perfSg: string;
    adminDns: string;
    transportDns: string;
    /** What the stand-alone machines give (machine-facts.ts), when the toolkit makes them. */
    machineFacts?: Pick<ClusterFacts, 'databaseIp' | 'ledgerIds'>;
  },
): Promise<{ action: 'configured' | 'unchanged' }> {
  const facts: ClusterFacts = {
    ...input.machineFacts,
    adminDns: input.adminDns,
    transportDns: input.transportDns,
    masterPrivateIp: input.master.privateIp,
  };
  const d = masterDesired(c, t, { master: input.master, perfSg: input.perfSg, facts, restarts: false });
  const [change] = diff(masterProvider, d, input.master);
  if (change) await masterProvider.apply(ctx, change);
  const configured = change?.op === 'update' && change.fields.some((f) => f.field === 'Configuration');
  return { action: configured ? 'configured' : 'unchanged' };
}

/** What the file wants of the master: in the performance group, configured by this script. */
function masterDesired(
  c: Cluster,
  t: TemplateSet,
  input: { master: MasterInfo; perfSg: string | undefined; facts: ClusterFacts; restarts: boolean },
): MasterDesired {
  const script = masterScript(t, c, input.facts);
  return {
    address: masterAddress(c, input.master.instanceId),
    cluster: c,
    perfSg: input.perfSg,
    script,
    configuration: masterConfigHash(script),
    restarts: input.restarts,
    found: input.master,
  };
}

/** The cluster's Locust master as plans and writes name it; its instance once it exists. */
const masterAddress = (c: Cluster, instanceId: string): Address => ({
  kind: 'locust-master',
  name: 'master',
  cluster: c.name,
  ...(instanceId.startsWith('<') ? {} : { id: instanceId }),
});

export interface MasterPlanInput {
  templates: TemplateSet;
  perfSg: string | undefined;
  dns: { admin?: string; transport?: string };
  machineFacts?: Pick<ClusterFacts, 'databaseIp' | 'ledgerIds'>;
}
export interface MasterFacts {
  privateIp: string;
  adminDns: string;
  transportDns: string;
  scripts: PlannedScript[];
}
/** Instances we did not launch (the Locust master) that sit in one of our security groups. */
type FoundMasters = { id: string; groups: string[]; ours: string[] }[];

export const master: ResourceKind<MasterPlanInput, MasterFacts, FoundMasters> = {
  kind: 'Locust master',

  async plan(ctx, c, input): Promise<KindPlan<MasterFacts>> {
    const m = await describeMaster(ctx, c).catch((err: unknown): MasterInfo => {
      const sel = c.locust.master.instance;
      // The machine this apply makes: it will be in the group and carry the opt-in tag.
      if ('machine' in sel && err instanceof AwsOperationError && err.code === 'NotFound')
        return {
          instanceId: `<the ${sel.machine} machine, once made>`,
          privateIp: OFFLINE_FACTS.masterPrivateIp,
          // Launched in the performance group, new or not.
          securityGroupIds: [input.perfSg ?? NEW_VALUE.perfSg],
          tags: { [PREPARE_TAG]: c.name },
        };
      throw err;
    });
    const facts: ClusterFacts = {
      ...OFFLINE_FACTS,
      ...input.machineFacts,
      adminDns: input.dns.admin ?? OFFLINE_FACTS.adminDns,
      transportDns: input.dns.transport ?? OFFLINE_FACTS.transportDns,
      masterPrivateIp: m.privateIp,
    };
    // A machine the apply starts again loses its mark (machine-provider.ts): its .env is rewritten.
    const sel = c.locust.master.instance;
    const restarts =
      'machine' in sel &&
      m.state !== undefined &&
      restartsMachine(c, { role: sel.machine, state: m.state, instanceType: m.instanceType });
    const d = masterDesired(c, input.templates, { master: m, perfSg: input.perfSg, facts, restarts });
    const [change] = diff(masterProvider, d, m);
    const fields = change?.op === 'update' ? change.fields : [];
    const hash = d.configuration;
    const lastRan = masterObserved(m, d).Configuration;
    const refused =
      m.tags[PREPARE_TAG] === c.name
        ? ''
        : `; REFUSED: ${m.instanceId} lacks the tag ${PREPARE_TAG}=${c.name}`;
    const scripts: PlannedScript[] = [
      {
        id: 'configure-master',
        title: `Configure the Locust master ${m.instanceId}`,
        runs: fields.some((f) => f.field === 'Configuration'),
        why:
          lastRan === hash
            ? `the master last ran this script (hash ${hash})`
            : `the master last ran ${lastRan ? `a script with hash ${String(lastRan)}` : 'no configuration of ours'}; this one is ${hash}${refused}`,
        script: d.script,
      },
      {
        title: 'Verify the cluster (read-only checks on the master)',
        runs: true,
        why: 'every cluster-up ends with it',
        script: verifyScript(input.templates, c, { adminDns: facts.adminDns }),
      },
    ];
    const out: KindPlan<MasterFacts> = {
      changes: [],
      unchanged: [],
      facts: { privateIp: m.privateIp, adminDns: facts.adminDns, transportDns: facts.transportDns, scripts },
      observed: [
        {
          address: { kind: 'locust-master', name: 'master', cluster: c.name },
          fields: {
            id: m.instanceId,
            ip: m.privateIp,
            securityGroups: [...m.securityGroupIds].sort(),
            stopped: m.state === 'stopped' || m.state === 'stopping',
            configured: m.tags[MASTER_CONFIG_TAG],
            optedIn: m.tags[PREPARE_TAG],
          },
        },
      ],
    };
    if (change) out.changes.push(planned(masterProvider, change, `Locust master ${m.instanceId}`));
    else out.unchanged.push(`Locust master ${m.instanceId} configuration`);
    return out;
  },

  async find(ctx, cluster) {
    const ours = (await findSecurityGroups(ctx.clients, selector(cluster))).flatMap((g) =>
      g.GroupId ? [g.GroupId] : [],
    );
    if (ours.length === 0) return [];
    const r = await aws('DescribeInstances', `instances in ${cluster}'s security groups`, () =>
      ctx.clients.ec2.send(
        new DescribeInstancesCommand({
          Filters: [
            { Name: 'instance.group-id', Values: ours },
            { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
          ],
        }),
      ),
    );
    // Group instances carry the cluster tag; what is left is a machine we only joined to a group.
    return (r.Reservations ?? [])
      .flatMap((x) => x.Instances ?? [])
      .filter((i) => tagMap(i.Tags)[TAG.cluster] !== cluster)
      .map((i) => ({
        id: required(i.InstanceId, 'InstanceId', 'DescribeInstances', `instances of ${cluster}`),
        groups: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
        ours,
      }));
  },

  items: (found) =>
    found.map((m) => ({
      kind: 'instance',
      id: m.id,
      name: 'Locust master',
      action: 'detach security group',
    })),

  async destroy(ctx, found) {
    await Promise.all(
      found.map(async (m) => {
        await write(
          ctx.clients.ec2,
          new ModifyInstanceAttributeCommand({
            InstanceId: m.id,
            Groups: m.groups.filter((g) => !m.ours.includes(g)),
          }),
          { kind: 'locust-master', name: 'master', id: m.id },
        );
        await write(
          ctx.clients.ec2,
          new DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: MASTER_CONFIG_TAG }] }),
          { kind: 'locust-master', name: 'master', id: m.id },
        );
      }),
    );
  },
};
