// The regression history in the repository's own storage, as benchmark-action's data branch: one
// JSON file per cluster on a branch of its own, each run appended as one entry (per variant: its
// status and mean figures) and pushed with the job's token. The token reaches git through its
// environment (GIT_CONFIG_*), never a command line or a file; a push that lost a race is redone
// on the new tip. The report's trend is the last N entries per variant.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { RegressionReport } from './model.js';
import type { TrendRow } from './report-markdown.js';

const run = promisify(execFile);
/** What git said on failing (execFile's error carries its stderr). */
const said = (err: unknown): string => ((err as { stderr?: string }).stderr ?? String(err)).trim();

export interface HistoryEntry {
  startedAt: string;
  finishedAt: string;
  clusterOn: string;
  regressions: string[];
  variants: {
    name: string;
    baseline: boolean;
    status: 'ok' | 'failed';
    acapyTag: string;
    walletType: string;
    p95Ms?: number;
    rps?: number;
    errorRatio?: number;
  }[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

export function historyEntry(r: RegressionReport): HistoryEntry {
  return {
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    clusterOn: r.clusterOn,
    regressions: r.regressions,
    variants: r.variants.map((v) => {
      const figs = r.runs.filter((x) => x.variant === v.name && x.figures).flatMap((x) => x.figures ?? []);
      const m = (f: (x: (typeof figs)[number]) => number) => mean(figs.map(f));
      const p95Ms = m((x) => x.p95Ms);
      const rps = m((x) => x.rps);
      const errorRatio = m((x) => x.errorRatio);
      return {
        name: v.name,
        baseline: v.baseline,
        status: v.status,
        acapyTag: v.acapyTag,
        walletType: v.walletType,
        ...(p95Ms !== undefined ? { p95Ms } : {}),
        ...(rps !== undefined ? { rps } : {}),
        ...(errorRatio !== undefined ? { errorRatio } : {}),
      };
    }),
  };
}

/** The last `keep` runs of each variant, oldest first (a variant's failed runs have no point). */
export function trendRows(history: readonly HistoryEntry[], keep: number): TrendRow[] {
  const byVariant = new Map<string, TrendRow['points']>();
  for (const e of history)
    for (const v of e.variants) {
      if (v.p95Ms === undefined || v.rps === undefined || v.errorRatio === undefined) continue;
      const points = byVariant.get(v.name) ?? [];
      points.push({ at: e.startedAt, p95Ms: v.p95Ms, rps: v.rps, errorRatio: v.errorRatio });
      byVariant.set(v.name, points);
    }
  return [...byVariant].map(([variant, points]) => ({ variant, points: points.slice(-keep) }));
}

export interface HistoryStore {
  /** A git URL (https://github.com/owner/repo.git; a path or file:// URL in tests and the demo). */
  remote: string;
  branch: string;
  /** The job's token (GitHub): sent as basic auth to an https remote only. */
  token?: string;
  /** Runs kept in the file (the trend shows fewer). */
  limit?: number;
}

/** The file of a cluster on the history branch. */
export const historyFile = (cluster: string): string => `regression/${cluster}.json`;

function gitEnv(s: HistoryStore): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmpdir(),
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'akrida-ops',
    GIT_AUTHOR_EMAIL: 'akrida-ops@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'akrida-ops',
    GIT_COMMITTER_EMAIL: 'akrida-ops@users.noreply.github.com',
  };
  if (s.token && /^https:\/\//.test(s.remote)) {
    const basic = Buffer.from(`x-access-token:${s.token}`).toString('base64');
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${new URL(s.remote).origin}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    });
  }
  return env;
}

/**
 * Append one entry to the cluster's history on the branch (made when absent) and push; returns the
 * whole history after it. A push refused because the branch moved is retried on the new tip.
 */
export async function appendHistory(
  s: HistoryStore,
  cluster: string,
  entry: HistoryEntry,
): Promise<HistoryEntry[]> {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-history-'));
  const env = gitEnv(s);
  const git = (...args: string[]) => run('git', args, { cwd: dir, env, timeout: 120_000 });
  try {
    await git('init', '--quiet');
    // A path (a local run's repository) is the caller's, not relative to this scratch clone.
    const remote = /^[a-z][a-z0-9+.-]*:\/\/|^[^/]+@[^/]+:/i.test(s.remote) ? s.remote : resolve(s.remote);
    await git('remote', 'add', 'origin', remote);
    for (let attempt = 1; ; attempt++) {
      const exists = await git('fetch', '--quiet', '--depth=1', 'origin', `refs/heads/${s.branch}`).then(
        () => true,
        (err: unknown) => {
          if (/couldn't find remote ref/i.test(said(err))) return false;
          throw new Error(`git fetch of ${s.branch} failed: ${said(err)}`);
        },
      );
      if (exists) await git('checkout', '--quiet', '--force', '-B', s.branch, 'FETCH_HEAD');
      else await git('checkout', '--quiet', '--orphan', s.branch);
      const file = join(dir, historyFile(cluster));
      const before: HistoryEntry[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
      const history = [...before, entry].slice(-(s.limit ?? 500));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(history, null, 1)}\n`);
      await git('add', historyFile(cluster));
      await git('commit', '--quiet', '-m', `regression of ${cluster} at ${entry.startedAt}`);
      const pushed = await git('push', '--quiet', 'origin', `HEAD:refs/heads/${s.branch}`).then(
        () => true,
        (err: unknown) => {
          if (attempt < 3 && /rejected|fetch first|non-fast-forward/i.test(said(err))) return false;
          throw new Error(`git push to ${s.branch} failed: ${said(err)}`);
        },
      );
      if (pushed) return history;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
