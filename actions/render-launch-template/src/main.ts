import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { loadBalancers, newestImage, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureTierTemplate } from '../../../src/resources/launch-templates.js';
import { machineClusterFacts } from '../../../src/resources/machine-facts.js';
import { describeMaster } from '../../../src/resources/master.js';

export const run = renderingClusterAction('render-launch-template', {
  inputs: { tier: input.choice(['acapy', 'worker']), 'image-id': input.text(), 'perf-sg': input.text() },
  run: async ({ ctx, cluster, templates, inputs }) => {
    const tier = inputs.tier;
    const [imageId, perfSg, { admin, transport }, master, machineFacts] = await Promise.all([
      inputs['image-id'] || newestImage(ctx, cluster, tier === 'acapy' ? 'acapy' : 'locust'),
      inputs['perf-sg'] || securityGroupId(ctx, cluster, 'perf-sg'),
      loadBalancers(ctx, cluster),
      describeMaster(ctx, cluster),
      machineClusterFacts(ctx, cluster),
    ]);
    const lt = await ensureTierTemplate(ctx, cluster, tier, templates, {
      imageId,
      perfSg,
      facts: {
        ...machineFacts,
        adminDns: admin.dns,
        transportDns: transport.dns,
        masterPrivateIp: master.privateIp,
      },
    });
    io().info(`${tier} launch template ${lt.name}: ${lt.action}, version ${lt.version}`);
    return { outputs: { 'template-id': lt.id, version: lt.version, changed: lt.action !== 'unchanged' } };
  },
});
