import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import type { ActionDeps } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { sizeWorkers } from '../../../src/config/sizing.js';
import { assertCanonicalCluster, CLUSTERS_DIR } from '../../../src/ops/list-clusters.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('validate-cluster', async () => {
    const loaded = loadClusterInput();
    // Concurrency groups are keyed by this path: only clusters/<name>.yml, one file per name.
    assertCanonicalCluster(loaded, deps.clustersDir ?? CLUSTERS_DIR);
    const { file, cluster } = loaded;
    io().setOutput('name', cluster.name);
    io().setOutput('region', cluster.region);
    io().setOutput('workers', String(sizeWorkers(cluster).workers));
    io().setOutput('ttl-hours', String(cluster.teardown.ttlHours));
    io().info(`${file}: valid cluster ${cluster.name}`);
  });
}
