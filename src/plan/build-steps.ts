// The steps of a cluster build as a dependency graph, each with the manual step it replaces and
// its expected duration from the shared latency model; the critical path is what the build costs.
import { healthyAfter, LATENCY } from '../aws/latency.js';
import type { Cluster } from '../config/schema.js';

export interface BuildStep {
  id: string;
  title: string;
  needs: string[];
  seconds: number;
}

export function buildSteps(c: Cluster): BuildStep[] {
  const api = LATENCY.apiCall;
  const hc = c.acapy.healthCheck;
  const bake = LATENCY.ssmDelivery + LATENCY.prepareImage + LATENCY.imageAvailable;
  return [
    {
      id: 'security-groups',
      title: 'Ensure the load-balancer and performance security groups and rules',
      needs: [],
      seconds: 6 * api,
    },
    {
      id: 'secrets',
      title: 'Store workflow secrets as SecureString parameters',
      needs: [],
      seconds: 2 * api,
    },
    {
      id: 'locust-image',
      title: 'Reset Docker, pre-build and bake the Locust worker image',
      needs: [],
      seconds: bake,
    },
    {
      id: 'acapy-image',
      title: 'Reset Docker, pre-build and bake the ACA-Py image',
      needs: [],
      seconds: bake,
    },
    {
      id: 'acapy-load-balancers',
      title: 'Ensure the ACA-Py admin and transport load balancers',
      needs: ['security-groups'],
      seconds: LATENCY.loadBalancerActive + 6 * api,
    },
    {
      id: 'acapy-template',
      title: 'Render the ACA-Py launch template (ISSUER = transport DNS)',
      needs: ['acapy-image', 'acapy-load-balancers', 'secrets'],
      seconds: 2 * api,
    },
    {
      id: 'acapy-group',
      title: 'Ensure the ACA-Py group and wait for healthy targets',
      needs: ['acapy-template'],
      seconds:
        2 * api +
        LATENCY.instanceRunning +
        LATENCY.acapyBoot +
        healthyAfter(hc.intervalSeconds, hc.healthyThreshold),
    },
    {
      id: 'locust-master',
      title: 'Write the Locust master .env and restart it',
      needs: ['acapy-load-balancers', 'secrets'],
      seconds: LATENCY.ssmDelivery + LATENCY.masterRestart,
    },
    {
      id: 'worker-template',
      title: 'Render the Locust worker launch template',
      needs: ['locust-image', 'locust-master'],
      seconds: 2 * api,
    },
    {
      id: 'worker-group',
      title: 'Ensure the worker group and wait for workers at the master',
      needs: ['worker-template'],
      seconds: 2 * api + LATENCY.instanceRunning + LATENCY.workerBoot,
    },
    {
      id: 'verify',
      title: 'Verify target health, the ACA-Py sanity check and the worker count',
      needs: ['acapy-group', 'worker-group'],
      seconds: 4 * api + LATENCY.ssmDelivery,
    },
  ];
}

export interface Schedule {
  start: Map<string, number>;
  finish: Map<string, number>;
  criticalPath: string[];
  totalSeconds: number;
}

/** Earliest start of every step with unlimited parallelism, and the longest chain through them. */
export function schedule(steps: readonly BuildStep[]): Schedule {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const start = new Map<string, number>();
  const finish = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const done = finish.get(id);
    if (done !== undefined) return done;
    const step = byId.get(id);
    if (!step) throw new Error(`build step ${id} is needed but not defined`);
    if (visiting.has(id)) throw new Error(`build steps form a cycle through ${id}`);
    visiting.add(id);
    const s = Math.max(0, ...step.needs.map(visit));
    visiting.delete(id);
    start.set(id, s);
    finish.set(id, s + step.seconds);
    return s + step.seconds;
  };
  for (const s of steps) visit(s.id);
  let last = [...finish].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1] as [string, number])[0];
  const path: string[] = [];
  while (last) {
    path.unshift(last);
    const step = byId.get(last);
    const st = start.get(last) ?? 0;
    last = step?.needs.find((n) => finish.get(n) === st) ?? '';
  }
  return { start, finish, criticalPath: path, totalSeconds: Math.max(0, ...finish.values()) };
}
