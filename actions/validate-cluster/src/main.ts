import * as core from '@actions/core';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { sizeWorkers } from '../../../src/config/sizing.js';

export function run(): Promise<void> {
  return runAction(async () => {
    const { file, cluster } = loadClusterInput();
    core.setOutput('name', cluster.name);
    core.setOutput('region', cluster.region);
    core.setOutput('workers', String(sizeWorkers(cluster).workers));
    core.setOutput('ttl-hours', String(cluster.teardown.ttlHours));
    core.info(`${file}: valid cluster ${cluster.name}`);
  });
}
