import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { loadBalancers, templateId } from '../../../src/ops/discover-cluster.js';
import { waitGroupReady } from '../../../src/resources/group-capacity.js';
import { ensureGroup, tierCapacity } from '../../../src/resources/groups.js';

export const run = clusterAction('ensure-auto-scaling-group', {
  title: 'Ensure auto scaling group',
  description:
    "Ensure the ACA-Py group (both target groups, ELB health checks, group metrics, warmup) or the Locust worker group (EC2 health checks: workers serve no HTTP), on the template's $Default version, and wait until its instances are in service and healthy.",
  inputs: {
    tier: input.choice(['acapy', 'worker'], { description: 'acapy or worker.' }),
    'template-id': input.text({ description: 'The launch template id (found by tags when empty).' }),
    workers: input.integer({
      max: 10_000,
      description: "Worker count for the worker tier (the cluster file's when empty).",
    }),
    wait: input.boolean({
      fallback: true,
      description: 'Wait until the group is in service and healthy (true/false).',
    }),
  },
  outputs: {
    'group-name': 'The Auto Scaling group name.',
    'instance-ids': 'In-service instance ids, comma-separated (when waited).',
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
