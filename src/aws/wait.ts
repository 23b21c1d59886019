// The one waiting mechanism: poll with exponential backoff and full jitter until a check passes or
// a deadline passes. Time comes from a Clock, so the simulated AWS can run waits instantly.
import { type Clock, SYSTEM_CLOCK } from '../sim/clock.js';

export type Poll<T> = { done: true; value: T } | { done: false; status: string };

export interface WaitOptions {
  /** What is awaited, for messages: "image ami-… to become available". */
  what: string;
  timeoutMs: number;
  clock?: Clock;
  minDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** Wait this long before the first check, when the typical duration is known (fewer calls). */
  firstDelayMs?: number;
  /** Called after each unfinished poll, for progress output. */
  onPoll?: (status: string, elapsedMs: number) => void;
}

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
  constructor(
    readonly what: string,
    readonly lastStatus: string,
    readonly waitedMs: number,
  ) {
    super(`timed out after ${Math.round(waitedMs / 1000)}s waiting for ${what}; last status: ${lastStatus}`);
  }
}

export async function waitFor<T>(check: () => Promise<Poll<T>>, opts: WaitOptions): Promise<T> {
  const clock = opts.clock ?? SYSTEM_CLOCK;
  const random = opts.random ?? Math.random;
  const min = opts.minDelayMs ?? 2_000;
  const max = opts.maxDelayMs ?? 30_000;
  const start = clock.now();
  let status = 'not checked yet';
  if (opts.firstDelayMs) await clock.sleep(Math.min(opts.firstDelayMs, opts.timeoutMs));
  for (let attempt = 0; ; attempt++) {
    const r = await check();
    if (r.done) return r.value;
    status = r.status;
    const elapsed = clock.now() - start;
    opts.onPoll?.(status, elapsed);
    const left = opts.timeoutMs - elapsed;
    if (left <= 0) throw new WaitTimeoutError(opts.what, status, elapsed);
    // Full jitter over an exponential ceiling, never below min and never past the deadline.
    const ceiling = Math.min(max, min * 2 ** attempt);
    await clock.sleep(Math.min(left, min + random() * (ceiling - min)));
  }
}
