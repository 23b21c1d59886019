// The one waiting mechanism: check at once, then poll with exponential backoff and full jitter
// until a check passes or a deadline passes. A resource that is already ready costs one call.
// While waiting, a status line at most every 30 s tells what is awaited, its AWS status, the time
// elapsed and the time expected. Time comes from a Clock, so the simulated AWS runs waits instantly.
import { type Clock, SYSTEM_CLOCK } from '../time/clock.js';

export type Poll<T> = { done: true; value: T } | { done: false; status: string };

export interface WaitOptions {
  /** What is awaited, for messages: "image ami-… to become available". */
  what: string;
  timeoutMs: number;
  clock?: Clock;
  minDelayMs?: number;
  /** Ceiling of the backoff: the longest sleep between two checks. */
  maxDelayMs?: number;
  random?: () => number;
  /** How long this usually takes (the latency model), shown in status lines; never slept. */
  expectedMs?: number;
  /** Where status lines go (the step's log). */
  log?: (line: string) => void;
  /** Longest gap between two status lines (default 30 s). */
  reportEveryMs?: number;
  /** Where a warning goes (an annotation on GitHub) when the wait takes twice as long as expected. */
  warn?: (line: string) => void;
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

/** "7m 05s", "42s": short durations for status lines. */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

export async function waitFor<T>(check: () => Promise<Poll<T>>, opts: WaitOptions): Promise<T> {
  const clock = opts.clock ?? SYSTEM_CLOCK;
  const random = opts.random ?? Math.random;
  const min = opts.minDelayMs ?? 2_000;
  const max = Math.max(min, opts.maxDelayMs ?? 30_000);
  const every = opts.reportEveryMs ?? 30_000;
  const expected = opts.expectedMs ? `, expected ~${duration(opts.expectedMs)}` : '';
  const start = clock.now();
  let lastReport = start;
  let reported = false;
  let slow = false;
  for (let attempt = 0; ; attempt++) {
    const before = clock.now();
    const r = await check();
    const checkMs = clock.now() - before;
    const elapsed = clock.now() - start;
    if (r.done) {
      if (reported) opts.log?.(`${opts.what}: done after ${duration(elapsed)}`);
      return r.value;
    }
    if (!slow && opts.expectedMs && elapsed > 2 * opts.expectedMs) {
      slow = true;
      opts.warn?.(
        `${opts.what} is taking longer than expected: ${duration(elapsed)} so far (usually ~${duration(opts.expectedMs)}), status ${r.status}`,
      );
    }
    const left = opts.timeoutMs - elapsed;
    if (left <= 0) throw new WaitTimeoutError(opts.what, r.status, elapsed);
    // Full jitter over an exponential ceiling, never below min and never past the deadline.
    const ceiling = Math.min(max, min * 2 ** attempt);
    const delay = Math.min(left, min + random() * (ceiling - min));
    // Report now when the next check (sleep, then a call as long as this one) would come too late.
    if (!reported || clock.now() + delay + checkMs - lastReport > every) {
      opts.log?.(`waiting for ${opts.what}: ${r.status}, ${duration(elapsed)} elapsed${expected}`);
      lastReport = clock.now();
      reported = true;
    }
    await clock.sleep(delay);
  }
}
