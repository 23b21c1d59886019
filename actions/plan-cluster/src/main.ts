import { writeFileSync } from 'node:fs';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, booleanInput, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { estimateCost } from '../../../src/plan/cost.js';
import { livePlan, livePlanMarkdown } from '../../../src/plan/live-plan.js';
import { offlinePlan } from '../../../src/plan/offline-plan.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('plan-cluster', async () => {
    const loaded = loadClusterInput();
    const templates = templatesOf(deps);
    const cost = estimateCost(loaded.cluster);
    let plan: string;
    if (booleanInput('live', false)) {
      const p = await livePlan(awsContext(loaded.cluster, deps), loaded.cluster, templates);
      plan = `${livePlanMarkdown(p, loaded.file)}\nEstimated cost: $${cost.hourly.toFixed(4)} per hour; one load test $${cost.perLoadTest.toFixed(4)}.\n`;
      io().setOutput('changes', String(p.changes.length));
    } else {
      plan = offlinePlan(loaded, templates);
    }
    const file = io().getInput('output-file') || 'cluster-plan.md';
    writeFileSync(file, plan);
    io().setOutput('plan-file', file);
    io().setOutput('hourly-cost', cost.hourly.toFixed(4));
    if (booleanInput('summary', true)) await io().summary.addRaw(plan).write();
    io().info(`plan for ${loaded.cluster.name} written to ${file}`);
  });
}
