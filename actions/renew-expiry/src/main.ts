import { clusterAction } from '../../../src/action/cluster-action.js';
import { io } from '../../../src/action/io.js';
import { renewExpiry } from '../../../src/ops/expiry.js';

export const run = clusterAction('renew-expiry', {
  title: 'Renew cluster expiry',
  description:
    'Move the expiry tag of every resource of the cluster to now plus its time-to-live when less than half of it is left (or the tag is unreadable), so a cluster in use is not swept; the in-AWS backstop follows when the groups are ensured.',
  inputs: {},
  outputs: { renewed: 'How many resources had their expiry tag moved (0 when none was due).' },
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
