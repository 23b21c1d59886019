import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, choiceInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { securityGroupId } from '../../../src/ops/discover-cluster.js';
import { ensureLoadBalancer, type LoadBalancerKind } from '../../../src/ops/network.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('ensure-load-balancer', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const which = choiceInput('which', ['admin', 'transport', 'both'] as const, 'both');
    const lbSg = io().getInput('lb-sg') || (await securityGroupId(ctx, cluster, 'lb-sg'));
    const kinds: LoadBalancerKind[] = which === 'both' ? ['admin', 'transport'] : [which];
    for (const lb of await Promise.all(kinds.map((k) => ensureLoadBalancer(ctx, cluster, k, lbSg)))) {
      io().setOutput(`${lb.kind}-dns`, lb.dns);
      io().setOutput(`${lb.kind}-target-group-arn`, lb.tgArn);
      io().info(`${lb.kind}: ${lb.action}, ${lb.dns}`);
    }
  });
}
