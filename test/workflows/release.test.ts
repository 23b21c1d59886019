// Releasing: notes come from the CHANGELOG section of a tag that matches package.json, and the
// release workflow's tag step moves the major tag (what callers pin) to the released commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { releaseNotes } from '../../scripts/release-notes.js';
import { MOVE_MAJOR_TAG, ON_DEFAULT_BRANCH } from '../../workflows-src/release.js';

const CHANGELOG = `# Changelog\n\n## [Unreleased]\n\n- next\n\n## [1.2.0] - 2026-11-27\n\n### Added\n\n- a thing\n\n## [1.1.0] - 2026-10-01\n\n- older\n\n[1.2.0]: https://example.org\n`;

describe('release notes', () => {
  test('the section of the tagged version, without the link references', () => {
    expect(releaseNotes('v1.2.0', CHANGELOG, '1.2.0')).toBe('### Added\n\n- a thing\n');
    expect(releaseNotes('v1.1.0', CHANGELOG, '1.1.0')).toBe('- older\n');
  });

  test('refuses a tag that is not vX.Y.Z, does not match package.json, or has no section', () => {
    expect(() => releaseNotes('v1.2', CHANGELOG, '1.2.0')).toThrow('not a release tag');
    expect(() => releaseNotes('v1.2.0', CHANGELOG, '1.1.0')).toThrow('does not match package.json');
    expect(() => releaseNotes('v1.3.0', CHANGELOG, '1.3.0')).toThrow('no section ## [1.3.0]');
  });

  test('refuses a tag of another major than the one callers pin', () => {
    const changelog = CHANGELOG.replace('## [1.1.0]', '## [0.9.0]');
    expect(() => releaseNotes('v0.9.0', changelog, '0.9.0', 'v1')).toThrow(
      'v0.9.0 would move v0, but callers and the reusable workflows pin v1',
    );
    expect(releaseNotes('v1.2.0', CHANGELOG, '1.2.0', 'v1')).toBe('### Added\n\n- a thing\n');
  });

  test('this repository: the package version has a CHANGELOG section', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(releaseNotes(`v${version}`, readFileSync('CHANGELOG.md', 'utf8'), version)).not.toBe('');
  });
});

describe('the major tag', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
      cwd,
      encoding: 'utf8',
    }).trim();

  test('each release moves vX to its commit on the remote', () => {
    const origin = mkdtempSync(join(tmpdir(), 'akrida-origin-'));
    git(origin, 'init', '-q', '--bare');
    const work = mkdtempSync(join(tmpdir(), 'akrida-work-'));
    git(work, 'init', '-q');
    git(work, 'remote', 'add', 'origin', origin);
    const release = (version: string) => {
      writeFileSync(join(work, 'VERSION'), version);
      git(work, 'add', 'VERSION');
      git(work, 'commit', '-qm', version);
      const sha = git(work, 'rev-parse', 'HEAD');
      git(work, 'tag', `v${version}`);
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', MOVE_MAJOR_TAG], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_REF_NAME: `v${version}`, GITHUB_SHA: sha },
      });
      expect(r.status).toBe(0);
      return sha;
    };
    const first = release('1.0.0');
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(first);
    const second = release('1.1.0');
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
    const third = release('2.0.0');
    expect(git(origin, 'rev-parse', 'v2^{commit}')).toBe(third);
    expect(git(origin, 'rev-parse', 'v1^{commit}')).toBe(second);
  });

  test('only a commit on the default branch is released', () => {
    const origin = mkdtempSync(join(tmpdir(), 'akrida-origin-'));
    git(origin, 'init', '-q', '--bare');
    const work = mkdtempSync(join(tmpdir(), 'akrida-work-'));
    git(work, 'init', '-q', '-b', 'main');
    git(work, 'remote', 'add', 'origin', origin);
    writeFileSync(join(work, 'f'), '1');
    git(work, 'add', 'f');
    git(work, 'commit', '-qm', 'on main');
    const onMain = git(work, 'rev-parse', 'HEAD');
    git(work, 'push', '-q', 'origin', 'main');
    git(work, 'checkout', '-q', '-b', 'side');
    writeFileSync(join(work, 'f'), '2');
    git(work, 'commit', '-qam', 'never reviewed');
    const onSide = git(work, 'rev-parse', 'HEAD');
    git(work, 'push', '-q', 'origin', 'side');
    // As the publish job's checkout has them: every branch as origin/<name>.
    const clone = mkdtempSync(join(tmpdir(), 'akrida-clone-'));
    execFileSync('git', ['clone', '-q', origin, clone]);
    const check = (sha: string) =>
      spawnSync('bash', ['-eo', 'pipefail', '-c', ON_DEFAULT_BRANCH], {
        cwd: clone,
        encoding: 'utf8',
        env: { ...process.env, DEFAULT_BRANCH: 'main', GITHUB_SHA: sha, GITHUB_REF_NAME: 'v1.2.0' },
      });
    expect(check(onMain).status).toBe(0);
    const refused = check(onSide);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe(
      `::error::v1.2.0 is at ${onSide}, which is not on main: releases come from the default branch only\n`,
    );
  });

  test('the tests run with a read-only token; the publish job alone writes, behind its environment, after them', () => {
    const wf = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.jobs.test.permissions).toBeUndefined();
    const tests = wf.jobs.test.steps as { run?: string }[];
    expect(tests.some((s) => s.run?.includes('npm test'))).toBe(true);
    const publish = wf.jobs.publish;
    expect(publish.needs).toBe('test');
    expect(publish.environment).toBe('release');
    expect(publish.permissions).toEqual({ contents: 'write' });
    const steps = publish.steps as { run?: string; uses?: string }[];
    // No npm, no test code, no script from the tagged tree runs where the token can write.
    expect(steps.filter((s) => s.run && /npm|npx|node|tsx|bash scripts/.test(s.run))).toEqual([]);
    expect(steps.map((s) => s.run)).toContain(ON_DEFAULT_BRANCH);
    expect(steps.at(-1)?.run).toBe(MOVE_MAJOR_TAG);
  });
});

test('the bootstrap workflow trusts the repository it runs in, and its run name says which and whether it applies', () => {
  const wf = parse(readFileSync('.github/workflows/bootstrap.yml', 'utf8'));
  expect(Object.keys(wf.on.workflow_dispatch.inputs)).toEqual(['apply']);
  expect(wf['run-name']).toBe(
    "bootstrap IAM for ${{ github.repository }} (${{ inputs.apply && 'apply' || 'plan only' }})",
  );
  const step = (wf.jobs.bootstrap.steps as { name?: string; env?: Record<string, string> }[]).find(
    (s) => s.name === 'akrida bootstrap',
  );
  expect(step?.env?.REPO).toBe('${{ github.repository }}');
  expect(readFileSync('.github/workflows/bootstrap.yml', 'utf8')).not.toContain('inputs.repo');
  // The job's own token, read-only, so bootstrap checks the environments before it trusts them.
  expect(step?.env?.GH_TOKEN).toBe('${{ github.token }}');
  expect(wf.jobs.bootstrap.permissions).toEqual({ contents: 'read', 'id-token': 'write', actions: 'read' });
});
