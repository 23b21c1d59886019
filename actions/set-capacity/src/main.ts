import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { setTierCapacity } from '../../../src/ops/tier-capacity.js';

export const run = clusterAction('set-capacity', {
  title: 'Set capacity',
  description: 'Set min, desired and max of the ACA-Py or worker group (no call when they already hold).',
  inputs: {
    tier: input.choice(['acapy', 'worker'], { description: 'acapy or worker.' }),
    min: input.integer({ description: "Minimum size (the cluster file's when empty)." }),
    desired: input.integer({ description: "Desired capacity (the cluster file's when empty)." }),
    max: input.integer({ description: "Maximum size (the cluster file's when empty)." }),
  },
  outputs: { changed: 'Whether the capacity changed (true/false).' },
  run: async ({ ctx, cluster, inputs: { tier, ...given } }) => {
    const defined = Object.entries(given).filter(([, v]) => v !== undefined);
    return { outputs: { changed: await setTierCapacity(ctx, cluster, tier, Object.fromEntries(defined)) } };
  },
});
