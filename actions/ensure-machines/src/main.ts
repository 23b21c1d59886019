import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureMachines } from '../../../src/resources/machine-launch.js';

export const run = clusterAction('ensure-machines', {
  inputs: { 'perf-sg': input.text() },
  run: async ({ ctx, cluster, inputs }) => {
    const listed = cluster.machines !== undefined;
    const perfSg = listed ? inputs['perf-sg'] || (await securityGroupId(ctx, cluster, 'perf-sg')) : '';
    const ready = await ensureMachines(ctx, cluster, { perfSg });
    return {
      outputs: { machines: JSON.stringify(ready), changed: ready.some((m) => m.action !== 'unchanged') },
    };
  },
});
