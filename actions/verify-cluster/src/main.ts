import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { verifyBuiltCluster } from '../../../src/ops/verify-cluster.js';

export const run = renderingClusterAction('verify-cluster', {
  inputs: { 'settle-seconds': input.integer({ max: 86_400, fallback: 600 }) },
  run: async ({ ctx, cluster, templates, inputs }) => {
    const v = await verifyBuiltCluster(ctx, cluster, templates, inputs['settle-seconds']);
    return {
      outputs: { passed: v.passed, table: v.table },
      summary: `## Cluster ${cluster.name}: verification\n\n${v.table}\n`,
      ...(v.failure ? { failure: v.failure } : {}),
    };
  },
});
