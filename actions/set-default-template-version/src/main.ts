import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { setTierDefaultVersion } from '../../../src/ops/template-default.js';

export const run = clusterAction('set-default-template-version', {
  inputs: {
    tier: input.choice(['acapy', 'worker']),
    version: input.integer({ min: 1 }),
    refresh: input.boolean(false),
  },
  run: async ({ ctx, cluster, inputs: { tier, version, refresh } }) => {
    const r = await setTierDefaultVersion(ctx, cluster, tier, { ...(version ? { version } : {}), refresh });
    return { outputs: { changed: r.changed, 'refresh-id': r.refreshId } };
  },
});
