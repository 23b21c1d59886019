// The demo: cluster-up -> load-test -> cluster-down on the simulated AWS, in one process, with a
// real Locust (Debian's python3-locust) on 127.0.0.1 against the ACA-Py stand-in. The build runs
// in scaled time (0.002 by default); the load test in real time, so its durations, chart and rates
// are all real seconds, as Locust's are. Its simulated SSM agents sit on loopback: they pick a
// command up at once, which keeps each round trip to about a second.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { LATENCY } from '../aws/latency.js';
import { runWorkflowCommand } from '../cli/workflow.js';
import { loadClusterFile } from '../config/load.js';
import { sizeWorkers } from '../config/sizing.js';
import { attachIssuerStandIn } from '../runner/issuer-stand-in.js';
import type { RunResult } from '../runner/runner.js';
import { simulatedAccount } from '../runner/simulated-account.js';
import { ScaledClock, SwitchableClock } from '../time/clock.js';
import { freePort, locustAvailable, processLoadMeter, startLocust } from './local-locust.js';
import { DEMO_LOCUSTFILE, startAcapyStandIn } from './stand-in.js';

export class DemoError extends Error {
  override name = 'DemoError';
}

/** Simulated seconds per real second while the load test runs: real time, Locust's unit. */
const LOAD_TEST_SCALE = 1;
/** Seconds for a loopback SSM agent to pick a command up (AWS's agents poll: ~2 s). */
const LOOPBACK_SSM_DELIVERY = 0.1;

export interface DemoOptions {
  cluster: string;
  outDir: string;
  /** Seconds of real load (default 20). */
  runTime: number;
  users: number;
  /** Raise the requests-per-second gate out of reach (1,000,000), so the run fails on it. */
  failGate: boolean;
  timeScale: number;
  verbose?: boolean;
  runId?: string;
}

export const DEMO_WORKFLOWS = ['cluster-up', 'load-test', 'cluster-down'];

export async function runDemo(
  opts: DemoOptions,
  write: (s: string) => void,
): Promise<{ results: RunResult[]; runDir: string; clusterFile: string }> {
  if (!locustAvailable())
    throw new DemoError(
      'the demo runs a real Locust: install python3-locust (as root: bash scripts/setup.sh, or apt-get install python3-locust)',
    );
  loadClusterFile(opts.cluster); // a clear message for a bad file before anything starts
  const runId = opts.runId ?? String(Date.now());
  const runDir = join(opts.outDir, 'runs', runId);
  mkdirSync(runDir, { recursive: true });

  // The cluster file as given, with the Locust web port of the local master and, for
  // --fail-gate, a requests-per-second gate no local run can meet.
  const webPort = await freePort();
  const doc = parseDocument(readFileSync(opts.cluster, 'utf8'));
  doc.setIn(['locust', 'master', 'webPort'], webPort);
  if (opts.failGate) doc.setIn(['loadTest', 'thresholds', 'minRps'], 1_000_000);
  // Under its canonical name, in a clusters folder of this run: workflows accept a cluster only as
  // clusters/<name>.yml, unique in its folder.
  const clustersDir = join(runDir, 'clusters');
  mkdirSync(clustersDir, { recursive: true });
  const clusterFile = join(clustersDir, `${String(doc.get('name'))}.yml`);
  writeFileSync(clusterFile, doc.toString());
  const loaded = loadClusterFile(clusterFile);

  // As many local workers as the cluster has worker instances: the load test waits for them all.
  const workers = sizeWorkers(loaded.cluster).workers;
  const standIn = await startAcapyStandIn();
  const locust = await startLocust({
    workers,
    host: standIn.url,
    locustfile: DEMO_LOCUSTFILE,
    webPort,
  });
  write(
    `demo: Locust on ${locust.webUrl} (${workers} workers) against the ACA-Py stand-in on ${standIn.url}\n`,
  );
  let closeIssuer = async () => {};
  try {
    const clock = new SwitchableClock(new ScaledClock(opts.timeScale));
    const seeded = await simulatedAccount([loaded.cluster], clock);
    const account = { ...seeded, deps: { ...seeded.deps, clustersDir } };
    account.akrida.loopbackLocust = true;
    // The issuer's preparation runs its real script against loopback stand-ins of ACA-Py's admin API
    // and a ledger; the agent's key is the one its machine's .env names.
    closeIssuer = await attachIssuerStandIn(account.akrida);
    // Each simulated worker instance reports the CPU and memory of one real local Locust worker.
    const meter = processLoadMeter();
    const localWorkers = locust.processes.slice(1).flatMap((p) => (p.pid === undefined ? [] : [p.pid]));
    const assigned = new Map<string, number>();
    account.akrida.workerLoad = (inst) => {
      if (!assigned.has(inst.id))
        assigned.set(inst.id, localWorkers[assigned.size % localWorkers.length] ?? 0);
      return meter(assigned.get(inst.id) ?? 0);
    };
    const results = await runWorkflowCommand(
      {
        names: DEMO_WORKFLOWS,
        cluster: clusterFile,
        simulate: true,
        timeScale: opts.timeScale,
        inputs: {},
        outDir: opts.outDir,
        event: 'workflow_dispatch',
        verbose: opts.verbose,
        runId,
        account,
        keepGoing: true,
        beforeWorkflow: (name) => {
          const scale = name === 'load-test' ? LOAD_TEST_SCALE : opts.timeScale;
          clock.inner = new ScaledClock(scale, clock.now());
          account.sim.world.latency.ssmDelivery =
            name === 'load-test' ? LOOPBACK_SSM_DELIVERY : LATENCY.ssmDelivery;
          if (name === 'load-test')
            write(`demo: ${opts.users} users for ${opts.runTime} s of real load, in real time\n`);
        },
        inputsByWorkflow: {
          'load-test': {
            users: String(opts.users),
            'spawn-rate': String(opts.users),
            'run-time': String(opts.runTime),
          },
        },
      },
      write,
    );
    write(
      `demo: the stand-in answered ${standIn.hits()} requests; results in ${runDir}; Locust's report in ${join(runDir, 'artifacts', 'load-test-results', 'report.html')}\n`,
    );
    return { results, runDir, clusterFile };
  } finally {
    await locust.stop();
    await standIn.close();
    await closeIssuer();
  }
}
