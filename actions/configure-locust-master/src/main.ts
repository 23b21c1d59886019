import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { loadBalancer, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { configureMaster, describeMaster } from '../../../src/ops/master.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('configure-locust-master', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const [master, perfSg, admin, transport] = await Promise.all([
      describeMaster(ctx, cluster),
      securityGroupId(ctx, cluster, 'perf-sg'),
      loadBalancer(ctx, cluster, 'admin'),
      loadBalancer(ctx, cluster, 'transport'),
    ]);
    const r = await configureMaster(ctx, cluster, templatesOf(deps), {
      master,
      perfSg,
      adminDns: admin.dns,
      transportDns: transport.dns,
    });
    io().setOutput('master-id', master.instanceId);
    io().setOutput('master-ip', master.privateIp);
    io().setOutput('changed', String(r.action === 'configured'));
  });
}
