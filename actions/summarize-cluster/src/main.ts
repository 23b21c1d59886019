import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { clusterSummary, jobTimings } from '../../../src/ops/summary.js';

export const run = clusterAction('summarize-cluster', {
  title: 'Summarize cluster',
  description:
    'Write the cluster-up job summary: admin, transport and Locust UI URLs, image ids, template versions, groups, estimated cost per hour, and the time each job took.',
  inputs: {
    jobs: input.text({
      description: 'toJSON(needs), where each job outputs started and finished (epoch seconds).',
    }),
  },
  outputs: { 'hourly-cost': 'Estimated cost per hour in USD.' },
  run: async ({ ctx, cluster, inputs }) => {
    const s = await clusterSummary(ctx, cluster, jobTimings(inputs.jobs));
    return { summary: s.markdown, outputs: { 'hourly-cost': s.hourly.toFixed(4) } };
  },
});
