import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { io } from '../../../src/action/io.js';
import { sizeWorkers } from '../../../src/config/sizing.js';

export function run(): Promise<void> {
  return runAction('validate-cluster', async () => {
    const { file, cluster } = loadClusterInput();
    io().setOutput('name', cluster.name);
    io().setOutput('region', cluster.region);
    io().setOutput('workers', String(sizeWorkers(cluster).workers));
    io().setOutput('ttl-hours', String(cluster.teardown.ttlHours));
    io().info(`${file}: valid cluster ${cluster.name}`);
  });
}
