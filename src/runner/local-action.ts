// Our ./actions/* run in-process: inputs from action.yml's defaults and the step's `with`, outputs,
// masks, the log and the summary through the same ActionIO the actions use on GitHub.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { ActionDeps } from '../action/context.js';
import { type ActionIO, withIO } from '../action/io.js';
import { bufferedSummary, inputReader } from '../action/plain-io.js';
import { Recent } from '../recent.js';
import { log, type RunState } from './run-state.js';
import type { Outcome } from './types.js';

type ActionMain = { run: (deps?: ActionDeps) => Promise<void> };

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

type ActionInputs = { inputs?: Record<string, { default?: string }> };
/** Each action.yml parsed once per text: every job of a run uses the same few actions. */
const parsedActions = new Recent<ActionInputs>(64);

export async function runLocalAction(
  run: RunState,
  job: string,
  uses: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<Outcome> {
  const dir = resolve(run.opts.root, uses);
  const text = readFileSync(join(dir, 'action.yml'), 'utf8');
  const meta = parsedActions.get(text, () => parse(text) as ActionInputs);
  const withDefaults: Record<string, string> = {};
  // An input with no default and not given reads as empty, as on GitHub.
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
    run.masks,
    (l) => log(run, `[${job}]   ${l}`),
    (m) => {
      failure = m;
    },
    run.opts.debug ?? false,
  );
  const name = uses.startsWith('./actions/') ? uses.slice('./actions/'.length) : undefined;
  const held = name === undefined ? undefined : run.opts.actions?.[name];
  const mod = held ? { run: held } : await loadAction(join(dir, 'src', 'main.ts'));
  await withIO(stepIO, () => mod.run({ ...run.opts.deps, env: { ...(run.opts.deps.env ?? {}), ...env } }));
  run.summary.push(...summaryParts);
  return failure ? { outputs, error: failure } : { outputs };
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
