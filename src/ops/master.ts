// The Locust master steps of the procedure: find the master, put it in the performance security
// group, write its .env (ISSUER_URL = admin load balancer, secrets from Parameter Store) through
// SSM, and restart it as master. The rendered script's hash is kept in a tag, so a re-run with
// nothing changed sends no command.
import { createHash } from 'node:crypto';
import { CreateTagsCommand, ModifyInstanceAttributeCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { tagMap } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import type { Cluster } from '../config/schema.js';
import type { ClusterFacts } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { masterScript } from '../render/scripts.js';
import { assertOptedIn, findSelectedInstance } from './images.js';
import { recordLastRun } from './last-run.js';
import { runOnInstances } from './run-on-instances.js';

export { masterScript };
export const MASTER_CONFIG_TAG = 'akrida:master-config';

export interface MasterInfo {
  instanceId: string;
  privateIp: string;
  securityGroupIds: string[];
  tags: Record<string, string>;
}

export async function describeMaster(ctx: AwsContext, c: Cluster): Promise<MasterInfo> {
  const i = await findSelectedInstance(ctx, c.locust.master.instance, 'locust.master.instance');
  return {
    instanceId: i.InstanceId ?? '',
    privateIp: i.PrivateIpAddress ?? '',
    securityGroupIds: (i.SecurityGroups ?? []).map((g) => g.GroupId ?? ''),
    tags: tagMap(i.Tags),
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
  input: { master: MasterInfo; perfSg: string; adminDns: string; transportDns: string },
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
    await write('ModifyInstanceAttribute', `Locust master ${master.instanceId}`, () =>
      ctx.clients.ec2.send(
        new ModifyInstanceAttributeCommand({
          InstanceId: master.instanceId,
          Groups: [...master.securityGroupIds, input.perfSg],
        }),
      ),
    );
  }
  const facts: ClusterFacts = {
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
  await write('CreateTags', `Locust master ${master.instanceId}`, () =>
    ctx.clients.ec2.send(
      new CreateTagsCommand({
        Resources: [master.instanceId],
        Tags: [{ Key: MASTER_CONFIG_TAG, Value: hash }],
      }),
    ),
  );
  return { action: 'configured' };
}
