import { writeFileSync } from 'node:fs';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { estimateCost } from '../../../src/plan/cost.js';
import { livePlan, livePlanMarkdown } from '../../../src/plan/live-plan.js';
import { offlinePlan } from '../../../src/plan/offline-plan.js';

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
    live: input.boolean({
      fallback: false,
      description:
        'Compare against live state with describe calls only (needs AWS credentials; a read-only role is enough). When false, the offline plan.',
    }),
  },
  outputs: {
    'plan-file': 'Path of the Markdown plan.',
    'hourly-cost': 'Estimated cost per hour in USD.',
    changes: 'Number of resources to add, change or remove (live plans; empty for offline).',
  },
  run: async ({ ctx, loaded, cluster, templates, inputs }) => {
    const cost = estimateCost(cluster);
    const live = inputs.live ? await livePlan(ctx, cluster, templates) : undefined;
    const plan = live
      ? `${livePlanMarkdown(live, loaded.file)}\nEstimated cost: $${cost.hourly.toFixed(4)} per hour; one load test $${cost.perLoadTest.toFixed(4)}.\n`
      : offlinePlan(loaded, templates);
    const file = inputs['output-file'];
    writeFileSync(file, plan);
    io().info(`plan for ${cluster.name} written to ${file}`);
    return {
      outputs: { changes: live?.changes.length, 'plan-file': file, 'hourly-cost': cost.hourly.toFixed(4) },
      ...(inputs.summary ? { summary: plan } : {}),
    };
  },
});
