// The Locust master as a provider. The toolkit does not make it (the file selects an instance, or
// names a machine the machines kind makes): it brings it into the performance security group and
// writes its configuration (.env, restart as master) through SSM. Both are compared fields of one
// builder: `SecurityGroupIds` (the performance group among its groups; others it has stay) and
// `Configuration` (the hash of the script, kept in a tag on the master, so an unchanged one sends
// no command). Only a master that carries the cluster's opt-in tag is touched.
import { CreateTagsCommand, ModifyInstanceAttributeCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { runOnInstances } from '../aws/run-command.js';
import { write } from '../aws/writes.js';
import type { Cluster } from '../config/schema.js';
import { recordLastRun } from './last-run.js';
import { MASTER_CONFIG_TAG, type MasterInfo, readMaster } from './master-info.js';
import type { Change, FieldChange, Provider, Spec } from './provider.js';
import { assertOptedIn } from './source-instances.js';
import { NEW_VALUE } from './value-placeholders.js';

export interface MasterDesired {
  /** `{kind: 'locust-master', name: 'master', cluster, id}` */
  address: Address;
  cluster: Cluster;
  /** The performance security group; undefined while it is not made yet. */
  perfSg: string | undefined;
  /** The configuration script (its .env and restart) and its hash. */
  script: string;
  configuration: string;
  /** The master is started again by this apply (a stopped or resized machine): its mark is gone. */
  restarts: boolean;
  found: MasterInfo;
}

export function masterSpec(d: MasterDesired) {
  return { SecurityGroupIds: d.perfSg ?? NEW_VALUE.perfSg, Configuration: d.configuration };
}

export function masterObserved(o: MasterInfo, d: MasterDesired): Spec {
  const want = d.perfSg ?? NEW_VALUE.perfSg;
  return {
    // Its other groups are not the toolkit's: the field is whether the performance group is among them.
    SecurityGroupIds: o.securityGroupIds.includes(want) ? want : [...o.securityGroupIds].sort().join(', '),
    Configuration: d.restarts ? undefined : o.tags[MASTER_CONFIG_TAG],
  };
}

async function update(ctx: AwsContext, d: MasterDesired, fields: FieldChange[]): Promise<void> {
  const { found: m, cluster: c } = d;
  assertOptedIn(
    { InstanceId: m.instanceId, Tags: Object.entries(m.tags).map(([Key, Value]) => ({ Key, Value })) },
    c,
    'locust.master.instance',
    'add it to the performance security group, rewrite its .env and restart Locust',
  );
  const changed = new Set(fields.map((f) => f.field));
  if (changed.has('SecurityGroupIds')) {
    if (!d.perfSg) throw new Error('the Locust master joins the performance security group once it exists');
    await write(
      ctx.clients.ec2,
      new ModifyInstanceAttributeCommand({
        InstanceId: m.instanceId,
        Groups: [...m.securityGroupIds, d.perfSg],
      }),
      d.address,
    );
  }
  if (!changed.has('Configuration')) return;
  await runOnInstances(ctx, {
    targets: { instanceIds: [m.instanceId] },
    script: d.script,
    comment: `akrida-ops configure Locust master for ${c.name}`,
    timeoutSeconds: 900,
  });
  await recordLastRun(ctx, c, 'configure-master', d.script);
  await write(
    ctx.clients.ec2,
    new CreateTagsCommand({
      Resources: [m.instanceId],
      Tags: [{ Key: MASTER_CONFIG_TAG, Value: d.configuration }],
    }),
    d.address,
  );
}

export const masterProvider: Provider<MasterDesired, MasterInfo> = {
  kind: 'locust-master',
  read: readMaster,
  spec: masterSpec,
  observed: masterObserved,
  async apply(ctx, change: Change<MasterDesired>) {
    if (change.op !== 'update')
      throw new Error(
        `the Locust master: ${change.op} is not the toolkit's (the file selects it, or the machines kind makes it)`,
      );
    await update(ctx, change.desired, change.fields);
  },
  describe(f) {
    if (f.field === 'SecurityGroupIds') return [`join the performance security group ${String(f.after)}`];
    return ['rewrite .env and restart Locust as master (configuration changed)'];
  },
};
