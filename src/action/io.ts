// What an action reads and reports, through @actions/core on GitHub. The local runner executes
// several actions at once in one process, so each step gets its own IO through async context
// instead of the process-wide INPUT_* variables and output files.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type AnnotationProperties,
  debug,
  error,
  getBooleanInput,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
} from '@actions/core';

export interface SummaryIO {
  addHeading(text: string, level?: number | string): SummaryIO;
  addRaw(text: string, addEOL?: boolean): SummaryIO;
  write(): Promise<unknown>;
}

export interface ActionIO {
  getInput(name: string, options?: { required?: boolean }): string;
  getBooleanInput(name: string): boolean;
  setOutput(name: string, value: unknown): void;
  setSecret(secret: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  /** Shown only with step debug logging (ACTIONS_STEP_DEBUG on GitHub). */
  debug(message: string): void;
  /** The output of `fn` as one collapsible group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  warning(message: string, properties?: AnnotationProperties): void;
  error(message: string, properties?: AnnotationProperties): void;
  summary: SummaryIO;
}

const store = new AsyncLocalStorage<ActionIO>();

// Named imports, not the namespace object: an action bundle then keeps only these functions, and
// not getIDToken's HTTP client (undici, ~400 KB evaluated at every start).
const githubIO: ActionIO = {
  debug,
  group,
  getInput,
  getBooleanInput,
  setOutput,
  setSecret,
  setFailed,
  info,
  warning,
  error,
  summary,
};

/** The IO of the step running now: the runner's, or @actions/core's on GitHub. */
export function io(): ActionIO {
  return store.getStore() ?? githubIO;
}

/** True when the IO is @actions/core's (a real GitHub step), not the local runner's. */
export function onGitHub(): boolean {
  return store.getStore() === undefined;
}

/** The IO of the step running now in the local runner; undefined outside a step. */
export function stepIO(): ActionIO | undefined {
  return store.getStore();
}

export function withIO<T>(stepIO: ActionIO, fn: () => Promise<T>): Promise<T> {
  return store.run(stepIO, fn);
}
