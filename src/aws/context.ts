// What every AWS operation of the toolkit receives: its clients and the clock its waits use.
import type { Clock } from '../time/clock.js';
import type { AwsClients } from './clients.js';

export interface AwsContext {
  clients: AwsClients;
  clock: Clock;
  log?: (line: string) => void;
  /** Something the operator should notice: an annotation on GitHub. */
  warn?: (line: string) => void;
}

export type EnsureAction = 'created' | 'updated' | 'unchanged';
