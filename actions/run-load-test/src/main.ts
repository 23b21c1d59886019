import { onCancel } from '../../../src/action/cancel.js';
import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { clusterLoadTest } from '../../../src/loadtest/cluster-load-test.js';
import { readBaseline } from '../../../src/loadtest/result-files.js';

// Bounds as a cluster file's loadTest section has them; absent inputs take the file's values.
export const run = renderingClusterAction('run-load-test', {
  inputs: {
    users: input.integer({ min: 1, max: 1_000_000 }),
    'spawn-rate': input.decimal({ max: 10_000 }),
    'run-time': input.integer({ min: 1, max: 86_400 }),
    'max-fail-ratio': input.decimal({ max: 1 }),
    'max-p95-ms': input.decimal({ max: 3_600_000 }),
    'min-rps': input.decimal({ max: 1_000_000 }),
    baseline: input.text(),
    transport: input.choice(['ssm', 'http'], 'ssm'),
    'master-url': input.text(),
    'output-dir': input.text({ fallback: 'load-test-results' }),
  },
  run: async ({ ctx, cluster, templates, inputs: i }) => {
    const r = await onCancel((signal) =>
      clusterLoadTest(ctx, cluster, templates, {
        users: i.users,
        spawnRate: i['spawn-rate'],
        runTimeSeconds: i['run-time'],
        thresholds: { maxFailRatio: i['max-fail-ratio'], maxP95Ms: i['max-p95-ms'], minRps: i['min-rps'] },
        transport: i.transport,
        masterUrl: i['master-url'],
        outputDir: i['output-dir'],
        baseline: i.baseline ? readBaseline(i.baseline) : undefined,
        signal,
      }),
    );
    const outputs = { passed: r.summary.passed, valid: r.summary.valid, 'summary-file': r.summaryFile };
    return { outputs, summary: r.markdown, failure: r.failure };
  },
});
