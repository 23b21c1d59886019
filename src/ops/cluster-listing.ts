// What list-clusters answers: the cluster files a run is about, and every region to sweep.

import { sweepRegions } from '../cluster/regions.js';
import { loadClusterFile } from '../config/load.js';
import type { LocatedProblem } from '../config/problems.js';
import {
  assertCanonicalCluster,
  CLUSTERS_DIR,
  changedClusters,
  clustersForSchedule,
  type ScheduleOf,
  scanClusterFiles,
} from './list-clusters.js';

export interface ClusterQuery {
  dir?: string;
  /** One file named by a person: wins over the rest, and a bad file fails the run. */
  one?: string;
  /** The cron expression that fired. */
  schedule?: string;
  /** Whose schedule it is: the teardown's (cluster-down) or the regression's. */
  scheduleOf?: ScheduleOf;
  /** A commit: the files changed since. */
  changedSince?: string;
  /** More regions to sweep (e.g. of clusters whose file was deleted). */
  regions?: string[];
}

export interface ClusterListing {
  clusters: string[];
  /** The regions of every usable cluster file and the extra regions, sorted and unique. */
  regions: string[];
  /** Why files were skipped, located in each (scheduled and listed runs only). */
  problems: LocatedProblem[];
  /** Extra regions that are not AWS region names (skipped). */
  badRegions: string[];
}

export function listClusters(q: ClusterQuery): ClusterListing {
  const dir = q.dir ?? CLUSTERS_DIR;
  const extra = sweepRegions(q.regions ?? []);
  const listing = (clusters: string[], regions: string[], problems: LocatedProblem[]) => ({
    clusters,
    regions: [...new Set([...regions, ...extra.valid])].sort(),
    problems,
    badRegions: extra.invalid,
  });
  if (q.one) {
    const loaded = loadClusterFile(q.one);
    assertCanonicalCluster(loaded, dir);
    return listing([q.one], [loaded.cluster.region], []);
  }
  // Scheduled or listed: one bad file is a problem and is skipped, never a stop.
  const scan = scanClusterFiles(dir);
  const regions = scan.valid.map((l) => l.cluster.region);
  if (q.schedule) return listing(clustersForSchedule(q.schedule, scan, q.scheduleOf), regions, scan.problems);
  if (q.changedSince && !/^0+$/.test(q.changedSince))
    return listing(changedClusters(q.changedSince, dir), regions, scan.problems);
  return listing(
    scan.valid.map((l) => l.file),
    regions,
    scan.problems,
  );
}
