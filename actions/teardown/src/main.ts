import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { teardown, teardownMarkdown } from '../../../src/ops/teardown.js';

export const run = clusterAction('teardown', {
  title: 'Tear down cluster',
  description:
    'Scale the cluster\'s groups to zero (everything else kept for a fast restart) or destroy every resource tagged for the cluster in dependency order, retrying "still in use" answers until a deadline. Only resources tagged for this cluster are touched. A dry run lists what would go.',
  inputs: {
    mode: input.choice(['file', 'scale-to-zero', 'destroy'], {
      fallback: 'file',
      description: "scale-to-zero, destroy, or file (the cluster file's teardown.mode).",
    }),
    'dry-run': input.boolean({
      fallback: false,
      description: 'List what would be deleted or scaled down, change nothing (true/false).',
    }),
  },
  outputs: {
    items: 'JSON list of the resources and what was done to each.',
    'hourly-stopped': 'Estimated cost per hour that stops, in USD.',
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
