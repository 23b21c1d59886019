import { onCancel } from '../../../src/action/cancel.js';
import { input } from '../../../src/action/inputs.js';
import { MASTER_INPUTS } from '../../../src/action/master-inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { clusterLoadTest } from '../../../src/loadtest/cluster-load-test.js';
import { readBaseline } from '../../../src/loadtest/result-files.js';

// Bounds as a cluster file's loadTest section has them; absent inputs take the file's values.
export const run = renderingClusterAction('run-load-test', {
  title: 'Run load test',
  description:
    "Run a headless Akrida load test through the Locust master's web API (over SSM on the master, or direct HTTP): wait for every worker, check the capacity plan, swarm, sample stats, stop at the end or on cancel, and save CSV, HTML, time series and a summary JSON; workers lost during the run are named with their instance and why (the group's activities). Fails on a breached gate, or when the run was interrupted.",
  inputs: {
    users: input.integer({
      min: 1,
      max: 1_000_000,
      description: "Users to start (the cluster file's loadTest.users when empty).",
    }),
    'spawn-rate': input.decimal({
      max: 10_000,
      description: "Users started per second (the cluster file's when empty).",
    }),
    'run-time': input.integer({
      min: 1,
      max: 86_400,
      description: "Run time in seconds (the cluster file's when empty).",
    }),
    'max-fail-ratio': input.decimal({
      max: 1,
      description: "Gate on the fail ratio (the cluster file's when empty).",
    }),
    'max-p95-ms': input.decimal({
      max: 3_600_000,
      description: "Gate on p95 latency in ms (the cluster file's when empty).",
    }),
    'min-rps': input.decimal({
      max: 1_000_000,
      description: "Gate on requests per second (the cluster file's when empty).",
    }),
    baseline: input.text({ description: 'A summary.json from an earlier run to compare with.' }),
    ...MASTER_INPUTS,
    'output-dir': input.text({
      fallback: 'load-test-results',
      description: 'Where results are written (upload it as an artifact).',
    }),
  },
  outputs: {
    passed: 'Whether every gate passed (true/false).',
    result:
      'passed, failed (a gate), interrupted (workers lost at least locust.workers.maxLostShare of the run) or not valid.',
    valid: 'Whether the load generator kept up (false when the workers were the bottleneck).',
    'summary-file': 'The Markdown summary.',
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
    const outputs = {
      passed: r.summary.passed,
      valid: r.summary.valid,
      result: r.summary.result ?? (r.summary.passed ? 'passed' : 'failed'),
      'summary-file': r.summaryFile,
    };
    return { outputs, summary: r.markdown, failure: r.failure };
  },
});
