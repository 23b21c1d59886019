import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { teardown, teardownMarkdown } from '../../../src/ops/teardown.js';

export const run = clusterAction('teardown', {
  inputs: {
    mode: input.choice(['file', 'scale-to-zero', 'destroy'], 'file'),
    'dry-run': input.boolean(false),
  },
  run: async ({ ctx, cluster, inputs }) => {
    const mode = inputs.mode === 'file' ? cluster.teardown.mode : inputs.mode;
    const r = await teardown(ctx, cluster.name, mode, { dryRun: inputs['dry-run'] });
    return {
      outputs: { items: JSON.stringify(r.items), 'hourly-stopped': r.hourlyStopped.toFixed(4) },
      summary: teardownMarkdown(r),
    };
  },
});
