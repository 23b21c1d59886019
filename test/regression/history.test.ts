// The regression history on a data branch of a (local, bare) repository: made on the first run,
// appended on each, two runs pushing at once both kept (the loser retries on the new tip), the
// other branches untouched, and the trend the last N runs per variant.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendHistory, type HistoryEntry, historyEntry, trendRows } from '../../src/regression/history.js';
import type { RegressionReport, RunRecord } from '../../src/regression/model.js';

function bareRepo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'akrida-hist-')), 'repo.git');
  execFileSync('git', ['init', '--quiet', '--bare', dir]);
  return dir;
}

const git = (repo: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', repo, ...args], { encoding: 'utf8' });

function run(variant: string, p95Ms: number, rps: number): RunRecord {
  return {
    variant,
    repetition: 1,
    order: 1,
    status: 'ok',
    startedAt: '2026-01-01T00:00:00.000Z',
    figures: { p95Ms, rps, errorRatio: 0.01, requests: 100 },
    series: [],
  };
}

function report(at: string, slowP95: number): RegressionReport {
  return {
    cluster: 'example',
    startedAt: at,
    finishedAt: at,
    confidence: 0.95,
    repetitions: 2,
    variants: [
      { name: 'a', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true, status: 'ok' },
      { name: 'b', acapyTag: 'py3.12-1.4.0', walletType: 'askar', baseline: false, status: 'ok' },
      {
        name: 'c',
        acapyTag: 'py3.12-9.9.0',
        walletType: 'askar',
        baseline: false,
        status: 'failed',
        error: 'x',
      },
    ],
    runs: [run('a', 10, 100), run('a', 12, 90), run('b', slowP95, 80)],
    verdicts: [],
    clusterOn: 'a',
    regressions: [],
  };
}

test('an entry holds each variant’s mean figures; a failed variant has none', () => {
  const e = historyEntry(report('2026-01-01T00:00:00.000Z', 30));
  expect(e.variants.map((v) => [v.name, v.status, v.p95Ms, v.rps])).toEqual([
    ['a', 'ok', 11, 95],
    ['b', 'ok', 30, 80],
    ['c', 'failed', undefined, undefined],
  ]);
});

test('appends to the branch (made on the first run), keeps concurrent runs, leaves other branches alone', async () => {
  const repo = bareRepo();
  const store = { remote: repo, branch: 'akrida-regression-data' };
  const first = await appendHistory(store, 'example', historyEntry(report('2026-01-01T00:00:00.000Z', 20)));
  expect(first).toHaveLength(1);
  // Two runs push at once: one loses the race, fetches the new tip and appends again.
  const [x, y] = await Promise.all([
    appendHistory(store, 'example', historyEntry(report('2026-01-02T00:00:00.000Z', 25))),
    appendHistory(store, 'example', historyEntry(report('2026-01-03T00:00:00.000Z', 30))),
  ]);
  expect(Math.max(x.length, y.length)).toBe(3);
  const stored = JSON.parse(
    git(repo, 'show', 'akrida-regression-data:regression/example.json'),
  ) as HistoryEntry[];
  expect(stored.map((e) => e.startedAt).sort()).toEqual([
    '2026-01-01T00:00:00.000Z',
    '2026-01-02T00:00:00.000Z',
    '2026-01-03T00:00:00.000Z',
  ]);
  expect(git(repo, 'for-each-ref', '--format=%(refname)').trim()).toBe('refs/heads/akrida-regression-data');
  expect(git(repo, 'log', '--format=%s', 'akrida-regression-data').trim().split('\n')).toHaveLength(3);
  // Another cluster's history is a file of its own on the same branch.
  await appendHistory(store, 'other', historyEntry(report('2026-01-04T00:00:00.000Z', 30)));
  expect(git(repo, 'ls-tree', '-r', '--name-only', 'akrida-regression-data').trim().split('\n')).toEqual([
    'regression/example.json',
    'regression/other.json',
  ]);
});

test('the trend is the last N runs of each variant, oldest first', () => {
  const history = ['01', '02', '03'].map((d, i) =>
    historyEntry(report(`2026-01-${d}T00:00:00.000Z`, 20 + i)),
  );
  const trend = trendRows(history, 2);
  expect(trend.map((t) => [t.variant, t.points.map((p) => p.p95Ms)])).toEqual([
    ['a', [11, 11]],
    ['b', [21, 22]],
  ]);
});

test('a remote that cannot be reached fails saying what git said', async () => {
  await expect(
    appendHistory(
      { remote: join(tmpdir(), 'no-such-repo.git'), branch: 'b' },
      'example',
      historyEntry(report('x', 1)),
    ),
  ).rejects.toThrow(/git fetch of b failed: .*no-such-repo/);
});
