// The per-cluster lock from plan to merge (issue 24), across two simulated pull requests in one
// repository: the generated cluster-plan workflow runs for each through the local runner, against
// one fake GitHub that keeps the pull requests, their labels and their comments.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, clusterNameOfFile, type LockClient, lockLabel } from '../../src/action/cluster-lock.js';
import type { CommentsClient } from '../../src/action/pull-request.js';
import { loadClusterFile } from '../../src/config/load.js';
import { type RunnerOptions, repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { VirtualClock } from '../../src/time/clock.js';

const root = repoRoot();
const CLUSTER = 'clusters/perf-example.yml';

/** A repository's pull requests as GitHub keeps them: open or not, labels, comments. */
class FakeGitHub {
  prs = new Map<number, { open: boolean; labels: Set<string>; comments: { id: number; body: string }[] }>();
  private ids = 0;
  open(n: number) {
    this.prs.set(n, { open: true, labels: new Set(), comments: [] });
  }
  close(n: number) {
    const pr = this.prs.get(n);
    if (pr) pr.open = false;
  }
  locks(n: number): LockClient {
    return {
      number: n,
      openWithLabel: async (label) =>
        [...this.prs].filter(([, p]) => p.open && p.labels.has(label)).map(([k]) => k),
      addLabel: async (label) => {
        this.prs.get(n)?.labels.add(label);
      },
      removeLabel: async (label) => {
        this.prs.get(n)?.labels.delete(label);
      },
    };
  }
  comments(n: number): CommentsClient {
    const list = () => this.prs.get(n)?.comments ?? [];
    return {
      author: 'github-actions[bot]',
      list: async () => list().map((c) => ({ ...c, author: 'github-actions[bot]' })),
      create: async (body) => {
        this.ids += 1;
        list().push({ id: this.ids, body });
        return this.ids;
      },
      update: async (id, body) => {
        const c = list().find((x) => x.id === id);
        if (c) c.body = body;
      },
    };
  }
}

describe('one open pull request plans a cluster at a time', () => {
  let a: Awaited<ReturnType<typeof simulatedAccount>>;
  const gh = new FakeGitHub();
  const plan = (pr: number) => {
    const opts: RunnerOptions = {
      root,
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: pr,
            head: { sha: 'a'.repeat(40), repo: { full_name: 'local/akrida-ops' } },
            base: { sha: '' },
          },
        },
      },
      inputs: {},
      secrets: a.secrets,
      deps: { ...a.deps, locks: gh.locks(pr), comments: gh.comments(pr) },
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-lock-')),
      log: () => {},
    };
    // The workflow lists changed files from git; name the cluster as a dispatch would.
    return runWorkflowFile(join(root, '.github/workflows/cluster-plan.yml'), {
      ...opts,
      inputs: { cluster: CLUSTER },
    });
  };
  /** The failed steps' errors: a failure names its step in the test's message. */
  const failures = (r: Awaited<ReturnType<typeof plan>>) =>
    r.steps.filter((s) => s.result === 'failure').map((s) => s.error);
  const comment = (pr: number) =>
    gh.prs
      .get(pr)
      ?.comments.map((c) => c.body)
      .join('\n') ?? '';

  beforeAll(async () => {
    a = await simulatedAccount([loadClusterFile(CLUSTER).cluster], new VirtualClock());
  });

  test('the first pull request takes the lock and gets its plan; the second is told who holds it', async () => {
    gh.open(11);
    gh.open(12);
    const first = await plan(11);
    expect(failures(first)).toEqual([]);
    expect(first.result).toBe('success');
    expect(gh.prs.get(11)?.labels.has(lockLabel('perf-example'))).toBe(true);
    expect(comment(11)).toMatch(/Saved plan `[0-9a-f]{64}`/);

    const second = await plan(12);
    expect(second.result).toBe('failure');
    expect(failures(second)).toEqual([
      'cluster perf-example is locked by pull request #11: plan it again once #11 is merged or closed',
    ]);
    expect(comment(12)).toContain('**Cluster perf-example is locked by #11**');
    expect(comment(12)).not.toContain('Saved plan');
    expect(gh.prs.get(12)?.labels.size).toBe(0);
    // The holder plans again as often as it likes.
    expect((await plan(11)).result).toBe('success');
  });

  test('merging or closing the holder releases the lock', async () => {
    gh.close(11);
    const again = await plan(12);
    expect(failures(again)).toEqual([]);
    expect(again.result).toBe('success');
    expect(comment(12)).toMatch(/Saved plan `[0-9a-f]{64}`/);
    expect(comment(12)).not.toContain('is locked by');
    expect(gh.prs.get(12)?.labels.has(lockLabel('perf-example'))).toBe(true);
  });

  test('two pull requests that take the lock at once: the lower number keeps it, the other lets go', async () => {
    gh.open(30);
    gh.open(31);
    gh.close(12);
    const [x, y] = await Promise.all([acquireLock(gh.locks(31), 'race'), acquireLock(gh.locks(30), 'race')]);
    expect([x, y]).toEqual([
      { held: false, by: 30 },
      { held: true, by: 30 },
    ]);
    expect(gh.prs.get(31)?.labels.has(lockLabel('race'))).toBe(false);
  });
});

test("the lock names the cluster from its file's name, without reading the pull request's file", () => {
  expect(clusterNameOfFile('clusters/perf-example.yml')).toBe('perf-example');
  expect(clusterNameOfFile('clusters/perf-example.yaml')).toBe('perf-example');
  for (const bad of [
    'clusters/Perf.yml',
    'clusters/perf-example',
    'clusters/a.yml',
    'clusters/x y.yml',
    'clusters/$(id).yml',
  ])
    expect(() => clusterNameOfFile(bad)).toThrow(/not a cluster file name/);
});
