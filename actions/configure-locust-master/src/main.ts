import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { loadBalancers, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { machineClusterFacts } from '../../../src/resources/machine-facts.js';
import { configureMaster, describeMaster } from '../../../src/resources/master.js';

export const run = renderingClusterAction('configure-locust-master', {
  inputs: {},
  run: async ({ ctx, cluster, templates }) => {
    const [master, perfSg, { admin, transport }, machineFacts] = await Promise.all([
      describeMaster(ctx, cluster),
      securityGroupId(ctx, cluster, 'perf-sg'),
      loadBalancers(ctx, cluster),
      machineClusterFacts(ctx, cluster),
    ]);
    const r = await configureMaster(ctx, cluster, templates, {
      master,
      perfSg,
      adminDns: admin.dns,
      transportDns: transport.dns,
      machineFacts,
    });
    const outputs = { 'master-id': master.instanceId, 'master-ip': master.privateIp };
    return { outputs: { ...outputs, changed: r.action === 'configured' } };
  },
});
