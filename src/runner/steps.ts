// One step of a job: a shell `run`, one of our ./actions/*, a well-known external action that has
// nothing to do here, or upload-artifact and download-artifact (to and from the artifacts folder).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { TOOLKIT, TOOLKIT_STEP_ID, TOOLKIT_STEPS } from '../../workflows-src/toolkit.js';
import { type Contexts, interpolate } from './expressions.js';
import { runLocalAction } from './local-action.js';
import { log, type RunState } from './run-state.js';
import type { Outcome } from './types.js';
import type { Step } from './workflow.js';

const NO_OP_ACTIONS: Record<string, string> = {
  'actions/checkout': 'the working tree is already here',
  'actions/setup-node': 'this machine has its own Node.js',
  'aws-actions/configure-aws-credentials': 'credentials come from the local chain (or the simulated AWS)',
};

/** `owner/name` of `owner/name@ref`. */
const actionName = (uses: string) => uses.split('@', 1)[0] as string;

/** A job's timestamp step (workflows-src/fragments.ts): one output, the epoch seconds now. */
const TIMESTAMP_STEP = /^echo "([a-z]+)=\$\(date \+%s\)" >> "\$GITHUB_OUTPUT"\s*$/;

/** Steps that have no effect when run here: the no-op actions and the job timestamp steps. */
export function isNoOpStep(step: Step): boolean {
  if (step.uses) return NO_OP_ACTIONS[actionName(step.uses)] !== undefined;
  if (step.id === TOOLKIT_STEP_ID) return true; // here the toolkit is this repository
  return step.run !== undefined && TIMESTAMP_STEP.test(step.run);
}

/** The generated step that locates the toolkit (held under bash by test/reuse.test.ts). */
const LOCATE_SCRIPT = TOOLKIT_STEPS.find((s) => s.id === TOOLKIT_STEP_ID)?.run;

/**
 * What that script writes, without a bash process (each job runs it; from a jest worker a process
 * costs ~5 ms of CPU): `self` says whether both files it tests are there. Off GitHub it does nothing else.
 */
function located(run: RunState, step: Step, env: Record<string, string>): Outcome | undefined {
  if (step.id !== TOOLKIT_STEP_ID || step.run !== LOCATE_SCRIPT || env.GITHUB_ACTIONS === 'true')
    return undefined;
  const isFile = (f: string) =>
    statSync(resolve(run.opts.root, f), { throwIfNoEntry: false })?.isFile() === true;
  return {
    outputs: {
      self: String(isFile('workflows-src/toolkit.ts') && isFile('actions/validate-cluster/action.yml')),
    },
  };
}

export async function runStep(
  run: RunState,
  job: string,
  step: Step,
  ctx: Contexts,
  env: Record<string, string>,
): Promise<Outcome> {
  if (step.run) {
    // What `date +%s` would print, without a bash process: two of a job's steps, a third of the
    // processes a simulated run started, each blocking the run for its ~10 ms.
    const stamp = TIMESTAMP_STEP.exec(step.run)?.[1];
    if (stamp !== undefined) return { outputs: { [stamp]: String(Math.floor(Date.now() / 1000)) } };
    return located(run, step, env) ?? runShell(run, step.run, ctx, env);
  }
  const uses = step.uses;
  if (!uses) return { outputs: {}, error: 'a step needs run or uses' };
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]),
  );
  if (uses.startsWith('./actions/')) return runLocalAction(run, job, uses, inputs, env);
  // A reusable workflow checks the toolkit out next to the caller's files; here it is this repository.
  if (uses.startsWith(`./${TOOLKIT.path}/actions/`))
    return runLocalAction(run, job, `./${uses.slice(TOOLKIT.path.length + 3)}`, inputs, env);
  const name = actionName(uses);
  if (NO_OP_ACTIONS[name]) {
    if (name === 'aws-actions/configure-aws-credentials')
      run.opts.onCredentials?.(inputs['role-to-assume'], job);
    if (!run.opts.hideNoOpSteps)
      log(run, `[${job}]   ${name}: nothing to do locally (${NO_OP_ACTIONS[name]})`);
    return { outputs: {} };
  }
  if (name === 'actions/upload-artifact') return uploadArtifact(run, job, inputs);
  if (name === 'actions/download-artifact') return downloadArtifact(run, job, inputs);
  return {
    outputs: {},
    error: `the local runner cannot run uses: ${uses}; run this workflow on GitHub, or use one of ./actions/* and ${Object.keys(NO_OP_ACTIONS).join(', ')}, actions/upload-artifact, actions/download-artifact`,
  };
}

/** One artifact of this run, by name, into `path` (the workspace when empty), as download-artifact does. */
function downloadArtifact(run: RunState, job: string, inputs: Record<string, string>): Outcome {
  if (!inputs.name)
    return { outputs: {}, error: 'actions/download-artifact: here only one artifact by name is supported' };
  const source = join(run.opts.artifactsDir, inputs.name);
  if (!existsSync(source))
    return {
      outputs: {},
      error: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}`,
    };
  const target = resolve(run.opts.root, inputs.path || '.');
  mkdirSync(target, { recursive: true });
  cpSync(source, target, { recursive: true });
  log(run, `[${job}]   artifact ${inputs.name} downloaded to ${target}`);
  return { outputs: { 'download-path': target } };
}

function uploadArtifact(run: RunState, job: string, inputs: Record<string, string>): Outcome {
  const target = join(run.opts.artifactsDir, inputs.name || 'artifact');
  mkdirSync(target, { recursive: true });
  let copied = 0;
  let stale = 0;
  const paths = inputs.path;
  if (!paths) return { outputs: {}, error: 'actions/upload-artifact: Input required and not supplied: path' };
  // As upload-artifact does: the files keep their paths relative to the least common ancestor of
  // the paths (a single folder's files land at the artifact's root, not in a folder of its name).
  const sources = paths
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean)
    // Relative to the workspace, as on GitHub (run steps run there too).
    .map((p) => resolve(run.opts.root, p))
    .filter((p) => existsSync(p));
  const root = commonAncestor(sources.map((p) => (statSync(p).isDirectory() ? p : dirname(p))));
  for (const src of sources) {
    cpSync(src, join(target, relative(root, src)), {
      recursive: true,
      filter: (file) => {
        const st = statSync(file);
        if (st.isDirectory()) return true;
        const fresh = st.mtimeMs >= run.startedAtMs;
        if (fresh) copied += 1;
        else stale += 1;
        return fresh;
      },
    });
  }
  const left = stale ? ` (${stale} older file${stale === 1 ? '' : 's'} left out: not made by this run)` : '';
  log(
    run,
    copied
      ? `[${job}]   artifact ${inputs.name}: ${copied} file${copied === 1 ? '' : 's'} saved to ${target}${left}`
      : `[${job}]   artifact ${inputs.name}: this run produced nothing to upload${left}`,
  );
  return { outputs: {} };
}

/** The deepest folder that holds every one of these folders. */
function commonAncestor(dirs: string[]): string {
  const split = dirs.map((d) => d.split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n += 1;
  return first.slice(0, n).join(sep) || sep;
}

function runShell(run: RunState, script: string, ctx: Contexts, env: Record<string, string>): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-run-'));
  try {
    return runShellIn(dir, run, script, ctx, env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runShellIn(
  dir: string,
  run: RunState,
  script: string,
  ctx: Contexts,
  env: Record<string, string>,
): Outcome {
  const outFile = join(dir, 'output');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', interpolate(script, ctx)], {
    cwd: run.opts.root,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? dir,
      ...env,
      GITHUB_OUTPUT: outFile,
    },
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (r.error) return { outputs: {}, error: `bash could not run: ${r.error.message}` };
  // With encoding 'utf8' both streams are strings, empty when the script printed nothing.
  for (const line of `${r.stdout}${r.stderr}`.split('\n').filter(Boolean)) log(run, `    ${line}`);
  const outputs: Record<string, string> = {};
  if (existsSync(outFile)) {
    for (const line of readFileSync(outFile, 'utf8').split('\n')) {
      const at = line.indexOf('=');
      if (at > 0) outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return r.status === 0 ? { outputs } : { outputs, error: `run step exited with ${r.status ?? r.signal}` };
}
