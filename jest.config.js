/** Jest on TypeScript ESM: esbuild strips types only; `npm run typecheck` owns type errors. */
export default {
  testEnvironment: 'node',
  runtime: '<rootDir>/test/fixtures/code-cache-runtime.cjs',
  // Jest's default (cores - 1) is one worker on a 2-core machine; the long suites wait on Locust,
  // moto and real time more than on CPU: on 2 cores, 5 workers took the run from 460 s to 375 s (3),
  // and on Node 24, 6 took npm test from 209 s to 196 s (5).
  maxWorkers: 6,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    // @actions/workflow-parser imports its schema JSON without `with { type: 'json' }`, which Jest
    // warns about on every file that loads it; a CommonJS shim loads the same file quietly.
    '^\\.\\./workflow-v1\\.0\\.min\\.json$': '<rootDir>/test/fixtures/workflow-schema.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': '<rootDir>/test/fixtures/esbuild-transform.cjs',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The long scenario files first, in a fixed order: a fresh clone has no timing cache.
  testSequencer: '<rootDir>/test/fixtures/long-first-sequencer.js',
  // Every run's temp files under one folder, removed at the end (test/fixtures/temp-root.js).
  globalSetup: '<rootDir>/test/fixtures/temp-root-setup.js',
  globalTeardown: '<rootDir>/test/fixtures/temp-root-teardown.js',
  // The simulated IAM's decisions, checked against a maintained IAM engine after each file; with
  // AKRIDA_CPU_REPORT=FILE each file's CPU, its own and its child processes' (cpu-report.ts).
  setupFilesAfterEnv: [
    '<rootDir>/test/fixtures/iam-engine-check.ts',
    '<rootDir>/test/fixtures/cpu-report.ts',
  ],
  // A safety net far above any test's time, not a measure: beside another CPU-heavy process a
  // scenario that takes 25 s on a busy run can take a minute (jest's 30 s failed such runs).
  testTimeout: 180_000,
};
