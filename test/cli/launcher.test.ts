// `npm run akrida` runs the CLI from a bundle under .cache/cli/ (scripts/akrida.mjs): built on the
// first run, reused while its inputs read the same, built again after an edit in src/.
import { execFileSync } from 'node:child_process';
import { appendFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoCopy } from '../fixtures/repo-copy.js';

test('an edit in src/ shows on the next run; an unchanged checkout reuses the bundle', () => {
  const dir = repoCopy({ nodeModules: true });
  const akrida = (...args: string[]) =>
    execFileSync(process.execPath, [join(dir, 'scripts/akrida.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 120_000,
    });
  const bundle = join(dir, '.cache/cli/akrida.mjs');
  expect(akrida('validate', 'clusters/example.yml')).toContain('valid cluster');
  const built = statSync(bundle).mtimeMs;
  expect(akrida('validate', 'clusters/example.yml')).toContain('valid cluster');
  expect(statSync(bundle).mtimeMs).toBe(built);
  appendFileSync(
    join(dir, 'src/cli/index.ts'),
    "\nprocess.stdout.write('edited since the last build\\n');\n",
  );
  expect(akrida('validate', 'clusters/example.yml')).toContain('edited since the last build');
});
