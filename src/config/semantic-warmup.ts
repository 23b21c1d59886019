// The ACA-Py group's warmup is its health-check grace: shorter than ACA-Py takes to pass its checks,
// new instances are replaced before they ever serve, so the group cannot scale out.
import { healthyAfter, LATENCY } from '../aws/latency.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

export function warmupProblems(
  c: Cluster,
  warn: (path: FieldPath, message: string, hint?: string) => void,
): void {
  const check = c.acapy.healthCheck;
  const toHealthy =
    LATENCY.instanceRunning + LATENCY.acapyBoot + healthyAfter(check.intervalSeconds, check.healthyThreshold);
  if (c.acapy.warmupSeconds < toHealthy)
    warn(
      ['acapy', 'warmupSeconds'],
      `${c.acapy.warmupSeconds} s is shorter than a new ACA-Py instance takes to pass its health checks (about ${toHealthy} s: launch, ACA-Py start, ${check.healthyThreshold} checks every ${check.intervalSeconds} s); the group would replace new instances before they serve`,
      `raise acapy.warmupSeconds to ${Math.ceil(toHealthy / 60) * 60} or more`,
    );
}
