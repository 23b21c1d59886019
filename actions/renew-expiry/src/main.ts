import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { renewExpiry } from '../../../src/ops/expiry.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('renew-expiry', async () => {
    const { cluster } = loadClusterInput();
    const r = await renewExpiry(awsContext(cluster, deps), cluster);
    io().setOutput('renewed', String(r.renewed.length));
    io().info(
      r.renewed.length
        ? `expiry moved to ${r.expiresAt} on ${r.renewed.length} resources`
        : 'expiry has more than half the time-to-live left; unchanged',
    );
  });
}
