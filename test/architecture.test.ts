// The simulated AWS is plugged in from outside: production code never imports it. Only the
// simulator itself, the local runner and the command line (which attach it) may.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ALLOWED = /^src\/(sim|runner|cli)\//;

test('no production file imports src/sim', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'actions'],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => /\.ts$/.test(f) && !ALLOWED.test(f) && !f.includes('/dist/'));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) =>
    /(?:from|import)\s*\(?\s*['"][^'"]*\/sim\/[^'"]*['"]/.test(readFileSync(f, 'utf8')),
  );
  expect(offenders).toEqual([]);
});
