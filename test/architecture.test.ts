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

// No production file over 300 lines: a file that long does several jobs; split it by resource or by
// concern. There are no exceptions.
const MAX_LINES = 300;

function productionFiles(): string[] {
  return execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'actions', 'workflows-src'],
    { encoding: 'utf8' },
  )
    .split('\n')
    .filter((f) => /^(src|actions\/[^/]+\/src|workflows-src)\/.*\.ts$/.test(f));
}

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

test(`no production file is over ${MAX_LINES} lines`, () => {
  const files = productionFiles();
  expect(files.length).toBeGreaterThan(100);
  const over = files.map((f) => ({ file: f, lines: lineCount(f) })).filter((f) => f.lines > MAX_LINES);
  expect(over).toEqual([]);
});
