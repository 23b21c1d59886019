// A real Locust (Debian's python3-locust) on 127.0.0.1: a master with its web API and N workers,
// against a small local target whose endpoints stand for Akrida's steps. For the tests and the
// demo; the caller stops every process; all traffic stays on loopback and every run is bounded.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';

export function locustAvailable(): boolean {
  return existsSync('/usr/lib/python3/dist-packages/locust/__init__.py');
}

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

/** The system under test: /receive-credential fails every fifth call, the others answer 200. */
export async function startTarget(): Promise<{ url: string; server: Server; hits: () => number }> {
  let hits = 0;
  let credential = 0;
  const server = createServer((req, res) => {
    hits += 1;
    if (req.url?.startsWith('/receive-credential')) {
      credential += 1;
      res.statusCode = credential % 5 === 0 ? 500 : 200;
    }
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, hits: () => hits };
}

export const LOCUSTFILE = `
from locust import HttpUser, task, constant

class Holder(HttpUser):
    wait_time = constant(0.1)

    def on_start(self):
        self.client.get("/connect", name="on_start")

    @task(3)
    def get_invite(self):
        self.client.get("/invite", name="get_invite")

    @task(2)
    def accept_invite(self):
        self.client.get("/accept", name="accept_invite")

    @task(2)
    def receive_credential(self):
        self.client.get("/receive-credential", name="receive_credential")
`;

export interface LocustCluster {
  webUrl: string;
  webPort: number;
  masterPort: number;
  processes: ChildProcess[];
  /** Starts one more worker (a replacement instance's, which joins the master by itself). */
  addWorker(): ChildProcess;
  stop(): Promise<void>;
}

/** The local Locust did not start; every process it started is gone. */
export class LocustStartError extends Error {
  override name = 'LocustStartError';
  constructor(
    message: string,
    /** The processes it started, all ended. */
    readonly pids: number[],
  ) {
    super(message);
  }
}

/** Seconds the master has to answer its web API: Python's start on a busy machine takes several. */
const START_DEADLINE_MS = 60_000;
/** Starts with fresh ports after a port was taken between its choice and the master's bind. */
const START_ATTEMPTS = 3;
/** The end of the master's stderr kept for an error: Locust names a busy port on its last lines. */
const STDERR_KEPT = 2_000;

const LAUNCHER =
  // Debian's python3-locust 2.12.1 ships an empty version string, and a 2.12 master refuses
  // workers without one ("old (pre 2.0) worker"): give the package its version before it loads.
  "import sys, types; m = types.ModuleType('locust._version'); m.version = '2.12.1'; sys.modules['locust._version'] = m; from locust.main import main; sys.exit(main())";

/** SIGKILL, then the exit (a process that never started sends only 'error'). */
async function killAll(processes: ChildProcess[]): Promise<void> {
  for (const p of processes) p.kill('SIGKILL');
  await Promise.all(
    processes.map((p) =>
      p.exitCode !== null || p.signalCode !== null || p.pid === undefined
        ? Promise.resolve()
        : new Promise((r) => {
            p.once('exit', r);
            p.once('error', r);
          }),
    ),
  );
}

export async function startLocust(opts: {
  workers: number;
  host: string;
  locustfile?: string;
  /** Web UI and API port (default: any free port, chosen again if it is taken before the bind). */
  webPort?: number;
  /** Environment of the locustfile, as the cluster's Locust .env gives it (e.g. IS_ANONCREDS). */
  env?: Record<string, string>;
  /** Where free ports come from (tests give a taken one). */
  freePort?: () => Promise<number>;
}): Promise<LocustCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-locust-'));
  const file = join(dir, 'locustfile.py');
  writeFileSync(file, opts.locustfile ?? LOCUSTFILE);
  const env = { ...opts.env, PATH: '/usr/bin:/bin', HOME: dir, PYTHONDONTWRITEBYTECODE: '1' };
  const common = ['-c', LAUNCHER, '-f', file, '--loglevel', 'WARNING'];
  const port = opts.freePort ?? freePort;
  const ended: number[] = [];
  const deadline = Date.now() + START_DEADLINE_MS;
  for (let attempt = 1; ; attempt += 1) {
    // A port from the kernel is free when chosen, not when Locust binds it: a busy machine's other
    // listeners and outgoing connections take ports from the same range.
    const [web, bind] = [opts.webPort ?? (await port()), await port()];
    const master = spawn(
      PYTHON,
      [
        ...common,
        '--master',
        '--web-host',
        '127.0.0.1',
        '--web-port',
        String(web),
        '--master-bind-host',
        '127.0.0.1',
        '--master-bind-port',
        String(bind),
        '-H',
        opts.host,
      ],
      { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    master.stderr?.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-STDERR_KEPT);
    });
    const worker = () =>
      spawn(PYTHON, [...common, '--worker', '--master-host', '127.0.0.1', '--master-port', String(bind)], {
        cwd: dir,
        env,
        stdio: 'ignore',
      });
    const processes: ChildProcess[] = [master];
    const webUrl = `http://127.0.0.1:${web}`;
    const outcome = await masterAnswers(master, webUrl, deadline);
    if (outcome.up) {
      // Its stderr is drained from here on, and not kept: a long run's warnings are not an error.
      master.stderr?.removeAllListeners('data').resume();
      // Workers once the master has bound its ports: a master that could not start has none to stop.
      processes.push(...Array.from({ length: opts.workers }, worker));
      return {
        webUrl,
        webPort: web,
        masterPort: bind,
        processes,
        addWorker: () => {
          const p = worker();
          processes.push(p);
          return p;
        },
        stop: async () => {
          await killAll(processes);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    await killAll(processes);
    ended.push(...processes.flatMap((p) => (p.pid === undefined ? [] : [p.pid])));
    const busy = /Address already in use|was busy/.test(stderr);
    if (busy && opts.webPort === undefined && attempt < START_ATTEMPTS && Date.now() < deadline) continue;
    rmSync(dir, { recursive: true, force: true });
    const cause =
      outcome.exit === undefined
        ? `did not answer GET ${webUrl}/stats/requests within ${START_DEADLINE_MS / 1000} s`
        : `exited (${outcome.exit}) before its web API answered${busy ? `: port ${web} or ${bind} was taken` : ''}`;
    // Locust's error line, not the empty statistics table it prints after it.
    const lines = stderr.trim().split('\n');
    const last = (lines.findLast((l) => /error|critical|busy/i.test(l)) ?? lines.at(-1))?.trim();
    throw new LocustStartError(
      `the local Locust master (web port ${web}, master port ${bind}, attempt ${attempt}) ${cause}${last ? `; its last line: ${last}` : ''}`,
      ended,
    );
  }
}

/** Polls the master's web API until it answers, it exits, or the deadline passes. */
async function masterAnswers(
  master: ChildProcess,
  webUrl: string,
  deadline: number,
): Promise<{ up: boolean; exit?: string }> {
  let exit: string | undefined;
  const exited = new Promise<void>((r) => {
    const done = (how: string) => {
      exit ??= how;
      r();
    };
    master.once('exit', (code, signal) => done(signal ? `signal ${signal}` : `exit ${code}`));
    master.once('error', (err) => done(err.message));
  });
  for (;;) {
    if (exit !== undefined) return { up: false, exit };
    try {
      const r = await fetch(`${webUrl}/stats/requests`, { signal: AbortSignal.timeout(1_000) });
      if (r.ok) return { up: true };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) return { up: false };
    await Promise.race([exited, new Promise((r) => setTimeout(r, 200))]);
  }
}

/**
 * CPU (percent of one core since the previous call) and memory (share of this machine's) of a
 * local process, from /proc: what the demo's simulated workers report when sampled through SSM.
 */
export function processLoadMeter(): (pid: number) => { cpu: number; memory: number } {
  const ticksPerSecond = 100; // USER_HZ on Linux
  const last = new Map<number, { ticks: number; at: number }>();
  return (pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
      const rssPages = Number(fields[21]);
      const at = performance.now();
      const prev = last.get(pid);
      last.set(pid, { ticks, at });
      const cpu = prev ? ((ticks - prev.ticks) / ticksPerSecond / ((at - prev.at) / 1000)) * 100 : 0;
      return { cpu: Math.max(0, cpu), memory: (rssPages * 4096) / totalmem() };
    } catch {
      return { cpu: 0, memory: 0 };
    }
  };
}
