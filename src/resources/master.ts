// The Locust master steps of the procedure: find the master, put it in the performance security
// group, write its .env (ISSUER_URL = admin load balancer, secrets from Parameter Store) through
// SSM, and restart it as master. The rendered script's hash is kept in a tag, so a re-run with
// nothing changed sends no command.
import { createHash } from 'node:crypto';
import {
  CreateTagsCommand,
  DeleteTagsCommand,
  DescribeInstancesCommand,
  ModifyInstanceAttributeCommand,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findSecurityGroups, selector, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { runOnInstances } from '../aws/run-command.js';
import { write } from '../aws/writes.js';
import { PREPARE_TAG, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { masterScript, verifyScript } from '../render/scripts.js';
import type { KindPlan, PlannedScript, ResourceKind } from './kind.js';
import { recordLastRun } from './last-run.js';
import { restarts as restartsMachine } from './machine-resize.js';
import { assertOptedIn, findSelectedInstance } from './source-instances.js';

export { masterScript };
export const MASTER_CONFIG_TAG = 'akrida:master-config';

export interface MasterInfo {
  instanceId: string;
  privateIp: string;
  securityGroupIds: string[];
  tags: Record<string, string>;
  state?: string;
  instanceType?: string;
}

export async function describeMaster(ctx: AwsContext, c: Cluster): Promise<MasterInfo> {
  const i = await findSelectedInstance(ctx, c, c.locust.master.instance, 'locust.master.instance');
  const what = 'locust.master.instance';
  return {
    instanceId: required(i.InstanceId, 'InstanceId', 'DescribeInstances', what),
    privateIp: required(i.PrivateIpAddress, 'PrivateIpAddress', 'DescribeInstances', what),
    securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => (g.GroupId ? [g.GroupId] : [])),
    tags: tagMap(i.Tags),
    ...(i.State?.Name ? { state: i.State.Name } : {}),
    ...(i.InstanceType ? { instanceType: i.InstanceType } : {}),
  };
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
  const { master } = input;
  assertOptedIn(
    {
      InstanceId: master.instanceId,
      Tags: Object.entries(master.tags).map(([Key, Value]) => ({ Key, Value })),
    },
    c,
    'locust.master.instance',
    'add it to the performance security group, rewrite its .env and restart Locust',
  );
  if (!master.securityGroupIds.includes(input.perfSg)) {
    await write(
      ctx.clients.ec2,
      new ModifyInstanceAttributeCommand({
        InstanceId: master.instanceId,
        Groups: [...master.securityGroupIds, input.perfSg],
      }),
      masterAddress(c, master.instanceId),
    );
  }
  const facts: ClusterFacts = {
    ...input.machineFacts,
    adminDns: input.adminDns,
    transportDns: input.transportDns,
    masterPrivateIp: master.privateIp,
  };
  const script = masterScript(t, c, facts);
  const hash = masterConfigHash(script);
  if (master.tags[MASTER_CONFIG_TAG] === hash) return { action: 'unchanged' };
  await runOnInstances(ctx, {
    targets: { instanceIds: [master.instanceId] },
    script,
    comment: `akrida-ops configure Locust master for ${c.name}`,
    timeoutSeconds: 900,
  });
  await recordLastRun(ctx, c, 'configure-master', script);
  await write(
    ctx.clients.ec2,
    new CreateTagsCommand({
      Resources: [master.instanceId],
      Tags: [{ Key: MASTER_CONFIG_TAG, Value: hash }],
    }),
    masterAddress(c, master.instanceId),
  );
  return { action: 'configured' };
}

const PERF_SG_PLACEHOLDER = '(new)';

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
          securityGroupIds: [input.perfSg ?? PERF_SG_PLACEHOLDER],
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
    const script = masterScript(input.templates, c, facts);
    const hash = masterConfigHash(script);
    // A machine the apply starts again loses its mark (machine-launch.ts): its .env is rewritten.
    const sel = c.locust.master.instance;
    const restarts =
      'machine' in sel &&
      m.state !== undefined &&
      restartsMachine(c, { role: sel.machine, state: m.state, instanceType: m.instanceType });
    const lastRan = restarts ? undefined : m.tags[MASTER_CONFIG_TAG];
    const refused =
      m.tags[PREPARE_TAG] === c.name
        ? ''
        : `; REFUSED: ${m.instanceId} lacks the tag ${PREPARE_TAG}=${c.name}`;
    const scripts: PlannedScript[] = [
      {
        id: 'configure-master',
        title: `Configure the Locust master ${m.instanceId}`,
        runs: lastRan !== hash,
        why:
          lastRan === hash
            ? `the master last ran this script (hash ${hash})`
            : `the master last ran ${lastRan ? `a script with hash ${lastRan}` : 'no configuration of ours'}; this one is ${hash}${refused}`,
        script,
      },
      {
        title: 'Verify the cluster (read-only checks on the master)',
        runs: true,
        why: 'every cluster-up ends with it',
        script: verifyScript(input.templates, c, { adminDns: facts.adminDns }),
      },
    ];
    const details = [
      ...(m.securityGroupIds.includes(input.perfSg ?? PERF_SG_PLACEHOLDER)
        ? []
        : [`join the performance security group ${input.perfSg ?? '(new)'}`]),
      ...(lastRan === hash ? [] : ['rewrite .env and restart Locust as master (configuration changed)']),
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
    if (details.length)
      out.changes.push({
        action: 'change',
        resource: `Locust master ${m.instanceId}`,
        details,
        address: masterAddress(c, m.instanceId),
      });
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
