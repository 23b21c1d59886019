// A local run's "GitHub" for git: `${github.server_url}/${github.repository}.git` is a bare
// repository under the results folder, made once and kept, so the regression history a local run
// pushes (src/regression/history.ts) grows from run to run as it would on GitHub.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCAL_REPOSITORY } from './run-state.js';

/** The server URL of a local run whose repository is a bare one under `<outDir>/git/`. */
export function localGitServer(outDir: string): string {
  const root = resolve(outDir, 'git');
  const repo = join(root, `${LOCAL_REPOSITORY}.git`);
  if (!existsSync(repo)) {
    mkdirSync(repo, { recursive: true });
    execFileSync('git', ['init', '--quiet', '--bare', repo]);
  }
  return pathToFileURL(root).href;
}
