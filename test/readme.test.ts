// The README's examples run as written: every ```sh runnable block, in a fresh copy of the
// repository (tracked files, this node_modules), must exit 0.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { locustAvailable } from './fixtures/locust.js';

const root = resolve('.');
const blocks = [...readFileSync('README.md', 'utf8').matchAll(/^```sh runnable\n([\s\S]*?)^```$/gm)].map(
  (m) => m[1] ?? '',
);

function repoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-readme-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(root, f), join(dir, f));
    } catch {
      // listed but deleted in the working tree
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

test('the README has runnable examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
});

describe.each(blocks.map((b, i) => [i + 1, b] as const))('README runnable block %i', (_i, block) => {
  const needsLocust = block.includes('npm run demo');
  (needsLocust && !locustAvailable() ? test.skip : test)(
    'runs as written',
    () => {
      const cwd = repoCopy();
      const r = spawnSync('bash', ['-euo', 'pipefail', '-c', block], {
        cwd,
        encoding: 'utf8',
        timeout: 150_000,
        env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' },
      });
      if (r.status !== 0) throw new Error(`exit ${r.status ?? r.signal}\n${block}\n${r.stdout}\n${r.stderr}`);
      expect(r.stderr).not.toMatch(/Warning|warn /);
    },
    180_000,
  );
});
