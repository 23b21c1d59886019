// Runs a generated workflow on this machine: jobs in `needs` order with independent jobs at once,
// our ./actions/* in-process with their inputs, outputs wired with GitHub's expression semantics,
// well-known external actions handled explicitly, and the same job summary as on GitHub.
// The walk is src/runner/run-workflow.ts, a step src/runner/steps.ts, an action local-action.ts.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runWorkflow } from './run-workflow.js';
import type { RunnerOptions, RunResult } from './types.js';
import { loadWorkflow, WorkflowError } from './workflow.js';

export { runWorkflow } from './run-workflow.js';
export { isNoOpStep } from './steps.js';
export type { JobRecord, Result, RunnerOptions, RunResult, StepRecord } from './types.js';

export async function runWorkflowFile(path: string, opts: RunnerOptions): Promise<RunResult> {
  return runWorkflow(loadWorkflow(path), opts);
}

export function repoRoot(from = dirname(new URL(import.meta.url).pathname)): string {
  let dir = from;
  while (!existsSync(join(dir, 'actions')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir)
      throw new WorkflowError('cannot find the repository root (a folder with actions/ and package.json)');
    dir = up;
  }
  return dir;
}
