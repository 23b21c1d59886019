import { writeFileSync } from 'node:fs';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { io } from '../../../src/action/io.js';
import { estimateCost } from '../../../src/plan/cost.js';
import { offlinePlan } from '../../../src/plan/offline-plan.js';
import { TemplateSet } from '../../../src/render/render.js';

export function run(): Promise<void> {
  return runAction(async () => {
    const loaded = loadClusterInput();
    const plan = offlinePlan(loaded, new TemplateSet());
    const file = io().getInput('output-file') || 'cluster-plan.md';
    writeFileSync(file, plan);
    io().setOutput('plan-file', file);
    io().setOutput('hourly-cost', estimateCost(loaded.cluster).hourly.toFixed(4));
    if (io().getBooleanInput('summary')) await io().summary.addRaw(plan).write();
    io().info(`plan for ${loaded.cluster.name} written to ${file}`);
  });
}
