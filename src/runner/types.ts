// What a local workflow run is given and what it answers.
import type { ActionDeps } from '../action/context.js';

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
  /** runner.temp: one folder per job under it (default: a new folder in the system's temp). */
  tempDir?: string;
  log: (line: string) => void;
  /** Values never printed: secrets, and what actions mask with setSecret. */
  masks?: Set<string>;
  /** github.run_id (default: now in ms). */
  runId?: string;
  /**
   * github.server_url: where `${server_url}/${repository}.git` is this repository's git remote (the
   * regression history pushes there). Locally a folder of bare repositories (default: GitHub's).
   */
  serverUrl?: string;
  /** Leave out of the log the steps that do nothing here (checkout, credentials, timestamps). */
  hideNoOpSteps?: boolean;
  /** Show each step's debug lines (AWS calls), as ACTIONS_STEP_DEBUG does on GitHub. */
  debug?: boolean;
  /**
   * The actions of `root` as this process already holds them, by folder name (the CLI passes
   * actions/index.ts, so that its bundle runs them without a TypeScript loader); an action not
   * here is imported from `actions/NAME/src/main.ts`.
   */
  actions?: Readonly<Record<string, (deps?: ActionDeps) => Promise<void>>>;
  /** Told the role each configure-aws-credentials step asks for (the IAM day checks which role a workflow takes). */
  onCredentials?: (roleToAssume: string | undefined, job: string) => void;
}

/** A job's or a step's outcome as the next ones see it. */
export interface Outcome {
  outputs: Record<string, string>;
  error?: string;
}
