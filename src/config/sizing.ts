// How many simulated agents a Locust worker can hold: one port each (START_PORT..END_PORT) and
// ~52-100 MB of memory each (Akrida's docs), after what the OS, Docker and Locust itself need.
import { instanceType } from './catalog.js';
import type { Cluster } from './schema.js';

/** Memory a worker keeps for the OS, Docker and the Locust process before any agent starts. */
export const RESERVED_MIB = 1024;

export interface WorkerSizing {
  workers: number;
  usersPerWorker: number;
  portsPerWorker: number;
  memoryUsersPerWorker: number;
  maxUsersPerWorker: number;
}

export function sizeWorkers(cluster: Cluster, users = cluster.loadTest.users): WorkerSizing {
  const l = cluster.locust;
  const memory = instanceType(l.workers.instanceType)?.memoryMiB ?? 0;
  const portsPerWorker = Math.max(0, l.userPorts.end - l.userPorts.start + 1);
  const memoryUsersPerWorker = Math.max(0, Math.floor((memory - RESERVED_MIB) / l.memoryPerAgentMiB));
  const maxUsersPerWorker = Math.min(portsPerWorker, memoryUsersPerWorker);
  const workers =
    l.workers.count ??
    (maxUsersPerWorker > 0 ? Math.ceil((l.workers.targetUsers ?? 0) / maxUsersPerWorker) : 0);
  const usersPerWorker = workers > 0 ? Math.ceil(users / workers) : users;
  return { workers, usersPerWorker, portsPerWorker, memoryUsersPerWorker, maxUsersPerWorker };
}
