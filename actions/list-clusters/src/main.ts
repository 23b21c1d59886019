import { annotateProblems, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, listInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { loadClusterFile } from '../../../src/config/load.js';
import {
  assertCanonicalCluster,
  CLUSTERS_DIR,
  changedClusters,
  clustersForSchedule,
  scanClusterFiles,
} from '../../../src/ops/list-clusters.js';
import { sweepRegions } from '../../../src/ops/teardown.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('list-clusters', async () => {
    const dir = deps.clustersDir ?? CLUSTERS_DIR;
    const one = io().getInput('cluster');
    const schedule = io().getInput('schedule');
    const since = io().getInput('changed-since');
    let clusters: string[];
    let regions: string[];
    if (one) {
      // Named by a person: a bad file fails the run.
      const loaded = loadClusterFile(one);
      assertCanonicalCluster(loaded, dir);
      clusters = [one];
      regions = [loaded.cluster.region];
    } else {
      // Scheduled or listed: one bad file is an annotation and is skipped, never a stop.
      const scan = scanClusterFiles(dir);
      annotateProblems(scan.problems);
      if (scan.problems.length)
        io().info(`skipped ${new Set(scan.problems.map((p) => p.file)).size} unusable cluster file(s)`);
      regions = scan.valid.map((l) => l.cluster.region);
      if (schedule) clusters = clustersForSchedule(schedule, scan);
      else if (since && !/^0+$/.test(since)) clusters = changedClusters(since, dir);
      else clusters = scan.valid.map((l) => l.file);
    }
    const extra = sweepRegions(listInput('regions'));
    for (const bad of extra.invalid) io().error(`regions: "${bad}" is not an AWS region name; skipped`);
    io().setOutput('clusters', JSON.stringify(clusters));
    io().setOutput('any', String(clusters.length > 0));
    io().setOutput('regions', JSON.stringify([...new Set([...regions, ...extra.valid])].sort()));
    io().info(`clusters: ${clusters.join(', ') || '(none)'}`);
  });
}
