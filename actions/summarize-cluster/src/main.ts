import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { clusterSummary, jobTimings } from '../../../src/ops/summary.js';
import { estimateCost } from '../../../src/plan/cost.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('summarize-cluster', async () => {
    const { cluster } = loadClusterInput();
    const text = await clusterSummary(awsContext(cluster, deps), cluster, jobTimings(io().getInput('jobs')));
    await io().summary.addRaw(text).write();
    io().setOutput('hourly-cost', estimateCost(cluster).hourly.toFixed(4));
  });
}
