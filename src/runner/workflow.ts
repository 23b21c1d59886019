// Reading a workflow file: GitHub's own parser says whether it is valid, then we check it uses
// only what the local runner can execute, and say clearly what it cannot.
import { readFileSync } from 'node:fs';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { Recent } from '../recent.js';

export type Step = {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: unknown;
  'continue-on-error'?: boolean;
  shell?: string;
};

export type Job = {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  'runs-on'?: unknown;
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: boolean; 'max-parallel'?: number };
  outputs?: Record<string, string>;
  steps?: Step[];
  env?: Record<string, unknown>;
  environment?: unknown;
  concurrency?: unknown;
  permissions?: unknown;
  'timeout-minutes'?: number;
  container?: unknown;
  services?: unknown;
};

export interface Workflow {
  path: string;
  name: string;
  on: Record<string, unknown>;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
  concurrency?: unknown;
}

export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

/** GitHub's parser's verdict on a workflow: '' when valid, else one message per problem. */
export function workflowErrors(path: string, content: string): string[] {
  const result = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Valid workflows by path and text: a day of runs reads the same few files again and again. */
const recent = new Recent<Workflow>(32);

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

export function loadWorkflow(path: string): Workflow {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new WorkflowError(`${path}: no such workflow file`);
  }
  // A copy: the runner may change what it is given.
  return structuredClone(recent.get(`${path}\0${content}`, () => checkedWorkflow(path, content)));
}

/** The workflow in this text, checked by GitHub's parser and for what the local runner can run. */
function checkedWorkflow(path: string, content: string): Workflow {
  const errors = workflowErrors(path, content);
  if (errors.length > 0)
    throw new WorkflowError(`${path} is not a valid workflow:\n  ${errors.join('\n  ')}`);
  const doc = parse(content) as Workflow;
  doc.path = path;
  const problems: string[] = [];
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    if (job.container) problems.push(`job ${id}: container jobs are not supported locally`);
    if (job.services) problems.push(`job ${id}: service containers are not supported locally`);
    if (job.uses && !job.uses.startsWith('./'))
      problems.push(`job ${id}: only local reusable workflows can run locally (got ${job.uses})`);
    for (const n of needsOf(job)) if (!doc.jobs[n]) problems.push(`job ${id}: needs unknown job ${n}`);
    for (const [i, step] of (job.steps ?? []).entries()) {
      if (step.run && step.shell && step.shell !== 'bash')
        problems.push(`job ${id} step ${i + 1}: only bash run steps are supported (shell: ${step.shell})`);
    }
  }
  if (problems.length > 0) throw new WorkflowError(`${path} cannot run locally:\n  ${problems.join('\n  ')}`);
  return doc;
}
