import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { ensureClusterSecurityGroups } from '../../../src/ops/network.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('ensure-security-groups', async () => {
    const { cluster } = loadClusterInput();
    const r = await ensureClusterSecurityGroups(awsContext(cluster, deps), cluster);
    io().setOutput('lb-sg', r.lbSg);
    io().setOutput('perf-sg', r.perfSg);
    io().setOutput('changed', String(r.action !== 'unchanged'));
  });
}
