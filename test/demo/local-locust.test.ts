// The local Locust's start is bounded and leaves nothing behind: a port taken between its choice and
// the master's bind is chosen again; a master that cannot start is an error naming why, with every
// process it started gone; and the demo's set-up closes what it had started (a listening stand-in
// left open kept the CLI alive, idle, after its error).
import { mkdtempSync } from 'node:fs';
import { Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalLoadTest } from '../../src/demo/local-load-test.js';
import { freePort, LocustStartError, locustAvailable, startLocust, startTarget } from '../fixtures/locust.js';

const testIf = locustAvailable() ? test : test.skip;

/** A port this process listens on: taken for anyone else (a connection to it is closed at once). */
async function takenPort(): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, server };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Servers of this process still listening (getActiveResourcesInfo also lists one being closed). */
const listening = () =>
  (process as unknown as { _getActiveHandles(): unknown[] })
    ._getActiveHandles()
    .filter((h) => h instanceof HttpServer && h.listening).length;

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
    expect(pids).toHaveLength(3);
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

testIf(
  "the demo's set-up fails when Locust cannot start, and closes the stand-in it had started",
  async () => {
    const before = listening();
    const runDir = mkdtempSync(join(tmpdir(), 'akrida-local-locust-'));
    const err = await startLocalLoadTest(
      { cluster: 'clusters/perf-example.yml', runDir, timeScale: 0.002, freePort: async () => taken.port },
      () => {},
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocustStartError);
    expect((err as Error).message).toMatch(/attempt 3\) exited .* was taken/);
    expect(listening()).toBe(before);
  },
  60_000,
);
