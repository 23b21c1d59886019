// The suite runs on Node 20 (this machine) and again, in part, on Node 24 (GitHub's action runtime):
// scripts/with-node24.mjs sets AKRIDA_EXPECT_NODE_MAJOR so this proves which one ran. What differs
// between the two is what Node runs: the committed bundles, each started here as GitHub starts it.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { AWS_FREE, coldStartEnv, coldStartWorkspace } from '../scripts/bench-action-env.js';
import { actionNames } from '../scripts/bundle.js';

test('runs on the Node.js major it was asked for', () => {
  const expected = process.env.AKRIDA_EXPECT_NODE_MAJOR;
  const major = process.versions.node.split('.')[0];
  expect(major).toBe(expected ?? major);
  expect(Number(major)).toBeGreaterThanOrEqual(20);
});

describe('each committed bundle on this Node', () => {
  const root = resolve('.');
  const cwd = coldStartWorkspace(root);

  test.each(actionNames())('%s loads and runs to its first AWS call (or to its end)', (name) => {
    const r = spawnSync(process.execPath, [join(root, 'actions', name, 'dist', 'index.js')], {
      cwd,
      env: coldStartEnv(),
      encoding: 'utf8',
      timeout: 20_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    // Nothing escaped the action's own error handling, and Node printed no warning.
    expect(r.stderr).toBe('');
    if (AWS_FREE.has(name)) {
      expect([name, r.status, out.match(/^::error.*$/m)?.[0]]).toEqual([name, 0, undefined]);
    } else {
      // 127.0.0.1:9 refuses: the action got as far as calling AWS, and reported it as one clear error.
      expect([name, r.status]).toEqual([name, 1]);
      expect(out).toMatch(/^::error::\w+ .*failed: .*ECONNREFUSED 127\.0\.0\.1:9/m);
    }
  });
});
