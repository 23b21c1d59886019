// The state one workflow run shares between its jobs and steps: options, masks, the records and
// summary it collects, the contexts every expression starts from, and the jobs already started.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Contexts, interpolate } from './expressions.js';
import type { JobRecord, RunnerOptions, StepRecord } from './types.js';
import { type Workflow, WorkflowError } from './workflow.js';

/** github.repository of a local run. */
export const LOCAL_REPOSITORY = 'local/akrida-ops';

export interface RunState {
  readonly wf: Workflow;
  readonly opts: RunnerOptions;
  /** Values never printed; actions add to it with setSecret. */
  readonly masks: Set<string>;
  readonly t0: number;
  /** Files older than this run are not its results (a fresh GitHub checkout has none; this tree may). */
  readonly startedAtMs: number;
  readonly steps: StepRecord[];
  readonly summary: string[];
  readonly base: Contexts;
  readonly running: Map<string, Promise<JobRecord>>;
}

export function newRunState(wf: Workflow, opts: RunnerOptions): RunState {
  const inputs = withInputDefaults(wf, opts.inputs);
  return {
    wf,
    opts,
    masks: opts.masks ?? new Set(Object.values(opts.secrets ?? {}).filter(Boolean)),
    t0: performance.now(),
    startedAtMs: Date.now() - 1_000,
    steps: [],
    summary: [],
    running: new Map(),
    base: {
      github: {
        event_name: opts.event.name,
        event: opts.event.payload ?? {},
        repository: LOCAL_REPOSITORY,
        server_url: opts.serverUrl ?? 'https://github.com',
        run_id: opts.runId ?? String(Date.now()),
        workspace: opts.root,
        ref: 'refs/heads/main',
        sha: 'local',
      },
      inputs,
      vars: opts.vars ?? {},
      secrets: opts.secrets ?? {},
      env: interpolateMap(wf.env, { inputs }),
      // Each job gets its own folder under this one (see runJobInstance), as on GitHub.
      runner: { os: 'Linux', temp: opts.tempDir ?? mkdtempSync(join(tmpdir(), 'akrida-runner-')) },
    },
  };
}

/** `text` with every masked value replaced by ***. */
export function masked(run: RunState, text: string): string {
  return [...run.masks].reduce((t, m) => (m ? t.split(m).join('***') : t), text);
}

/** One line of the run's log, masked. */
export function log(run: RunState, line: string): void {
  run.opts.log(masked(run, line));
}

export function interpolateMap(
  map: Record<string, unknown> | undefined,
  ctx: Contexts,
): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
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
    // An input declared without a default and not given is empty, as on GitHub.
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
