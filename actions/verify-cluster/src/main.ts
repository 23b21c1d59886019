import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { resourceNames } from '../../../src/cluster/resources.js';
import { loadBalancer } from '../../../src/ops/discover-cluster.js';
import { describeMaster } from '../../../src/ops/master.js';
import { checksTable, verifyCluster } from '../../../src/ops/verify.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('verify-cluster', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const names = resourceNames(cluster);
    const [master, admin, transport] = await Promise.all([
      describeMaster(ctx, cluster),
      loadBalancer(ctx, cluster, 'admin'),
      loadBalancer(ctx, cluster, 'transport'),
    ]);
    const checks = await verifyCluster(ctx, cluster, templatesOf(deps), {
      masterId: master.instanceId,
      adminDns: admin.dns,
      transportDns: transport.dns,
      targetGroups: [
        { name: names.adminTg, arn: admin.tgArn },
        { name: names.transportTg, arn: transport.tgArn },
      ],
      settleMs: Number(io().getInput('settle-seconds') || 600) * 1000,
    });
    const table = checksTable(checks);
    const passed = checks.every((c) => c.ok);
    io().setOutput('passed', String(passed));
    io().setOutput('table', table);
    await io().summary.addHeading(`Cluster ${cluster.name}: verification`, 2).addRaw(`${table}\n`).write();
    if (!passed)
      throw new Error(
        `verification failed: ${checks
          .filter((c) => !c.ok)
          .map((c) => `${c.check} (expected ${c.expected}, got ${c.actual})`)
          .join('; ')}`,
      );
  });
}
