// The one poller: a ready resource costs one check and no sleep; while waiting, a status line
// at most every 30 s says what is awaited, its status, the time elapsed and the time expected.
import { duration, WaitTimeoutError, waitFor } from '../../src/aws/wait.js';
import { VirtualClock } from '../../src/time/clock.js';

/** A clock that records each sleep, over a virtual clock. */
function recordingClock() {
  const clock = new VirtualClock(0);
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: {
      scale: 0,
      now: () => clock.now(),
      sleep: (ms: number) => {
        sleeps.push(ms);
        return clock.sleep(ms);
      },
    },
  };
}

test('a resource that is already ready costs one check and no sleep', async () => {
  const { clock, sleeps } = recordingClock();
  let checks = 0;
  const lines: string[] = [];
  const v = await waitFor(
    async () => {
      checks++;
      return { done: true, value: 'available' };
    },
    {
      what: 'image ami-1 to become available',
      timeoutMs: 60_000,
      clock,
      expectedMs: 420_000,
      log: (l) => lines.push(l),
    },
  );
  expect({ v, checks, sleeps, lines }).toEqual({ v: 'available', checks: 1, sleeps: [], lines: [] });
});

test('a long wait polls with backoff up to the ceiling and reports at most 30 s apart', async () => {
  const { clock, sleeps } = recordingClock();
  const lines: { at: number; line: string }[] = [];
  const readyAt = 7 * 60_000;
  await waitFor(
    async () =>
      clock.now() >= readyAt ? { done: true, value: undefined } : { done: false, status: 'pending' },
    {
      what: 'image ami-1 to become available',
      timeoutMs: 45 * 60_000,
      clock,
      minDelayMs: 5_000,
      maxDelayMs: 15_000,
      expectedMs: 420_000,
      log: (line) => lines.push({ at: clock.now(), line }),
    },
  );
  expect(Math.max(...sleeps)).toBeLessThanOrEqual(15_000);
  expect(Math.min(...sleeps)).toBeGreaterThanOrEqual(5_000);
  expect(lines[0]).toEqual({
    at: 0,
    line: 'waiting for image ami-1 to become available: pending, 0s elapsed, expected ~7m 00s',
  });
  expect(lines.at(-1)?.line).toMatch(/^image ami-1 to become available: done after 7m \d\ds$/);
  const gaps = lines.slice(1).map((l, i) => l.at - (lines[i]?.at ?? 0));
  expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
  // Not a line per check: about one per 30 s.
  expect(lines.length).toBeLessThan(sleeps.length);
  expect(lines.length).toBeGreaterThanOrEqual(14);
});

test('the deadline ends the wait with the last status', async () => {
  const { clock } = recordingClock();
  const p = waitFor(async () => ({ done: false, status: 'provisioning' }), {
    what: 'load balancer x to become active',
    timeoutMs: 60_000,
    clock,
  });
  await expect(p).rejects.toThrow(WaitTimeoutError);
  await expect(p).rejects.toThrow(
    'timed out after 60s waiting for load balancer x to become active; last status: provisioning',
  );
});

test('durations read as minutes and seconds', () => {
  expect([duration(0), duration(42_400), duration(420_000), duration(61_000)]).toEqual([
    '0s',
    '42s',
    '7m 00s',
    '1m 01s',
  ]);
});

test('a wait twice as long as expected warns once (an annotation on GitHub)', async () => {
  const { clock } = recordingClock();
  const warnings: string[] = [];
  await waitFor(
    async () =>
      clock.now() >= 5 * 60_000 ? { done: true, value: undefined } : { done: false, status: 'provisioning' },
    {
      what: 'load balancer x to become active',
      timeoutMs: 15 * 60_000,
      clock,
      minDelayMs: 3_000,
      maxDelayMs: 10_000,
      expectedMs: 2 * 60_000,
      warn: (l) => warnings.push(l),
    },
  );
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(
    /^load balancer x to become active is taking longer than expected: 4m \d\ds so far \(usually ~2m 00s\), status provisioning$/,
  );
});
