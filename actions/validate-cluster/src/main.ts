import { clusterFileAction } from '../../../src/action/define-action.js';
import { io } from '../../../src/action/io.js';
import { sizeWorkers } from '../../../src/config/sizing.js';
import { assertCanonicalCluster, CLUSTERS_DIR } from '../../../src/ops/list-clusters.js';

export const run = clusterFileAction('validate-cluster', {
  inputs: {},
  run: async ({ loaded, cluster, deps }) => {
    // Concurrency groups are keyed by this path: only clusters/<name>.yml, one file per name.
    assertCanonicalCluster(loaded, deps.clustersDir ?? CLUSTERS_DIR);
    io().info(`${loaded.file}: valid cluster ${cluster.name}`);
    return {
      outputs: {
        name: cluster.name,
        region: cluster.region,
        workers: sizeWorkers(cluster).workers,
        'ttl-hours': cluster.teardown.ttlHours,
      },
    };
  },
});
