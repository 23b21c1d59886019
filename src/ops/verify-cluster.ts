// Verifying a built cluster as one call: find its master and load balancers by tags, run the
// checks, and say which failed.
import type { AwsContext } from '../aws/context.js';
import { resourceNames } from '../cluster/resources.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { describeMaster } from '../resources/master.js';
import { loadBalancers } from './discover-cluster.js';
import { type Check, checksTable, verifyCluster } from './verify.js';

export interface Verification {
  checks: Check[];
  passed: boolean;
  /** The checks as a Markdown table. */
  table: string;
  /** Every failed check with what was expected and what was found; undefined when all passed. */
  failure?: string;
}

export async function verifyBuiltCluster(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  settleSeconds: number,
): Promise<Verification> {
  const names = resourceNames(c);
  const [master, { admin, transport }] = await Promise.all([describeMaster(ctx, c), loadBalancers(ctx, c)]);
  const checks = await verifyCluster(ctx, c, templates, {
    masterId: master.instanceId,
    adminDns: admin.dns,
    transportDns: transport.dns,
    targetGroups: [
      { name: names.adminTg, arn: admin.tgArn },
      { name: names.transportTg, arn: transport.tgArn },
    ],
    settleMs: settleSeconds * 1000,
  });
  const failed = checks.filter((x) => !x.ok);
  const v = { checks, passed: failed.length === 0, table: checksTable(checks) };
  if (failed.length === 0) return v;
  const why = failed.map((x) => `${x.check} (expected ${x.expected}, got ${x.actual})`).join('; ');
  return { ...v, failure: `verification failed: ${why}` };
}
