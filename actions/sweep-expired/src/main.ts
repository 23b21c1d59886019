import { runAction } from '../../../src/action/adapter.js';
import type { ActionDeps } from '../../../src/action/context.js';
import { booleanInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { makeClients } from '../../../src/aws/clients.js';
import { expiredClusters, teardown, teardownMarkdown } from '../../../src/ops/teardown.js';
import { SYSTEM_CLOCK } from '../../../src/sim/clock.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('sweep-expired', async () => {
    const region = io().getInput('region', { required: true });
    const ctx = {
      clients: deps.clients ?? makeClients({ region, debug: (l) => io().debug(l) }),
      clock: deps.clock ?? SYSTEM_CLOCK,
      log: (l: string) => io().info(l),
    };
    const clusters = await expiredClusters(ctx);
    io().setOutput('clusters', JSON.stringify(clusters));
    if (clusters.length === 0) {
      await io().summary.addRaw(`No expired cluster in ${region}.\n`).write();
      return;
    }
    for (const name of clusters) {
      const r = await teardown(ctx, name, 'destroy', { dryRun: booleanInput('dry-run', false) });
      await io().summary.addRaw(teardownMarkdown(r)).write();
    }
  });
}
