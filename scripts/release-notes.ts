// Release notes for a tag from CHANGELOG.md, after checking the tag is vX.Y.Z, matches
// package.json, belongs to the major tag callers pin and has a section:
// `tsx scripts/release-notes.ts v1.2.3` prints the section.
import { readFileSync } from 'node:fs';
import { TOOLKIT } from '../workflows-src/toolkit.js';

export function releaseNotes(
  tag: string,
  changelog: string,
  packageVersion: string,
  pinnedMajor?: string,
): string {
  const m = /^v((\d+)\.\d+\.\d+)$/.exec(tag);
  if (!m) throw new Error(`${tag} is not a release tag vX.Y.Z`);
  const version = m[1];
  if (version !== packageVersion)
    throw new Error(`${tag} does not match package.json version ${packageVersion}: bump it first`);
  // The release moves v<major>; callers (and the reusable workflows) pin TOOLKIT.major.
  if (pinnedMajor !== undefined && `v${m[2]}` !== pinnedMajor)
    throw new Error(
      `${tag} would move v${m[2]}, but callers and the reusable workflows pin ${pinnedMajor} (workflows-src/toolkit.ts): release ${pinnedMajor}.x.y, or change TOOLKIT.major and the docs first`,
    );
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) throw new Error(`CHANGELOG.md has no section ## [${version}]`);
  const end = lines.findIndex((l, i) => i > start && /^## \[/.test(l));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((l) => !/^\[[^\]]+\]: /.test(l))
    .join('\n')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md section ${version} is empty`);
  return `${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    process.stdout.write(
      releaseNotes(process.argv[2] ?? '', readFileSync('CHANGELOG.md', 'utf8'), pkg.version, TOOLKIT.major),
    );
  } catch (err) {
    console.error(`release-notes: ${(err as Error).message}`);
    process.exit(1);
  }
}
