// Which cluster files a run is about: one named, those whose teardown schedule fired, or those a
// push or pull request changed (all of them when templates/ changed). Also the rules that make a
// cluster's file path canonical, so concurrency groups keyed by it are one per cluster.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claimedClusterName, type LoadedCluster, loadClusterFile } from '../config/load.js';
import { ConfigError, type LocatedProblem } from '../config/problems.js';

export const CLUSTERS_DIR = 'clusters';

export function clusterFiles(dir = CLUSTERS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The one spelling of a cluster's file that workflows accept: `clusters/<name>.yml`. */
export function canonicalClusterPath(name: string, dir = CLUSTERS_DIR): string {
  return `${dir}/${name}.yml`;
}

/** Line of the top-level `name:` key, for locating path problems (1 when absent). */
function nameLine(file: string): number {
  try {
    const i = readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => /^name\s*:/.test(l));
    return i >= 0 ? i + 1 : 1;
  } catch {
    return 1;
  }
}

/**
 * Problems that stop a workflow from using this file: a path other than `clusters/<name>.yml`,
 * or another file under the clusters directory with the same `name:`. Other files that do not
 * load are ignored here (they are reported when they are used).
 */
export function clusterPathProblems(loaded: LoadedCluster, dir = CLUSTERS_DIR): LocatedProblem[] {
  const self = resolve(loaded.file);
  const same = clusterFiles(dir).filter((f) => resolve(f) !== self && alsoNamed(f, loaded.cluster.name));
  return pathProblems(loaded, dir, same);
}

function pathProblems(loaded: LoadedCluster, dir: string, sameName: string[]): LocatedProblem[] {
  const { file, cluster } = loaded;
  const at = { file, line: nameLine(file), column: 1, severity: 'error' as const, path: ['name'] };
  const problems: LocatedProblem[] = [];
  const canonical = canonicalClusterPath(cluster.name, dir);
  if (file !== canonical)
    problems.push({
      ...at,
      message: `cluster ${cluster.name} must be passed as ${canonical} (got ${file})`,
      hint: 'one file per cluster, named after its name: field, so every run of a cluster shares one concurrency group',
    });
  if (sameName.length)
    problems.push({
      ...at,
      message: `cluster name ${cluster.name} is also used by ${sameName.join(', ')}`,
      hint: 'cluster names must be unique under clusters/: two files would change the same resources',
    });
  return problems;
}

/** Throws ConfigError when a workflow must not use this file (see clusterPathProblems). */
export function assertCanonicalCluster(loaded: LoadedCluster, dir = CLUSTERS_DIR): void {
  const problems = clusterPathProblems(loaded, dir);
  if (problems.length) throw new ConfigError(problems);
}

/** Whether another file loads (schema and semantics) as a cluster of this name. */
function alsoNamed(file: string, name: string): boolean {
  // Most files claim another name, which their YAML alone says at a fraction of a whole load.
  if (claimedClusterName(file) !== name) return false;
  try {
    return loadClusterFile(file).cluster.name === name;
  } catch {
    return false;
  }
}

export interface ClusterFileScan {
  /** Files that load and are canonical and unique. */
  valid: LoadedCluster[];
  /** Everything that made a file unusable, located in the file. */
  problems: LocatedProblem[];
}

/** Every cluster file, each loaded on its own: one bad file is a problem, never a stop. */
export function scanClusterFiles(dir = CLUSTERS_DIR): ClusterFileScan {
  const loaded: LoadedCluster[] = [];
  const problems: LocatedProblem[] = [];
  for (const f of clusterFiles(dir)) {
    try {
      loaded.push(loadClusterFile(f));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems.filter((p) => p.severity === 'error'));
    }
  }
  const valid: LoadedCluster[] = [];
  for (const l of loaded) {
    const same = loaded.filter((o) => o !== l && o.cluster.name === l.cluster.name).map((o) => o.file);
    const own = pathProblems(l, dir, same);
    if (own.length) problems.push(...own);
    else valid.push(l);
  }
  return { valid, problems };
}

const normCron = (s: string) => s.trim().split(/\s+/).join(' ');

export type ScheduleOf = 'teardown' | 'regression';

/** The cron of a cluster's teardown or regression schedule, when it has one. */
export function scheduleOf(c: LoadedCluster['cluster'], of: ScheduleOf): string | undefined {
  const cron = of === 'teardown' ? c.teardown.schedule : c.regression?.schedule;
  return cron === undefined ? undefined : normCron(cron);
}

/** The usable clusters whose teardown (or regression) schedule is this cron (unusable files are in scan.problems). */
export function clustersForSchedule(
  cron: string,
  scan: ClusterFileScan,
  of: ScheduleOf = 'teardown',
): string[] {
  return scan.valid.filter((l) => scheduleOf(l.cluster, of) === normCron(cron)).map((l) => l.file);
}

export function changedClusters(since: string, dir = CLUSTERS_DIR, cwd = '.'): string[] {
  const out = execFileSync('git', ['diff', '--name-only', since, 'HEAD', '--', dir, 'templates'], {
    cwd,
    encoding: 'utf8',
  });
  const changed = out.split('\n').filter(Boolean);
  if (changed.some((f) => f.startsWith('templates/')))
    return clusterFiles(join(cwd, dir)).map((f) => f.slice(cwd === '.' ? 0 : cwd.length + 1));
  return changed.filter((f) => /\.ya?ml$/.test(f) && existsSync(join(cwd, f))).sort();
}
