import { clusterAction } from '../../../src/action/cluster-action.js';
import { io } from '../../../src/action/io.js';
import { renewExpiry } from '../../../src/ops/expiry.js';

export const run = clusterAction('renew-expiry', {
  inputs: {},
  run: async ({ ctx, cluster }) => {
    const r = await renewExpiry(ctx, cluster);
    io().info(
      r.renewed.length
        ? `expiry moved to ${r.expiresAt} on ${r.renewed.length} resources`
        : 'expiry has more than half the time-to-live left; unchanged',
    );
    return { outputs: { renewed: r.renewed.length } };
  },
});
