import { onCancel } from '../../../src/action/cancel.js';
import { input } from '../../../src/action/inputs.js';
import { MASTER_INPUTS } from '../../../src/action/master-inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { regressionStep } from '../../../src/regression/outcome.js';

export const run = renderingClusterAction('run-regression', {
  title: 'Run regression',
  description:
    "Compare the cluster file's regression variants on its cluster: plan shows the runs and every script (no AWS call); run rolls the ACA-Py tier to each variant in interleaved order (image baked once per variant, new launch template version, instance refresh), resets the wallet databases, warms up, load-tests and collects CloudWatch and docker stats, writes the report (JSON, Markdown, HTML) and rolls the tier back to the baseline, also when cancelled; rollback only rolls it back. Fails on a regression past a threshold, a failed variant or an interruption.",
  inputs: {
    mode: input.choice(['plan', 'run', 'rollback'], {
      fallback: 'run',
      description: 'plan (what the approver sees), run, or rollback (the cancelled() step).',
    }),
    ...MASTER_INPUTS,
    'output-dir': input.text({
      fallback: 'regression-results',
      description: 'Where the report and each run’s results are written (upload it as an artifact).',
    }),
    'rebuild-images': input.boolean({
      fallback: false,
      description: "Bake the variants' images again even if their recipe is unchanged (true/false).",
    }),
    'metric-period': input.integer({
      min: 1,
      max: 3600,
      fallback: 60,
      description: 'CloudWatch period in seconds (60 for the load balancers and EC2).',
    }),
  },
  outputs: {
    'cluster-on': 'The variant the ACA-Py tier is on at the end.',
    regressions: 'How many regressions past a threshold were found.',
    'report-dir': 'Where regression.json, regression.md and regression.html are.',
  },
  run: async ({ ctx, cluster, templates, inputs: i }) =>
    onCancel((signal) =>
      regressionStep(ctx, cluster, templates, {
        mode: i.mode,
        outputDir: i['output-dir'],
        load: { transport: i.transport, ...(i['master-url'] ? { masterUrl: i['master-url'] } : {}) },
        signal,
        rebuildImages: i['rebuild-images'],
        periodSeconds: i['metric-period'],
      }),
    ),
});
