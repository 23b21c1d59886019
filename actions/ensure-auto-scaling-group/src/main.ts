import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, booleanInput, choiceInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { loadBalancer, templateId } from '../../../src/ops/discover-cluster.js';
import { ensureGroup, tierCapacity, waitGroupReady } from '../../../src/ops/groups.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('ensure-auto-scaling-group', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const tier = choiceInput('tier', ['acapy', 'worker'] as const);
    const id = io().getInput('template-id') || (await templateId(ctx, cluster, tier));
    const tgs =
      tier === 'acapy'
        ? (
            await Promise.all([loadBalancer(ctx, cluster, 'admin'), loadBalancer(ctx, cluster, 'transport')])
          ).map((l) => l.tgArn)
        : [];
    const workers = io().getInput('workers');
    const capacity = tierCapacity(cluster, tier, workers ? Number(workers) : undefined);
    const g = await ensureGroup(ctx, cluster, tier, { templateId: id, targetGroupArns: tgs, capacity });
    io().setOutput('group-name', g.name);
    io().info(`${g.name}: ${g.action}`);
    if (booleanInput('wait', true))
      io().setOutput('instance-ids', (await waitGroupReady(ctx, g.name, tgs)).join(','));
  });
}
