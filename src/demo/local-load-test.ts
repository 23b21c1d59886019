// A simulated account whose Locust master is real: Debian's python3-locust on 127.0.0.1 against
// the ACA-Py stand-in, with one local Locust worker per simulated worker instance. The demo and
// `akrida workflow ... load-test ... --simulate` share it. The build runs in scaled time; a load
// test in real time, so its durations, chart and rates are all real seconds, as Locust's are. Its
// simulated SSM agents sit on loopback: they pick a command up at once, so a round trip is ~1 s.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { acapyVersion } from '../acapy/versions.js';
import { isAnoncredsEnv } from '../acapy/wallet.js';
import { runWorkflowCommand, type WorkflowCommand } from '../cli/workflow.js';
import { loadClusterFile } from '../config/load.js';
import { sameSize } from '../config/semantic-spot.js';
import { sizeWorkers } from '../config/sizing.js';
import { groupName } from '../resources/groups.js';
import { HOLDER_LOCUSTFILE, startHolderAgentStandIn } from '../runner/acapy-stand-in.js';
import { attachIssuerStandIn } from '../runner/issuer-stand-in.js';
import type { RunResult } from '../runner/runner.js';
import { type SimulatedAccount, simulatedAccount } from '../runner/simulated-account.js';
import { ScaledClock, SwitchableClock } from '../time/clock.js';
import { locustAvailable, processLoadMeter, startLocust } from './local-locust.js';
import { bindLocalWorkers, type LocalWorkers, type SpotInterruptionPlan } from './local-workers.js';

export class DemoError extends Error {
  override name = 'DemoError';
}

export const NEEDS_LOCUST =
  'a simulated load test runs a real Locust: install python3-locust (as root: bash scripts/setup.sh, or apt-get install python3-locust)';

/** Simulated seconds per real second while a load test runs: real time, Locust's unit. */
const LOAD_TEST_SCALE = 1;
/** Seconds for a loopback SSM agent to pick a command up (AWS's agents poll: ~2 s). */
const LOOPBACK_SSM_DELIVERY = 0.1;

export interface LocalLoadTest {
  /** The cluster file as given, with the local master's web port, in a clusters folder of the run. */
  clusterFile: string;
  account: SimulatedAccount;
  /** Sets the clock and the SSM agents' pickup for the workflow about to start. */
  beforeWorkflow(name: string): void;
  /** Requests the stand-in answered. */
  hits(): number;
  /** Requests the stand-in refused as ACA-Py would before its handler (404, 405, 422). */
  refused(): string[];
  stop(): Promise<void>;
}

export async function startLocalLoadTest(
  opts: {
    cluster: string;
    runDir: string;
    timeScale: number;
    failGate?: boolean;
    /** Interrupt a Spot worker during the load test (the workers are put on Spot if the file has them on-demand). */
    spotInterruption?: SpotInterruptionPlan | undefined;
    /** Variant name -> how many times slower the simulated ACA-Py of that variant answers. */
    slowdown?: Record<string, number>;
    /** Where the local Locust's ports come from (tests give a taken one). */
    freePort?: () => Promise<number>;
  },
  write: (s: string) => void,
): Promise<LocalLoadTest> {
  if (!locustAvailable()) throw new DemoError(NEEDS_LOCUST);
  const given = loadClusterFile(opts.cluster).cluster; // a clear message for a bad file before anything starts
  // For --fail-gate, a requests-per-second gate no local run meets.
  const doc = parseDocument(readFileSync(opts.cluster, 'utf8'));
  if (opts.failGate) doc.setIn(['loadTest', 'thresholds', 'minRps'], 1_000_000);
  const plan = opts.spotInterruption;
  if (plan && !given.locust.workers.spot)
    doc.setIn(
      ['locust', 'workers', 'spot'],
      doc.createNode(
        { instanceTypes: sameSize(given.locust.workers.instanceType).slice(0, 3) },
        { flow: true },
      ),
    );
  // Under its canonical name, in a clusters folder of this run: workflows accept a cluster only as
  // clusters/<name>.yml, unique in its folder.
  const clustersDir = join(opts.runDir, 'clusters');
  mkdirSync(clustersDir, { recursive: true });
  const clusterFile = join(clustersDir, `${String(doc.get('name'))}.yml`);
  const save = () => {
    writeFileSync(clusterFile, doc.toString());
    return loadClusterFile(clusterFile);
  };
  let loaded = save();

  // As many local workers as the cluster has worker instances: the load test waits for them all.
  const workers = sizeWorkers(loaded.cluster).workers;
  const release = acapyVersion(loaded.cluster).release;
  // What is started is stopped, in reverse, also when a later start fails: a listening stand-in
  // left behind keeps this process alive after its error.
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  let unbind = () => {};
  try {
    // The agent answers as the release and wallet the cluster file plans, from ACA-Py's API document.
    // The simulated tier, once made: how slow the variant it runs answers, and CloudWatch's datapoints.
    let tier: SimulatedAccount['akrida']['tier'] | undefined;
    const standIn = await startHolderAgentStandIn({
      ...(release !== undefined ? { release } : {}),
      walletType: loaded.cluster.acapy.walletType,
      latencyFactor: () => tier?.factor() ?? 1,
      onAnswer: (ms, status) => tier?.answered(ms, status),
    });
    stops.push(standIn.close);
    const locust = await startLocust({
      workers,
      host: standIn.url,
      locustfile: HOLDER_LOCUSTFILE,
      // The scenario picks its filters by IS_ANONCREDS, as Akrida's load agent does.
      env: { IS_ANONCREDS: isAnoncredsEnv(loaded.cluster) },
      ...(opts.freePort ? { freePort: opts.freePort } : {}),
    });
    stops.push(async () => {
      unbind();
      await locust.stop();
    });
    // The cluster's master answers where the local one listens.
    doc.setIn(['locust', 'master', 'webPort'], locust.webPort);
    loaded = save();
    write(`Locust on ${locust.webUrl} (${workers} workers) against the ACA-Py stand-in on ${standIn.url}\n`);
    const clock = new SwitchableClock(new ScaledClock(opts.timeScale));
    const seeded = await simulatedAccount([loaded.cluster], clock);
    const account = { ...seeded, deps: { ...seeded.deps, clustersDir } };
    account.akrida.loopbackLocust = true;
    tier = account.akrida.tier;
    tier.slowdown = { ...opts.slowdown };
    // The issuer's preparation runs its real script against loopback stand-ins of ACA-Py's admin API
    // and a ledger; the agent's key is the one its machine's .env names.
    stops.push(await attachIssuerStandIn(account.akrida));
    // Each simulated worker instance reports the CPU and memory of one real local Locust worker.
    const meter = processLoadMeter();
    const localWorkers = locust.processes.slice(1).flatMap((p) => (p.pid === undefined ? [] : [p.pid]));
    const assigned = new Map<string, number>();
    let bound: LocalWorkers | undefined;
    account.akrida.workerLoad = (inst) => {
      const pid = bound?.pidOf(inst.id);
      if (pid !== undefined) return meter(pid);
      if (!assigned.has(inst.id))
        assigned.set(inst.id, localWorkers[assigned.size % localWorkers.length] ?? 0);
      return meter(assigned.get(inst.id) ?? 0);
    };
    const latency = account.sim.world.latency;
    // Every command is picked up by this machine at once: a Locust call sent in scaled time (the
    // first swarm of a run, the reports after its stop) would otherwise wait AWS's pickup in real
    // time, since the clock turns real when the call runs (two seconds per call, per run).
    latency.ssmDelivery = LOOPBACK_SSM_DELIVERY;
    const usual = { ...latency };
    unbind = () => bound?.stop();
    const realTime = (on: boolean) => {
      clock.inner = new ScaledClock(on ? LOAD_TEST_SCALE : opts.timeScale, clock.now());
    };
    let followSwarm = false;
    let swarming = false;
    // In other workflows (a regression's runs) only the swarms run in real time, from the stats
    // reset before a measured run's swarm (or a warm-up's swarm) to the stop call, and each call to
    // Locust (it blocks this process, so its real time is the simulated time it takes); rollouts,
    // resets and collection run in scaled time. The measured run starts its clock between the reset
    // and the swarm: in scaled time, a busy machine's few real ms there were minutes of the run.
    account.akrida.onLocustHttp = (script, when) => {
      if (!followSwarm) return;
      if (when === 'before') return realTime(true);
      const call = /'https?:\/\/[^']*\/(swarm|stop|stats\/reset)'/.exec(script)?.[1];
      if (call) swarming = call !== 'stop';
      realTime(swarming);
    };
    return {
      clusterFile,
      account,
      beforeWorkflow: (name) => {
        const loadTest = name === 'load-test';
        realTime(loadTest);
        followSwarm = !loadTest;
        if (loadTest) write('the load test runs in real time against the local Locust\n');
        bound?.stop();
        bound = undefined;
        Object.assign(latency, usual);
        if (loadTest && plan) {
          // Real seconds: a two-minute notice and a three-minute boot are shortened to fit the run.
          Object.assign(latency, {
            spotInterruptionNotice: plan.noticeSeconds,
            instanceRunning: Math.min(latency.instanceRunning, plan.bootSeconds / 3),
            workerBoot: (plan.bootSeconds * 2) / 3,
          });
          bound = bindLocalWorkers(account.sim, locust, groupName(loaded.cluster, 'worker'), plan, (l) =>
            write(`spot: ${l}`),
          );
        }
      },
      hits: standIn.hits,
      refused: standIn.refused,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Workflows on a simulated account with a real local Locust master (see startLocalLoadTest). */
export async function runWithLocalLocust(
  cmd: WorkflowCommand & {
    failGate?: boolean;
    spotInterruption?: SpotInterruptionPlan | undefined;
    slowdown?: Record<string, number>;
    /** Called with the account before the first workflow (a test's faults). */
    onAccount?: (a: SimulatedAccount) => void;
  },
  write: (s: string) => void,
): Promise<{
  results: RunResult[];
  runDir: string;
  clusterFile: string;
  hits: number;
  refused: string[];
  account: SimulatedAccount;
}> {
  const runId = cmd.runId ?? String(Date.now());
  const runDir = join(cmd.outDir, 'runs', runId);
  mkdirSync(runDir, { recursive: true });
  const local = await startLocalLoadTest(
    {
      cluster: cmd.cluster,
      runDir,
      timeScale: cmd.timeScale,
      failGate: cmd.failGate ?? false,
      spotInterruption: cmd.spotInterruption,
      ...(cmd.slowdown ? { slowdown: cmd.slowdown } : {}),
    },
    write,
  );
  try {
    cmd.onAccount?.(local.account);
    const results = await runWorkflowCommand(
      {
        ...cmd,
        cluster: local.clusterFile,
        givenCluster: cmd.cluster,
        simulate: true,
        runId,
        account: local.account,
        beforeWorkflow: (name) => {
          local.beforeWorkflow(name);
          cmd.beforeWorkflow?.(name);
        },
      },
      write,
    );
    return {
      results,
      runDir,
      clusterFile: local.clusterFile,
      hits: local.hits(),
      refused: local.refused(),
      account: local.account,
    };
  } finally {
    await local.stop();
  }
}
