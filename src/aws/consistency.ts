// AWS is eventually consistent: a resource just created may be "not found" for a few seconds.
// Calls on fresh resources retry such answers, with the shared poller, until a deadline.
import type { Clock } from '../time/clock.js';
import { codeOf } from './errors.js';
import { waitFor } from './wait.js';

const NOT_YET = /NotFound|NotFoundException|DoesNotExist|^InvalidInstanceId$/;

export async function untilVisible<T>(
  what: string,
  clock: Clock,
  call: () => Promise<T>,
  timeoutMs = 120_000,
): Promise<T> {
  let lastError: unknown;
  try {
    return await waitFor(
      async () => {
        try {
          return { done: true, value: await call() };
        } catch (err) {
          if (!NOT_YET.test(codeOf(err))) throw err;
          lastError = err;
          return { done: false, status: codeOf(err) };
        }
      },
      { what, timeoutMs, clock, minDelayMs: 500, maxDelayMs: 5_000 },
    );
  } catch (err) {
    throw lastError ?? err;
  }
}
