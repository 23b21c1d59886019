// Which cluster files a run is about: one named, those whose teardown schedule fired, or those a
// push or pull request changed (all of them when templates/ changed).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadClusterFile } from '../config/load.js';

export function clusterFiles(dir = 'clusters'): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function clustersForSchedule(cron: string, dir = 'clusters'): string[] {
  const norm = (s: string) => s.trim().split(/\s+/).join(' ');
  return clusterFiles(dir).filter((f) => norm(loadClusterFile(f).cluster.teardown.schedule) === norm(cron));
}

export function changedClusters(since: string, dir = 'clusters', cwd = '.'): string[] {
  const out = execFileSync('git', ['diff', '--name-only', since, 'HEAD', '--', dir, 'templates'], {
    cwd,
    encoding: 'utf8',
  });
  const changed = out.split('\n').filter(Boolean);
  if (changed.some((f) => f.startsWith('templates/')))
    return clusterFiles(join(cwd, dir)).map((f) => f.slice(cwd === '.' ? 0 : cwd.length + 1));
  return changed.filter((f) => /\.ya?ml$/.test(f) && existsSync(join(cwd, f))).sort();
}
