// Runs a generated workflow on this machine: jobs in `needs` order with independent jobs at once,
// our ./actions/* in-process with their inputs, outputs wired with GitHub's expression semantics,
// well-known external actions handled explicitly, and the same job summary as on GitHub.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { TOOLKIT, TOOLKIT_STEP_ID } from '../../workflows-src/toolkit.js';
import type { ActionDeps } from '../action/context.js';
import { type ActionIO, withIO } from '../action/io.js';
import { bufferedSummary, inputReader } from '../action/plain-io.js';
import { type Contexts, condition, evaluateValue, interpolate } from './expressions.js';
import { type Job, loadWorkflow, needsOf, type Step, type Workflow, WorkflowError } from './workflow.js';

const loadedActions = new Map<string, Promise<ActionMain>>();
let loading: Promise<unknown> = Promise.resolve();

/**
 * Each action's module once per process, one import at a time: parallel jobs would otherwise
 * import modules that share dependencies concurrently, which jest's ESM loader cannot link.
 */
function loadAction(file: string): Promise<ActionMain> {
  let mod = loadedActions.get(file);
  if (!mod) {
    const next = loading.then(() => import(pathToFileURL(file).href) as Promise<ActionMain>);
    loading = next.catch(() => undefined);
    mod = next;
    loadedActions.set(file, mod);
  }
  return mod;
}

export type Result = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepRecord {
  job: string;
  step: string;
  result: Result;
  wallMs: number;
  error?: string;
}

export interface JobRecord {
  result: Result;
  outputs: Record<string, string>;
  startWallMs: number;
  endWallMs: number;
}

export interface RunResult {
  result: Result;
  jobs: Record<string, JobRecord>;
  steps: StepRecord[];
  summary: string;
  outputs: Record<string, string>;
}

export interface RunnerOptions {
  /** Repository root: ./actions and reusable workflows resolve against it. */
  root: string;
  event: { name: string; payload?: Record<string, unknown> };
  inputs: Record<string, string | boolean>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  deps: ActionDeps;
  artifactsDir: string;
  log: (line: string) => void;
  /** Values never printed: secrets, and what actions mask with setSecret. */
  masks?: Set<string>;
  /** github.run_id (default: now in ms). */
  runId?: string;
  /** Leave out of the log the steps that do nothing here (checkout, credentials, timestamps). */
  hideNoOpSteps?: boolean;
  /** Show each step's debug lines (AWS calls), as ACTIONS_STEP_DEBUG does on GitHub. */
  debug?: boolean;
}

type ActionMain = { run: (deps?: ActionDeps) => Promise<void> };

const NO_OP_ACTIONS: Record<string, string> = {
  'actions/checkout': 'the working tree is already here',
  'actions/setup-node': 'this machine has its own Node.js',
  'aws-actions/configure-aws-credentials': 'credentials come from the local chain (or the simulated AWS)',
};

/** Steps that have no effect when run here: the no-op actions and the job timestamp steps. */
export function isNoOpStep(step: Step): boolean {
  if (step.uses) return NO_OP_ACTIONS[step.uses.split('@')[0] ?? ''] !== undefined;
  if (step.id === TOOLKIT_STEP_ID) return true; // here the toolkit is this repository
  return /^echo "[a-z]+=\$\(date \+%s\)" >> "\$GITHUB_OUTPUT"\s*$/.test(step.run ?? '');
}

export async function runWorkflowFile(path: string, opts: RunnerOptions): Promise<RunResult> {
  return runWorkflow(loadWorkflow(path), opts);
}

export async function runWorkflow(wf: Workflow, opts: RunnerOptions): Promise<RunResult> {
  const masks = opts.masks ?? new Set(Object.values(opts.secrets ?? {}).filter(Boolean));
  const mask = (s: string) => [...masks].reduce((t, m) => (m ? t.split(m).join('***') : t), s);
  const log = (line: string) => opts.log(mask(line));
  const t0 = performance.now();
  // Files older than this run are not its results (a fresh GitHub checkout has none; this tree may).
  const startedAtMs = Date.now() - 1_000;
  const jobs: Record<string, JobRecord> = {};
  const steps: StepRecord[] = [];
  const summary: string[] = [];
  const inputs = withInputDefaults(wf, opts.inputs);
  const base: Contexts = {
    github: {
      event_name: opts.event.name,
      event: opts.event.payload ?? {},
      repository: 'local/akrida-ops',
      run_id: opts.runId ?? String(Date.now()),
      workspace: opts.root,
      ref: 'refs/heads/main',
      sha: 'local',
    },
    inputs,
    vars: opts.vars ?? {},
    secrets: opts.secrets ?? {},
    env: interpolateMap(wf.env, { inputs }),
    runner: { os: 'Linux', temp: tmpdir() },
  };

  const running = new Map<string, Promise<JobRecord>>();
  const runJob = (id: string): Promise<JobRecord> => {
    const existing = running.get(id);
    if (existing) return existing;
    const p = (async (): Promise<JobRecord> => {
      const job = wf.jobs[id] as Job;
      const deps = await Promise.all(needsOf(job).map((n) => runJob(n)));
      const needs = Object.fromEntries(
        needsOf(job).map((n, i) => [n, { result: deps[i]?.result, outputs: deps[i]?.outputs ?? {} }]),
      );
      const status = {
        failed: deps.some((d) => d.result === 'failure' || d.result === 'skipped'),
        cancelled: false,
      };
      const ctx: Contexts = { ...base, needs };
      const start = performance.now() - t0;
      if (!condition(job.if, ctx, status)) {
        log(`[${id}] skipped`);
        return { result: 'skipped', outputs: {}, startWallMs: start, endWallMs: start };
      }
      const matrix = expandMatrix(job, ctx);
      const runs = await Promise.all(
        matrix.map((m, index) =>
          runJobInstance(
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
      const rec = { result, outputs, startWallMs: start, endWallMs: performance.now() - t0 };
      log(`[${id}] ${result} in ${((rec.endWallMs - start) / 1000).toFixed(2)}s`);
      return rec;
    })();
    running.set(id, p);
    return p;
  };

  const runJobInstance = async (
    id: string,
    job: Job,
    ctx: Contexts,
    matrix: Record<string, unknown> | undefined,
  ): Promise<{ result: Result; outputs: Record<string, string> }> => {
    const label = matrix && Object.keys(matrix).length ? `${id} (${Object.values(matrix).join(', ')})` : id;
    if (job.environment)
      log(
        `[${label}] environment ${interpolate(typeof job.environment === 'object' ? (job.environment as { name?: string }).name : job.environment, ctx)} (approval is GitHub's; locally it proceeds)`,
      );
    if (job.uses) return runReusable(label, job, ctx);
    const jobEnv = { ...(ctx.env as Record<string, string>), ...interpolateMap(job.env, ctx) };
    const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: Result; conclusion: Result }> =
      {};
    let failed = false;
    for (const [i, step] of (job.steps ?? []).entries()) {
      const sctx: Contexts = { ...ctx, env: jobEnv, steps: stepsCtx };
      const name = step.name ?? step.uses ?? (step.run ? step.run.split('\n')[0] : `step ${i + 1}`) ?? '';
      const t = performance.now();
      if (!condition(step.if, sctx, { failed, cancelled: false })) {
        steps.push({ job: label, step: name, result: 'skipped', wallMs: 0 });
        continue;
      }
      if (!(opts.hideNoOpSteps && isNoOpStep(step))) log(`[${label}] ${name}`);
      let r: { outputs: Record<string, string>; error?: string };
      try {
        const env = { ...jobEnv, ...interpolateMap(step.env, sctx) };
        r = await runStep(label, step, sctx, env);
      } catch (err) {
        r = { outputs: {}, error: err instanceof Error ? err.message : String(err) };
      }
      const result: Result = r.error ? 'failure' : 'success';
      steps.push({
        job: label,
        step: name,
        result,
        wallMs: performance.now() - t,
        ...(r.error ? { error: mask(r.error) } : {}),
      });
      if (step.id)
        stepsCtx[step.id] = {
          outputs: r.outputs,
          outcome: result,
          conclusion: step['continue-on-error'] ? 'success' : result,
        };
      if (r.error) {
        log(`[${label}] ${name} failed: ${r.error}`);
        if (!step['continue-on-error']) failed = true;
      }
    }
    const outputs = failed ? {} : interpolateMap(job.outputs, { ...ctx, steps: stepsCtx });
    return { result: failed ? 'failure' : 'success', outputs };
  };

  const runReusable = async (label: string, job: Job, ctx: Contexts) => {
    const path = resolve(opts.root, job.uses ?? '');
    const called = loadWorkflow(path);
    const withInputs = Object.fromEntries(
      Object.entries(job.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]),
    );
    const r = await runWorkflow(called, {
      ...opts,
      inputs: withInputs,
      event: { name: 'workflow_call' },
      masks,
      log: (l) => opts.log(`[${label}] ${l}`),
    });
    steps.push(...r.steps);
    summary.push(r.summary);
    return { result: r.result, outputs: r.outputs };
  };

  const runStep = async (
    job: string,
    step: Step,
    ctx: Contexts,
    env: Record<string, string>,
  ): Promise<{ outputs: Record<string, string>; error?: string }> => {
    if (step.run) return runShell(step.run, ctx, env);
    const uses = step.uses ?? '';
    const inputs = Object.fromEntries(
      Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]),
    );
    if (uses.startsWith('./actions/')) return runLocalAction(job, uses, inputs, env);
    // A reusable workflow checks the toolkit out next to the caller's files; here it is this repository.
    if (uses.startsWith(`./${TOOLKIT.path}/actions/`))
      return runLocalAction(job, `./${uses.slice(TOOLKIT.path.length + 3)}`, inputs, env);
    const name = uses.split('@')[0] ?? '';
    if (NO_OP_ACTIONS[name]) {
      if (!opts.hideNoOpSteps) log(`[${job}]   ${name}: nothing to do locally (${NO_OP_ACTIONS[name]})`);
      return { outputs: {} };
    }
    if (name === 'actions/upload-artifact') {
      const target = join(opts.artifactsDir, inputs.name || 'artifact');
      mkdirSync(target, { recursive: true });
      let copied = 0;
      let stale = 0;
      for (const p of (inputs.path ?? '')
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean)) {
        // Relative to the workspace, as on GitHub (run steps run there too).
        const src = resolve(opts.root, p);
        if (!existsSync(src)) continue;
        cpSync(src, join(target, p.split('/').pop() ?? p), {
          recursive: true,
          filter: (file) => {
            const st = statSync(file);
            if (st.isDirectory()) return true;
            const fresh = st.mtimeMs >= startedAtMs;
            if (fresh) copied += 1;
            else stale += 1;
            return fresh;
          },
        });
      }
      const left = stale
        ? ` (${stale} older file${stale === 1 ? '' : 's'} left out: not made by this run)`
        : '';
      log(
        copied
          ? `[${job}]   artifact ${inputs.name}: ${copied} file${copied === 1 ? '' : 's'} saved to ${target}${left}`
          : `[${job}]   artifact ${inputs.name}: this run produced nothing to upload${left}`,
      );
      return { outputs: {} };
    }
    return {
      outputs: {},
      error: `the local runner cannot run uses: ${uses}; run this workflow on GitHub, or use one of ./actions/* and ${Object.keys(NO_OP_ACTIONS).join(', ')}, actions/upload-artifact`,
    };
  };

  const runLocalAction = async (
    job: string,
    uses: string,
    inputs: Record<string, string>,
    env: Record<string, string>,
  ) => {
    const dir = resolve(opts.root, uses);
    const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as {
      inputs?: Record<string, { default?: string }>;
    };
    const withDefaults: Record<string, string> = {};
    for (const [k, v] of Object.entries(meta.inputs ?? {}))
      withDefaults[k] = inputs[k] ?? (v.default === undefined ? '' : String(v.default));
    for (const k of Object.keys(inputs)) {
      if (!(k in (meta.inputs ?? {}))) return { outputs: {}, error: `${uses} has no input ${k}` };
    }
    const outputs: Record<string, string> = {};
    let failure: string | undefined;
    const summaryParts: string[] = [];
    const stepIO = makeIO(
      withDefaults,
      outputs,
      summaryParts,
      masks,
      (l) => log(`[${job}]   ${l}`),
      (m) => {
        failure = m;
      },
      opts.debug ?? false,
    );
    const mod = await loadAction(join(dir, 'src', 'main.ts'));
    await withIO(stepIO, () => mod.run({ ...opts.deps, env: { ...(opts.deps.env ?? {}), ...env } }));
    summary.push(...summaryParts);
    return failure ? { outputs, error: failure } : { outputs };
  };

  const runShell = (script: string, ctx: Contexts, env: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-run-'));
    const outFile = join(dir, 'output');
    const r = spawnSync(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', interpolate(script, ctx)],
      {
        cwd: opts.root,
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: process.env.HOME ?? dir,
          ...env,
          GITHUB_OUTPUT: outFile,
        },
        encoding: 'utf8',
        timeout: 10 * 60_000,
      },
    );
    for (const line of `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').filter(Boolean)) log(`    ${line}`);
    const outputs: Record<string, string> = {};
    if (existsSync(outFile)) {
      for (const line of readFileSync(outFile, 'utf8').split('\n')) {
        const at = line.indexOf('=');
        if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
      }
    }
    return r.status === 0 ? { outputs } : { outputs, error: `run step exited with ${r.status ?? r.signal}` };
  };

  const ids = Object.keys(wf.jobs);
  const records = await Promise.all(ids.map((id) => runJob(id)));
  ids.forEach((id, i) => {
    const r = records[i];
    if (r) jobs[id] = r;
  });
  const result: Result = Object.values(jobs).some((j) => j.result === 'failure') ? 'failure' : 'success';
  const callOutputs =
    (wf.on?.workflow_call as { outputs?: Record<string, { value: string }> } | undefined)?.outputs ?? {};
  const outputs = Object.fromEntries(
    Object.entries(callOutputs).map(([k, v]) => [
      k,
      interpolate(v.value, {
        ...base,
        jobs: Object.fromEntries(
          Object.entries(jobs).map(([id, j]) => [id, { result: j.result, outputs: j.outputs }]),
        ),
      }),
    ]),
  );
  return { result, jobs, steps, summary: summary.join(''), outputs };
}

function withInputDefaults(
  wf: Workflow,
  given: Record<string, string | boolean>,
): Record<string, string | boolean> {
  const declared = {
    ...((wf.on?.workflow_dispatch as { inputs?: Record<string, { default?: unknown }> } | null)?.inputs ??
      {}),
    ...((wf.on?.workflow_call as { inputs?: Record<string, { default?: unknown }> } | null)?.inputs ?? {}),
  };
  const out: Record<string, string | boolean> = {};
  for (const [k, v] of Object.entries(declared)) {
    const d = v?.default;
    out[k] = given[k] ?? (typeof d === 'boolean' ? d : d === undefined ? '' : String(d));
  }
  for (const [k, v] of Object.entries(given)) {
    if (!(k in declared))
      throw new WorkflowError(
        `${wf.path} has no input ${k}; it takes ${Object.keys(declared).join(', ') || 'none'}`,
      );
    out[k] = v;
  }
  return out;
}

function interpolateMap(map: Record<string, unknown> | undefined, ctx: Contexts): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
}

function expandMatrix(job: Job, ctx: Contexts): (Record<string, unknown> | undefined)[] {
  const m = job.strategy?.matrix;
  if (m === undefined) return [undefined];
  const spec = evaluateValue(m, ctx) as Record<string, unknown>;
  // `include` alone (a list of objects from an expression) is one job per object, as on GitHub.
  if (Object.keys(spec).length === 1 && 'include' in spec) {
    const list = evaluateValue(spec.include, ctx);
    if (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'object' || x === null))
      throw new WorkflowError(
        `matrix include must be a non-empty list of objects (got ${JSON.stringify(list)})`,
      );
    return list as Record<string, unknown>[];
  }
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, raw] of Object.entries(spec)) {
    if (key === 'include' || key === 'exclude')
      throw new WorkflowError(`matrix ${key} is not supported locally`);
    const values = evaluateValue(raw, ctx);
    if (!Array.isArray(values))
      throw new WorkflowError(`matrix ${key} must be a list (got ${JSON.stringify(values)})`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  return combos;
}

function makeIO(
  inputs: Record<string, string>,
  outputs: Record<string, string>,
  summary: string[],
  masks: Set<string>,
  log: (line: string) => void,
  fail: (message: string) => void,
  debug: boolean,
): ActionIO {
  return {
    ...inputReader(() => inputs),
    setOutput: (name, value) => {
      outputs[name] = typeof value === 'string' ? value : JSON.stringify(value);
    },
    setSecret: (v) => {
      if (v) masks.add(v);
    },
    setFailed: (m) => fail(m),
    info: (m) => log(m),
    debug: (m) => {
      if (debug) log(`debug: ${m}`);
    },
    // Jobs run at once here, so a group is its heading line; the lines are already prefixed.
    group: (name, fn) => {
      log(`▸ ${name}`);
      return fn();
    },
    warning: (m) => log(`warning: ${m}`),
    error: (m) => log(`error: ${m}`),
    summary: bufferedSummary(() => summary),
  };
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
