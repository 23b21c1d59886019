import { clusterAction } from '../../../src/action/cluster-action.js';
import { ensureClusterSecurityGroups } from '../../../src/resources/security-groups.js';

export const run = clusterAction('ensure-security-groups', {
  title: 'Ensure security groups',
  description:
    'Ensure the load-balancer and performance security groups and exactly their managed ingress rules (SG references instead of addresses where AWS allows; operator CIDRs only for the admin listener and the Locust UI). Rules someone else added are left alone.',
  inputs: {},
  outputs: {
    'lb-sg': 'The load-balancer security group id.',
    'perf-sg': 'The performance security group id.',
    changed: 'Whether anything was created or changed (true/false).',
  },
  run: async ({ ctx, cluster }) => {
    const r = await ensureClusterSecurityGroups(ctx, cluster);
    return { outputs: { 'lb-sg': r.lbSg, 'perf-sg': r.perfSg, changed: r.action !== 'unchanged' } };
  },
});
