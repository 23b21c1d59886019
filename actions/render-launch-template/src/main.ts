import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { loadBalancers, newestImage, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureTierTemplate } from '../../../src/resources/launch-templates.js';
import { machineClusterFacts } from '../../../src/resources/machine-facts.js';
import { describeMaster } from '../../../src/resources/master.js';

export const run = renderingClusterAction('render-launch-template', {
  title: 'Render launch template',
  description:
    'Render the ACA-Py or Locust worker user data from templates/ (strict: an undefined variable is an error; secrets are Parameter Store references read at boot) and create the launch template, or a new version only when the rendered content changed.',
  inputs: {
    tier: input.choice(['acapy', 'worker'], { description: 'acapy or worker.' }),
    'image-id': input.text({
      description: 'The image to launch (the newest tagged image of the tier when empty).',
    }),
    'perf-sg': input.text({ description: 'The performance security group id (found by tags when empty).' }),
  },
  outputs: {
    'template-id': 'The launch template id.',
    version: 'The version that holds the rendered content.',
    changed: 'Whether a template or version was created (true/false).',
  },
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
