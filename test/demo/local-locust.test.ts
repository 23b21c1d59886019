// The local Locust's start is bounded and leaves nothing behind: a port taken between its choice and
// the master's bind is chosen again; a master that cannot start is an error naming why, with every
// process it started gone (the demo's side of it is in test/demo/demo.test.ts).
import type { Server } from 'node:net';
import {
  freePort,
  LocustStartError,
  locustAvailable,
  startLocust,
  startTarget,
  takenPort,
} from '../fixtures/locust.js';

const testIf = locustAvailable() ? test : test.skip;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

let taken: { port: number; server: Server };
let target: Awaited<ReturnType<typeof startTarget>>;
beforeAll(async () => {
  taken = await takenPort();
  target = await startTarget();
});
afterAll(async () => {
  await new Promise((r) => taken.server.close(r));
  await new Promise((r) => target.server.close(r));
});

testIf(
  'a web port the caller fixed that is taken: an error naming it, and no process left',
  async () => {
    const err = await startLocust({ workers: 2, host: target.url, webPort: taken.port }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LocustStartError);
    const { message, pids } = err as LocustStartError;
    expect(message).toMatch(
      new RegExp(`web port ${taken.port}.* exited \\(exit \\d+\\) before its web API answered`),
    );
    expect(message).toContain('was taken');
    expect(message).toMatch(/its last line: .*Address already in use/);
    expect(pids).toHaveLength(1); // the master: workers start once it answers
    expect(pids.filter(alive)).toEqual([]);
  },
  60_000,
);

testIf(
  'a chosen port taken before the bind: chosen again, and the master answers there',
  async () => {
    let calls = 0;
    const choose = async () => {
      calls += 1;
      return calls === 1 ? taken.port : freePort();
    };
    const locust = await startLocust({ workers: 1, host: target.url, freePort: choose });
    try {
      expect(locust.webPort).not.toBe(taken.port);
      expect(calls).toBe(4); // two ports for each of the two attempts
      expect(
        (await fetch(`${locust.webUrl}/stats/requests`, { signal: AbortSignal.timeout(5_000) })).ok,
      ).toBe(true);
    } finally {
      await locust.stop();
    }
    expect(locust.processes.every((p) => p.pid !== undefined && !alive(p.pid))).toBe(true);
  },
  60_000,
);
