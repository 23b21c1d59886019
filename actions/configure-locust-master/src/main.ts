import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { loadBalancers, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { machineClusterFacts } from '../../../src/resources/machine-facts.js';
import { configureMaster, describeMaster } from '../../../src/resources/master.js';

export const run = renderingClusterAction('configure-locust-master', {
  title: 'Configure Locust master',
  description:
    'Put the Locust master in the performance security group, write its .env through SSM (ISSUER_URL = admin load balancer, secrets from Parameter Store), make it run as master and restart it. Fails naming the file when the configured compose file or a locustfile does not exist on the instance.',
  inputs: {},
  outputs: {
    'master-id': "The master's instance id.",
    'master-ip': "The master's private IP (MASTER_HOST of the workers).",
    changed: 'Whether the master was reconfigured (true/false).',
  },
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
