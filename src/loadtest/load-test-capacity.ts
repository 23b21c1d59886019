// Whether the workers in service can run this load test: users per worker within what a worker
// holds (ports and memory, as the cluster file is sized), and a spawn rate they start reliably.
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';

/** Akrida agents each start a full Aries agent; more than this per worker per second overloads a worker. */
export const MAX_SPAWN_PER_WORKER = 5;

export class LoadTestCapacityError extends Error {
  override name = 'LoadTestCapacityError';
}

/** Throws a LoadTestCapacityError saying what to change when `workers` cannot run the test. */
export function checkLoadTestCapacity(c: Cluster, workers: number, users: number, spawnRate: number): void {
  // What one worker holds does not depend on the count; the users per worker do.
  const limits = sizeWorkers(c, users);
  const usersPerWorker = Math.ceil(users / workers);
  if (usersPerWorker > limits.maxUsersPerWorker)
    throw new LoadTestCapacityError(
      `${users} users on ${workers} workers is ${usersPerWorker} per worker, but a ${c.locust.workers.instanceType} holds ${limits.maxUsersPerWorker} (ports ${limits.portsPerWorker}, memory ${limits.memoryUsersPerWorker}); add workers or lower users`,
    );
  if (spawnRate > MAX_SPAWN_PER_WORKER * workers)
    throw new LoadTestCapacityError(
      `spawn rate ${spawnRate}/s is above what ${workers} workers start reliably (${MAX_SPAWN_PER_WORKER}/s each); lower spawn-rate`,
    );
}
