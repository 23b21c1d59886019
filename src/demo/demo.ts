// The demo: cluster-up -> load-test -> cluster-down on the simulated AWS, in one process, with a
// real Locust (Debian's python3-locust) on 127.0.0.1 against the ACA-Py stand-in. The build runs
// in scaled time (0.002 by default); the load test in real time (see local-load-test.ts).
import { join } from 'node:path';
import type { RunResult } from '../runner/runner.js';
import { runWithLocalLocust } from './local-load-test.js';
import { interruptionFor } from './local-workers.js';

export { DemoError } from './local-load-test.js';

export interface DemoOptions {
  cluster: string;
  outDir: string;
  /** Seconds of real load (default 20). */
  runTime: number;
  users: number;
  /** Raise the requests-per-second gate out of reach (1,000,000), so the run fails on it. */
  failGate: boolean;
  timeScale: number;
  /** Interrupt a Spot worker during the load test (the workers go on Spot for the demo if they are not). */
  spotInterruption?: boolean;
  verbose?: boolean;
  runId?: string;
}

export const DEMO_WORKFLOWS = ['cluster-up', 'load-test', 'cluster-down'];

export async function runDemo(
  opts: DemoOptions,
  write: (s: string) => void,
): Promise<{ results: RunResult[]; runDir: string; clusterFile: string }> {
  const demo = (s: string) => write(`demo: ${s}`);
  const r = await runWithLocalLocust(
    {
      names: DEMO_WORKFLOWS,
      cluster: opts.cluster,
      simulate: true,
      timeScale: opts.timeScale,
      inputs: {},
      outDir: opts.outDir,
      event: 'workflow_dispatch',
      verbose: opts.verbose ?? false,
      ...(opts.runId ? { runId: opts.runId } : {}),
      keepGoing: true,
      failGate: opts.failGate,
      spotInterruption: opts.spotInterruption ? interruptionFor(opts.runTime) : undefined,
      beforeWorkflow: (name) => {
        if (name === 'load-test') demo(`${opts.users} users for ${opts.runTime} s of real load\n`);
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
  demo(
    `the stand-in answered ${r.hits} requests; results in ${r.runDir}; Locust's report in ${join(r.runDir, 'artifacts', 'load-test-results', 'report.html')}\n`,
  );
  // A request ACA-Py would refuse is the scenario's fault, not the load's: say so, loudly.
  for (const line of r.refused.slice(0, 3)) demo(`warning: ACA-Py would refuse: ${line}\n`);
  if (r.refused.length > 3) demo(`warning: ... and ${r.refused.length - 3} more refused requests\n`);
  return { results: r.results, runDir: r.runDir, clusterFile: r.clusterFile };
}
