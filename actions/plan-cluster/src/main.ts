import { writeFileSync } from 'node:fs';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { estimateCost } from '../../../src/plan/cost.js';
import { livePlan, livePlanMarkdown } from '../../../src/plan/live-plan.js';
import { offlinePlan } from '../../../src/plan/offline-plan.js';

export const run = renderingClusterAction('plan-cluster', {
  inputs: {
    'output-file': input.text({ fallback: 'cluster-plan.md' }),
    summary: input.boolean(true),
    live: input.boolean(false),
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
