// What every `akrida` command is given: its output, how it sets the exit code, and the repository.
import type { Command } from 'commander';
import type { RegressionDemoRun } from '../demo/regression-demo.js';
import type { painter } from './colour.js';

/** Exit codes, documented in the README and in `akrida --help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export const EXIT_HELP = `
Exit codes:
  0  success
  1  the work failed: an invalid cluster file, a failed workflow or gate, an AWS error
  2  usage error: unknown command or option, missing or bad argument`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  colour: boolean;
  env: NodeJS.ProcessEnv;
  /** Handed the regression demo's run (its simulated account among it) by a caller in this process. */
  onRegressionDemo?: (run: RegressionDemoRun) => void;
}

export interface CommandContext {
  io: CliIO;
  paint: ReturnType<typeof painter>;
  setExit: (code: number) => void;
  /** A subcommand of `akrida`, reporting through io. */
  sub: (name: string) => Command;
  root: string;
  workflows: string[];
}
