// What an action reads and reports, through @actions/core on GitHub. The local runner executes
// several actions at once in one process, so each step gets its own IO through async context
// instead of the process-wide INPUT_* variables and output files.
import { AsyncLocalStorage } from 'node:async_hooks';
import * as core from '@actions/core';

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
  warning(message: string, properties?: core.AnnotationProperties): void;
  error(message: string, properties?: core.AnnotationProperties): void;
  summary: SummaryIO;
}

const store = new AsyncLocalStorage<ActionIO>();

/** The IO of the step running now: the runner's, or @actions/core's on GitHub. */
export function io(): ActionIO {
  return store.getStore() ?? (core as unknown as ActionIO);
}

/** The IO of the step running now in the local runner; undefined outside a step. */
export function stepIO(): ActionIO | undefined {
  return store.getStore();
}

export function withIO<T>(stepIO: ActionIO, fn: () => Promise<T>): Promise<T> {
  return store.run(stepIO, fn);
}
