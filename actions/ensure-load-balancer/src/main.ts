import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureLoadBalancers } from '../../../src/resources/load-balancer-ensure.js';
import type { LoadBalancerKind } from '../../../src/resources/load-balancing.js';

export const run = clusterAction('ensure-load-balancer', {
  title: 'Ensure ACA-Py load balancers',
  description:
    'Ensure the ACA-Py admin (listener 8080 -> target group HTTP 8150, health /status/live) and transport (listener 80 -> HTTP 8151, health /) application load balancers with the configured health checks, in parallel, and wait until they are active.',
  inputs: {
    which: input.choice(['admin', 'transport', 'both'], {
      fallback: 'both',
      description: 'admin, transport or both.',
    }),
    'lb-sg': input.text({ description: 'The load-balancer security group id (found by tags when empty).' }),
  },
  outputs: {
    'admin-dns': 'DNS name of the admin load balancer.',
    'transport-dns': 'DNS name of the transport load balancer.',
    'admin-target-group-arn': 'ARN of the admin target group.',
    'transport-target-group-arn': 'ARN of the transport target group.',
  },
  run: async ({ ctx, cluster, inputs }) => {
    const lbSg = inputs['lb-sg'] || (await securityGroupId(ctx, cluster, 'lb-sg'));
    const kinds: LoadBalancerKind[] = inputs.which === 'both' ? ['admin', 'transport'] : [inputs.which];
    const outputs: Partial<Record<`${LoadBalancerKind}-${'dns' | 'target-group-arn'}`, string>> = {};
    for (const lb of await ensureLoadBalancers(ctx, cluster, kinds, lbSg)) {
      outputs[`${lb.kind}-dns`] = lb.dns;
      outputs[`${lb.kind}-target-group-arn`] = lb.tgArn;
      io().info(`${lb.kind}: ${lb.action}, ${lb.dns}`);
    }
    return { outputs };
  },
});
