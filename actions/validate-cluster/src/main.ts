import { clusterFileAction } from '../../../src/action/define-action.js';
import { io } from '../../../src/action/io.js';
import { sizeWorkers } from '../../../src/config/sizing.js';
import { assertCanonicalCluster, CLUSTERS_DIR } from '../../../src/ops/list-clusters.js';

export const run = clusterFileAction('validate-cluster', {
  title: 'Validate cluster file',
  description:
    'Check a clusters/<name>.yml against the schema and the semantic rules, before any AWS call; refuse any other path spelling and a name another file under clusters/ also uses.',
  cluster: 'Path of the cluster file, exactly clusters/<name>.yml, e.g. clusters/perf.yml.',
  inputs: {},
  outputs: {
    name: 'The cluster name.',
    region: 'The AWS region of the cluster.',
    workers: 'Locust worker count (given, or sized from targetUsers).',
    'ttl-hours': "The cluster's time-to-live in hours.",
  },
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
