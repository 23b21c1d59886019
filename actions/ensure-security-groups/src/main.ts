import * as core from '@actions/core';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext } from '../../../src/action/context.js';
import { ensureClusterSecurityGroups } from '../../../src/ops/network.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction(async () => {
    const { cluster } = loadClusterInput();
    const r = await ensureClusterSecurityGroups(awsContext(cluster, deps), cluster);
    core.setOutput('lb-sg', r.lbSg);
    core.setOutput('perf-sg', r.perfSg);
    core.setOutput('changed', String(r.action !== 'unchanged'));
  });
}
