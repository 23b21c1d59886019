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

// No silent defaults: an empty string standing in for a missing AWS field turns into an unrelated
// error later (use required()). The few left are real empty values, and each says why beside it.
test("fewer than 10 `?? ''` in production code, each with its reason beside it", () => {
  const found = productionFiles().flatMap((f) => {
    const lines = readFileSync(f, 'utf8').split('\n');
    return lines.flatMap((line, i) =>
      [...line.matchAll(/\?\? ''/g)].map(() => ({
        at: `${f}:${i + 1}`,
        reasoned: lines.slice(Math.max(0, i - 2), i + 1).some((l) => /\/\/|^\s*\/?\*/.test(l)),
      })),
    );
  });
  expect(found.length).toBeLessThan(10);
  expect(found.filter((x) => !x.reasoned).map((x) => x.at)).toEqual([]);
});
