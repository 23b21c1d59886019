import { runAction } from '../../../src/action/adapter.js';
import { io } from '../../../src/action/io.js';
import { loadClusterFile } from '../../../src/config/load.js';
import { changedClusters, clusterFiles, clustersForSchedule } from '../../../src/ops/list-clusters.js';

export function run(): Promise<void> {
  return runAction('list-clusters', async () => {
    const one = io().getInput('cluster');
    const schedule = io().getInput('schedule');
    const since = io().getInput('changed-since');
    let clusters: string[];
    if (one) {
      loadClusterFile(one);
      clusters = [one];
    } else if (schedule) clusters = clustersForSchedule(schedule);
    else if (since && !/^0+$/.test(since)) clusters = changedClusters(since);
    else clusters = clusterFiles();
    io().setOutput('clusters', JSON.stringify(clusters));
    io().setOutput('any', String(clusters.length > 0));
    io().setOutput(
      'regions',
      JSON.stringify([...new Set(clusters.map((f) => loadClusterFile(f).cluster.region))].sort()),
    );
    io().info(`clusters: ${clusters.join(', ') || '(none)'}`);
  });
}
