import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { setTierCapacity } from '../../../src/ops/tier-capacity.js';

export const run = clusterAction('set-capacity', {
  inputs: {
    tier: input.choice(['acapy', 'worker']),
    min: input.integer(),
    desired: input.integer(),
    max: input.integer(),
  },
  run: async ({ ctx, cluster, inputs: { tier, ...given } }) => {
    const defined = Object.entries(given).filter(([, v]) => v !== undefined);
    return { outputs: { changed: await setTierCapacity(ctx, cluster, tier, Object.fromEntries(defined)) } };
  },
});
