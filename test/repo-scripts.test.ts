// The repo's own shell scripts are held to the same shellcheck bar as the ones we generate.
import { readdirSync, readFileSync } from 'node:fs';
import { shellcheck } from './fixtures/shims.js';

test.each(['.ci/run', 'scripts/setup.sh', 'scripts/bench-test-suite.sh'])(
  '%s is shellcheck-clean',
  (file) => {
    expect(shellcheck(readFileSync(file, 'utf8'))).toBe('');
  },
);

// npm test's two jest runs name the files that run on this machine's Node twice: as test:jest's
// ignore pattern and as test:this-node's list. Each file runs in exactly one of them.
test('the files test:this-node runs are exactly those test:jest leaves out', () => {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const ignored = /--testPathIgnorePatterns '<rootDir>\/([^']+)'/.exec(scripts['test:jest'] ?? '')?.[1];
  const listed = (scripts['test:this-node'] ?? '').split(' ').filter((w) => w.startsWith('test/'));
  expect(ignored).toBeDefined();
  const pattern = new RegExp(`^${ignored}`);
  const testFiles = readdirSync('test', { recursive: true, encoding: 'utf8' })
    .map((f) => `test/${f}`)
    .filter((f) => f.endsWith('.test.ts'));
  expect(listed.length).toBeGreaterThan(0);
  expect(testFiles.filter((f) => pattern.test(f)).sort()).toEqual([...listed].sort());
});
