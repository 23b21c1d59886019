import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { loadBalancers, templateId } from '../../../src/ops/discover-cluster.js';
import { waitGroupReady } from '../../../src/resources/group-capacity.js';
import { ensureGroup, tierCapacity } from '../../../src/resources/groups.js';

export const run = clusterAction('ensure-auto-scaling-group', {
  inputs: {
    tier: input.choice(['acapy', 'worker']),
    'template-id': input.text(),
    workers: input.integer({ max: 10_000 }),
    wait: input.boolean(true),
  },
  run: async ({ ctx, cluster, inputs: { tier, workers, wait, ...given } }) => {
    const id = given['template-id'] || (await templateId(ctx, cluster, tier));
    // The ACA-Py tier sits behind both load balancers; the workers behind none.
    const lbs = tier === 'acapy' ? Object.values(await loadBalancers(ctx, cluster)) : [];
    const tgs = lbs.map((l) => l.tgArn);
    const capacity = tierCapacity(cluster, tier, workers);
    const g = await ensureGroup(ctx, cluster, tier, { templateId: id, targetGroupArns: tgs, capacity });
    io().info(`${g.name}: ${g.action}`);
    const ids = wait ? (await waitGroupReady(ctx, g.name, tgs)).join(',') : undefined;
    return { outputs: { 'group-name': g.name, 'instance-ids': ids } };
  },
});
