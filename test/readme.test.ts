// The README's examples run as written: every ```sh runnable block, in order and in one fresh copy
// of the repository (tracked files, this node_modules), as a reader follows them, must exit 0. A
// block another test file runs by its exact command (see fixtures/readme-blocks.ts) is run there.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { locustAvailable } from './fixtures/locust.js';
import { RUN_BY_ITS_TEST, runnableBlocks } from './fixtures/readme-blocks.js';
import { repoCopy } from './fixtures/repo-copy.js';

const blocks = runnableBlocks();

test('the README has runnable examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(4);
});

// One copy for all blocks: what a block leaves (a cluster file from `init`) is there for the next.
let copy: string | undefined;
const reader = () => {
  copy ??= repoCopy({ nodeModules: true });
  return copy;
};

describe.each(blocks.map((b, i) => [i + 1, b] as const))('README runnable block %i', (_i, block) => {
  const runner = RUN_BY_ITS_TEST[block];
  if (runner !== undefined) {
    test(`is run, by its exact command, by ${runner}`, () => {
      expect(existsSync(runner)).toBe(true);
      expect(readFileSync(runner, 'utf8')).toMatch(/cliCommandsOfBlock\(blockRunBy\(/);
    });
    return;
  }
  const needsLocust = block.includes('npm run demo');
  (needsLocust && !locustAvailable() ? test.skip : test)(
    'runs as written, after the blocks before it',
    () => {
      const cwd = reader();
      const r = spawnSync('bash', ['-euo', 'pipefail', '-c', block], {
        cwd,
        encoding: 'utf8',
        // A safety net far above any block's time, not a measure.
        timeout: 600_000,
        env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '' },
      });
      if (r.status !== 0) throw new Error(`exit ${r.status ?? r.signal}\n${block}\n${r.stdout}\n${r.stderr}`);
      expect(r.stderr).not.toMatch(/Warning|warn /);
    },
    660_000,
  );
});
