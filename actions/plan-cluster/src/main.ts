import { writeFileSync } from 'node:fs';
import * as core from '@actions/core';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { estimateCost } from '../../../src/plan/cost.js';
import { offlinePlan } from '../../../src/plan/offline-plan.js';
import { TemplateSet } from '../../../src/render/render.js';

export function run(): Promise<void> {
  return runAction(async () => {
    const loaded = loadClusterInput();
    const plan = offlinePlan(loaded, new TemplateSet());
    const file = core.getInput('output-file') || 'cluster-plan.md';
    writeFileSync(file, plan);
    core.setOutput('plan-file', file);
    core.setOutput('hourly-cost', estimateCost(loaded.cluster).hourly.toFixed(4));
    if (core.getBooleanInput('summary')) await core.summary.addRaw(plan).write();
    core.info(`plan for ${loaded.cluster.name} written to ${file}`);
  });
}
