import { CHECKOUT, pinned } from './fragments.js';

/** The project's own checks: what .ci/run runs (lint, types, tests on Node 20 and 24, drift). */
export const ci = {
  name: 'ci',
  on: { push: { branches: ['main'] }, pull_request: {} },
  permissions: { contents: 'read' },
  jobs: {
    test: {
      name: 'Lint, types, tests, bundle and workflow drift',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 30,
      steps: [
        CHECKOUT,
        { name: 'Node.js', uses: pinned('actions/setup-node'), with: { 'node-version': '20', cache: 'npm' } },
        {
          name: 'Debian packages',
          run: 'sudo apt-get update -qq && sudo apt-get install -y -qq shellcheck python3-locust',
        },
        { name: 'Set up and test', run: 'bash scripts/setup.sh && npm test' },
      ],
    },
  },
};
