// The walk over a workflow's jobs: each job once, after its needs, independent jobs at once; a
// matrix job as one instance per combination; a reusable workflow as a run of its own.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Contexts, condition, interpolate } from './expressions.js';
import { expandMatrix } from './matrix.js';
import { interpolateMap, log, masked, newRunState, type RunState } from './run-state.js';
import { isNoOpStep, runStep } from './steps.js';
import type { JobRecord, Outcome, Result, RunnerOptions, RunResult } from './types.js';
import { type Job, loadWorkflow, needsOf, type Workflow } from './workflow.js';

export async function runWorkflow(wf: Workflow, opts: RunnerOptions): Promise<RunResult> {
  const run = newRunState(wf, opts);
  const ids = Object.keys(wf.jobs);
  // A runner.temp the runner made for this run is its own to remove, also when a job threw.
  const records = await Promise.all(ids.map((id) => runJob(run, id))).finally(() => {
    if (!opts.tempDir) rmSync((run.base.runner as { temp: string }).temp, { recursive: true, force: true });
  });
  const jobs: Record<string, JobRecord> = {};
  ids.forEach((id, i) => {
    const r = records[i];
    if (r) jobs[id] = r;
  });
  const result: Result = Object.values(jobs).some((j) => j.result === 'failure') ? 'failure' : 'success';
  const callOutputs =
    (wf.on?.workflow_call as { outputs?: Record<string, { value: string }> } | undefined)?.outputs ?? {};
  const jobsCtx = Object.fromEntries(
    Object.entries(jobs).map(([id, j]) => [id, { result: j.result, outputs: j.outputs }]),
  );
  const outputs = Object.fromEntries(
    Object.entries(callOutputs).map(([k, v]) => [k, interpolate(v.value, { ...run.base, jobs: jobsCtx })]),
  );
  return { result, jobs, steps: run.steps, summary: run.summary.join(''), outputs };
}

/** A job, started once however many jobs need it. */
function runJob(run: RunState, id: string): Promise<JobRecord> {
  const existing = run.running.get(id);
  if (existing) return existing;
  const p = startJob(run, id);
  run.running.set(id, p);
  return p;
}

async function startJob(run: RunState, id: string): Promise<JobRecord> {
  const job = run.wf.jobs[id] as Job;
  const deps = await Promise.all(needsOf(job).map((n) => runJob(run, n)));
  const needs = Object.fromEntries(
    needsOf(job).map((n, i) => [n, { result: deps[i]?.result, outputs: deps[i]?.outputs ?? {} }]),
  );
  const status = {
    failed: deps.some((d) => d.result === 'failure' || d.result === 'skipped'),
    cancelled: false,
  };
  const ctx: Contexts = { ...run.base, needs };
  const start = performance.now() - run.t0;
  if (!condition(job.if, ctx, status)) {
    log(run, `[${id}] skipped`);
    return { result: 'skipped', outputs: {}, startWallMs: start, endWallMs: start };
  }
  const matrix = expandMatrix(job, ctx);
  const runs = await Promise.all(
    matrix.map((m, index) =>
      runJobInstance(
        run,
        id,
        job,
        {
          ...ctx,
          matrix: m ?? {},
          strategy: {
            'job-index': index,
            'job-total': matrix.length,
            'fail-fast': job.strategy?.['fail-fast'] ?? true,
          },
        },
        m,
      ),
    ),
  );
  const result: Result = runs.some((r) => r.result === 'failure') ? 'failure' : 'success';
  const outputs = Object.assign({}, ...runs.map((r) => r.outputs)) as Record<string, string>;
  const rec = { result, outputs, startWallMs: start, endWallMs: performance.now() - run.t0 };
  log(run, `[${id}] ${result} in ${((rec.endWallMs - start) / 1000).toFixed(2)}s`);
  return rec;
}

type StepsContext = Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }>;

/** How a step is named in the log and the records. */
function stepName(step: NonNullable<Job['steps']>[number], index: number): string {
  return step.name ?? step.uses ?? (step.run ? step.run.split('\n', 1)[0] : undefined) ?? `step ${index + 1}`;
}

async function runJobInstance(
  run: RunState,
  id: string,
  job: Job,
  given: Contexts,
  matrix: Record<string, unknown> | undefined,
): Promise<{ result: Result; outputs: Record<string, string> }> {
  const label = matrix && Object.keys(matrix).length ? `${id} (${Object.values(matrix).join(', ')})` : id;
  if (job.environment)
    log(
      run,
      `[${label}] environment ${interpolate(typeof job.environment === 'object' ? (job.environment as { name?: string }).name : job.environment, given)} (approval is GitHub's; locally it proceeds)`,
    );
  if (job.uses) return runReusable(run, label, job.uses, job, given);
  // runner.temp is the job's own, so jobs of a matrix or of another run never share files.
  const temp = join(
    (given.runner as { temp: string }).temp,
    `${run.wf.name ?? 'workflow'}-${label}`.replace(/[^\w.-]+/g, '_'),
  );
  mkdirSync(temp, { recursive: true });
  const ctx: Contexts = { ...given, runner: { ...(given.runner as object), temp } };
  const jobEnv = { ...(ctx.env as Record<string, string>), ...interpolateMap(job.env, ctx) };
  const stepsCtx: StepsContext = {};
  let failed = false;
  for (const [i, step] of (job.steps ?? []).entries()) {
    const sctx: Contexts = { ...ctx, env: jobEnv, steps: stepsCtx };
    const name = stepName(step, i);
    const t = performance.now();
    if (!condition(step.if, sctx, { failed, cancelled: false })) {
      run.steps.push({ job: label, step: name, result: 'skipped', wallMs: 0 });
      continue;
    }
    if (!(run.opts.hideNoOpSteps && isNoOpStep(step))) log(run, `[${label}] ${name}`);
    let r: Outcome;
    try {
      const env = { ...jobEnv, ...interpolateMap(step.env, sctx) };
      r = await runStep(run, label, step, sctx, env);
    } catch (err) {
      r = { outputs: {}, error: err instanceof Error ? err.message : String(err) };
    }
    const result: Result = r.error ? 'failure' : 'success';
    run.steps.push({
      job: label,
      step: name,
      result,
      wallMs: performance.now() - t,
      ...(r.error ? { error: masked(run, r.error) } : {}),
    });
    if (step.id)
      stepsCtx[step.id] = {
        outputs: r.outputs,
        outcome: result,
        conclusion: step['continue-on-error'] ? 'success' : result,
      };
    if (r.error) {
      log(run, `[${label}] ${name} failed: ${r.error}`);
      if (!step['continue-on-error']) failed = true;
    }
  }
  const outputs = failed ? {} : interpolateMap(job.outputs, { ...ctx, steps: stepsCtx });
  // As on GitHub, runner.temp is emptied at the end of each job.
  rmSync(temp, { recursive: true, force: true });
  return { result: failed ? 'failure' : 'success', outputs };
}

async function runReusable(run: RunState, label: string, uses: string, job: Job, ctx: Contexts) {
  const called = loadWorkflow(resolve(run.opts.root, uses));
  const withInputs = Object.fromEntries(
    Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]),
  );
  const r = await runWorkflow(called, {
    ...run.opts,
    inputs: withInputs,
    event: { name: 'workflow_call' },
    masks: run.masks,
    // Its own folder under the caller's: matrix instances of one reusable workflow never share one.
    tempDir: mkdtempSync(join((ctx.runner as { temp: string }).temp, `${label.replace(/[^\w.-]+/g, '_')}-`)),
    log: (l) => run.opts.log(`[${label}] ${l}`),
  });
  run.steps.push(...r.steps);
  run.summary.push(r.summary);
  return { result: r.result, outputs: r.outputs };
}
