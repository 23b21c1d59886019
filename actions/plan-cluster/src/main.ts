import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { RUN_INPUTS, runOptionsOf } from '../../../src/action/run-inputs.js';
import { planReport } from '../../../src/plan/plan-report.js';
import { planHeadline } from '../../../src/plan/saved-plan.js';

export const run = renderingClusterAction('plan-cluster', {
  title: 'Plan cluster',
  description:
    'Compute what a cluster file will build: offline, the resources with tags, build steps and critical path, rendered user data and .env files (secrets as references) and the estimated hourly cost; live, what would be added, changed or removed against the current state, with user-data diffs.',
  inputs: {
    'output-file': input.text({
      fallback: 'cluster-plan.md',
      description: 'Where to write the plan as Markdown.',
    }),
    summary: input.boolean({
      fallback: true,
      description: 'Also append the plan to the job summary (true/false).',
    }),
    'plan-out': input.text({
      fallback: '',
      description:
        'With live: also save the plan as JSON here (fingerprints of everything it read, the changes, script hashes) for check-plan before an apply.',
    }),
    live: input.boolean({
      fallback: false,
      description:
        'Compare against live state with describe calls only (needs AWS credentials; a read-only role is enough). When false, the offline plan.',
    }),
    ...RUN_INPUTS,
  },
  outputs: {
    'plan-file': 'Path of the Markdown plan.',
    'hourly-cost': 'Estimated cost per hour in USD.',
    changes: 'Number of resources to add, change or remove (live plans; empty for offline).',
    'plan-hash': "The saved plan's hash (with plan-out).",
    'plan-headline': 'The saved plan in one line: hash, cluster file, counts (with plan-out).',
  },
  run: async ({ ctx, loaded, cluster, templates, inputs }) => {
    const file = inputs['output-file'];
    const r = await planReport(ctx, loaded, templates, {
      live: inputs.live,
      markdownFile: file,
      planOut: inputs['plan-out'] || undefined,
      run: runOptionsOf(inputs),
    });
    io().info(`plan for ${cluster.name} written to ${file}${r.saved ? `; ${planHeadline(r.saved)}` : ''}`);
    return {
      outputs: {
        changes: r.live?.changes.length,
        'plan-file': file,
        'hourly-cost': r.hourly.toFixed(4),
        'plan-hash': r.saved?.hash,
        'plan-headline': r.saved && planHeadline(r.saved),
      },
      ...(inputs.summary ? { summary: r.markdown } : {}),
    };
  },
});
