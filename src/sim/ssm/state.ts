// Systems Manager's state, and each invocation's status as simulated time moves.
import type { World } from '../world.js';
import type { Command, CommandHandler, Invocation, Parameter } from './model.js';

export class SsmState {
  readonly commands = new Map<string, Command>();
  readonly parameters = new Map<string, Parameter>();
  /** AWS's public parameters (/aws/service/...): readable by anyone, listed by no DescribeParameters. */
  readonly publicParameters = new Map<string, string>();
  handler: CommandHandler = () => ({ exitCode: 0, seconds: 1 });

  constructor(private readonly world: World) {}

  status(inv: Invocation): { status: string; end?: number } {
    const now = this.world.now();
    if (inv.cancelledAt !== undefined) return { status: 'Cancelled', end: inv.cancelledAt };
    if (now < inv.startAt) return { status: 'Pending' };
    if (!inv.result) return { status: 'InProgress' };
    const ms = this.world.ms(inv.result.seconds ?? 0);
    if (ms > inv.timeoutMs) {
      return now >= inv.startAt + inv.timeoutMs
        ? { status: 'TimedOut', end: inv.startAt + inv.timeoutMs }
        : { status: 'InProgress' };
    }
    if (now < inv.startAt + ms) return { status: 'InProgress' };
    return { status: inv.result.exitCode === 0 ? 'Success' : 'Failed', end: inv.startAt + ms };
  }
}
