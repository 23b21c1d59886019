// The repo's own shell scripts are held to the same shellcheck bar as the ones we generate.
import { readFileSync } from 'node:fs';
import { shellcheck } from './fixtures/shims.js';

test.each(['.ci/run', 'scripts/setup.sh', 'scripts/bench-test-suite.sh'])(
  '%s is shellcheck-clean',
  (file) => {
    expect(shellcheck(readFileSync(file, 'utf8'))).toBe('');
  },
);
