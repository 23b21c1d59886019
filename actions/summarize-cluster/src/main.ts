import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { clusterSummary, jobTimings } from '../../../src/ops/summary.js';
import { estimateCost } from '../../../src/plan/cost.js';

export const run = clusterAction('summarize-cluster', {
  inputs: { jobs: input.text() },
  run: async ({ ctx, cluster, inputs }) => ({
    summary: await clusterSummary(ctx, cluster, jobTimings(inputs.jobs)),
    outputs: { 'hourly-cost': estimateCost(cluster).hourly.toFixed(4) },
  }),
});
