// What the simulated Systems Manager holds: commands with their per-instance invocations, and
// Parameter Store's parameters; and how a script's outcome on an instance is decided.
import type { SimInstance } from '../ec2.js';
import type { Tags } from '../world.js';

export interface CommandContext {
  instance: SimInstance;
  /** The commands joined as one script, as the agent runs them. */
  script: string;
  comment?: string;
}

export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
  /** How long the script runs, in seconds of simulated time. */
  seconds?: number;
}

export type CommandHandler = (ctx: CommandContext) => CommandResult | Promise<CommandResult>;

/** AWS returns at most this much of each stream from GetCommandInvocation. */
export const STDOUT_LIMIT = 24_000;
export const STDERR_LIMIT = 8_000;
export const MAX_INSTANCE_IDS = 50;
export const VALUE_LIMIT = 4096;

export interface Invocation {
  commandId: string;
  instanceId: string;
  createdAt: number;
  startAt: number;
  timeoutMs: number;
  /** What the script printed: a handler that printed nothing left its streams empty. */
  result?: CommandResult & { stdout: string; stderr: string };
  /**
   * Settles once the handler answered. A handler doing real work (a script run under bash) takes
   * real time; GetCommandInvocation waits for it, so a virtual clock cannot race past the run.
   */
  settled?: Promise<void>;
  cancelledAt?: number;
}

export interface Command {
  id: string;
  /** Optional, as in SendCommand; left out of answers when none was given. */
  comment?: string;
  documentName: string;
  createdAt: number;
  invocations: Invocation[];
}

export interface Parameter {
  name: string;
  type: string;
  value: string;
  cipher: string;
  version: number;
  description?: string;
  tags: Tags;
  modifiedAt: number;
}
