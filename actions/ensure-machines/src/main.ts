import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureMachines } from '../../../src/resources/machine-launch.js';

export const run = renderingClusterAction('ensure-machines', {
  title: 'Ensure stand-alone machines',
  description:
    "Launch the stand-alone machines a cluster file lists under `machines` (database, ACA-Py issuer, Locust) from Canonical's current Ubuntu LTS image (its public SSM parameter), with the instance profile, IMDSv2 only, an encrypted root volume and no SSH key, in the cluster's first subnet; or start them when a scale-to-zero stopped them (their preparation then runs again); an edited `instanceType` is set while the machine is stopped, a larger `diskGiB` grows its root volume and file system in place. Waits until SSM reaches each one. A cluster file without `machines` makes nothing.",
  inputs: {
    'perf-sg': input.text({ description: 'The performance security group id (empty, found by tags).' }),
  },
  outputs: {
    machines: 'JSON list of the machines (role, instance id, private IP, what was done).',
    changed: 'Whether anything was launched or started (true/false).',
  },
  run: async ({ ctx, cluster, inputs, templates }) => {
    const listed = cluster.machines !== undefined;
    const perfSg = listed ? inputs['perf-sg'] || (await securityGroupId(ctx, cluster, 'perf-sg')) : '';
    const ready = await ensureMachines(ctx, cluster, { perfSg, templates });
    return {
      outputs: { machines: JSON.stringify(ready), changed: ready.some((m) => m.action !== 'unchanged') },
    };
  },
});
