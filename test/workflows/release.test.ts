// Releasing: notes come from the CHANGELOG section of a tag that matches package.json, and the
// release workflow's tag step moves the major tag (what callers pin) to the released commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { releaseNotes } from '../../scripts/release-notes.js';
import { MOVE_MAJOR_TAG } from '../../workflows-src/release.js';

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

  test('the release workflow runs on vX.Y.Z tags and its last step is that tag move', () => {
    const wf = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
    expect(wf.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const steps = wf.jobs.release.steps as { run?: string }[];
    expect(steps.at(-1)?.run).toBe(MOVE_MAJOR_TAG);
    expect(steps.some((s) => s.run?.includes('npm test'))).toBe(true);
  });
});
