import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureLoadBalancers } from '../../../src/resources/load-balancer-ensure.js';
import type { LoadBalancerKind } from '../../../src/resources/load-balancing.js';

export const run = clusterAction('ensure-load-balancer', {
  inputs: { which: input.choice(['admin', 'transport', 'both'], 'both'), 'lb-sg': input.text() },
  run: async ({ ctx, cluster, inputs }) => {
    const lbSg = inputs['lb-sg'] || (await securityGroupId(ctx, cluster, 'lb-sg'));
    const kinds: LoadBalancerKind[] = inputs.which === 'both' ? ['admin', 'transport'] : [inputs.which];
    const outputs: Record<string, string> = {};
    for (const lb of await ensureLoadBalancers(ctx, cluster, kinds, lbSg)) {
      outputs[`${lb.kind}-dns`] = lb.dns;
      outputs[`${lb.kind}-target-group-arn`] = lb.tgArn;
      io().info(`${lb.kind}: ${lb.action}, ${lb.dns}`);
    }
    return { outputs };
  },
});
