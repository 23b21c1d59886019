import { clusterAction } from '../../../src/action/cluster-action.js';
import { ensureClusterSecurityGroups } from '../../../src/resources/security-groups.js';

export const run = clusterAction('ensure-security-groups', {
  inputs: {},
  run: async ({ ctx, cluster }) => {
    const r = await ensureClusterSecurityGroups(ctx, cluster);
    return { outputs: { 'lb-sg': r.lbSg, 'perf-sg': r.perfSg, changed: r.action !== 'unchanged' } };
  },
});
