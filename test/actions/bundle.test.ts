// The committed action code, lib/ (scripts/bundle.ts): what a fresh build of the sources makes, small
// enough to read and to review, and changed only where the source changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  actionNames,
  type Bundle,
  committedBundleFiles,
  freshBundle,
  LIB_DIR,
} from '../../scripts/bundle.js';
import { churn } from '../../scripts/dist-churn.js';

// One build for the tests that read it; the first waits.
let built: Promise<Bundle> | undefined;
const build = () => {
  built ??= freshBundle();
  return built;
};

test('committed lib/ matches a fresh build of the sources, with no stale files (run npm run build)', async () => {
  const { files } = await build();
  expect(committedBundleFiles()).toEqual([...files.keys()].sort());
  for (const [path, text] of files) {
    const committed = readFileSync(path, 'utf8');
    expect([path, committed.length]).toEqual([path, text.length]);
    expect([path, committed === text]).toEqual([path, true]);
  }
}, 120_000);

test('the action code in actions/ and lib/ is at most 40 files and 3 MB', () => {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', 'actions', LIB_DIR],
    {
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((f) => /\.(m|c)?js$/.test(f) && existsSync(f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  expect(files.length).toBeLessThanOrEqual(40);
  expect(bytes).toBeLessThanOrEqual(3 * 1024 * 1024);
  // Every action has its file; the rest is shared.
  expect(
    files.filter((f) => !/^lib\/(akrida|vendor|github)\.js$|^lib\/handlebars\.cjs$/.test(f)).sort(),
  ).toEqual(actionNames().map((n) => `${LIB_DIR}/${n}.js`));
});

test('our code is in lib/akrida.js as written, not minified; only the packages are', async () => {
  const { files } = await build();
  const app = files.get(`${LIB_DIR}/akrida.js`) ?? '';
  // Module by module, with its path, and the names of the source.
  expect(app).toContain('// src/config/fields.ts\n');
  expect(app).toMatch(/^export function teardownMarkdown\(|^function teardownMarkdown\(/m);
  expect(Math.max(...app.split('\n').map((l) => l.length))).toBeLessThan(2000);
  // No package code: each comes from vendor.js (or its own file) by name.
  expect(app).not.toMatch(/^\/\/ node_modules\//m);
  expect(app).toMatch(/^import \{ [^}]*aws_sdk_client_ec2\$EC2Client[^}]* \} from "\.\/vendor\.js";$/m);
});

test('a one-line change in src/ rewrites one committed file, and its diff is that line', async () => {
  // Two layers (the cluster file model every action loads, the AWS write rules), each edited alone.
  for (const c of await churn(['src/config/fields.ts', 'src/aws/writes.ts'])) {
    expect([c.edit.file, c.rewritten]).toEqual([c.edit.file, [`${LIB_DIR}/akrida.js`]]);
    const changed = c.diff.split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect([c.edit.file, changed.length]).toEqual([c.edit.file, 2]);
  }
}, 180_000);
