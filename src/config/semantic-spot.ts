// The Spot worker group: every type priced (the cost reads it), all of the workers' size class (the
// worker sizing reads workers.instanceType's memory, and a worker of another size would hold another
// number of users), no type twice (Auto Scaling refuses duplicate overrides).
import { closest, INSTANCE_TYPES, instanceType } from './catalog.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';
import { sizeWorkers } from './sizing.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

const size = (t: { vcpu: number; memoryMiB: number }) => `${t.vcpu} vCPU / ${t.memoryMiB / 1024} GiB`;

export function spotProblems(c: Cluster, error: Report, warn: Report): void {
  const w = c.locust.workers;
  const spot = w.spot;
  if (!spot) return;
  const base = instanceType(w.instanceType);
  const seen = new Set<string>();
  spot.instanceTypes.forEach((name, i) => {
    const path: FieldPath = ['locust', 'workers', 'spot', 'instanceTypes', i];
    if (seen.has(name)) {
      error(path, `"${name}" is listed twice`, 'list each instance type once');
      return;
    }
    seen.add(name);
    const t = instanceType(name);
    if (!t) {
      const near = closest(name, Object.keys(INSTANCE_TYPES));
      error(
        path,
        `unknown instance type "${name}"`,
        near.length ? `did you mean ${near.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
      );
      return;
    }
    if (base && (t.vcpu !== base.vcpu || t.memoryMiB !== base.memoryMiB))
      error(
        path,
        `${name} has ${size(t)}, but the workers' ${w.instanceType} has ${size(base)}: every Spot type must be the same size, since each worker is given the same number of users`,
        `use types of ${size(base)}, e.g. ${sameSize(w.instanceType).join(', ') || w.instanceType}`,
      );
  });
  const workers = sizeWorkers(c).workers;
  if (workers > 0 && spot.onDemandBase >= workers)
    warn(
      ['locust', 'workers', 'spot', 'onDemandBase'],
      `the on-demand base (${spot.onDemandBase}) covers all ${workers} workers: none runs on Spot`,
      'lower onDemandBase, or remove locust.workers.spot',
    );
  else if (spot.spotPercent === 0)
    warn(
      ['locust', 'workers', 'spot', 'spotPercent'],
      'spotPercent 0: every worker above the base is on-demand, none on Spot',
      'raise spotPercent, or remove locust.workers.spot',
    );
}

/** Priced types of the same vCPU and memory as this one: itself first, then the cheapest. */
export function sameSize(name: string): string[] {
  const t = instanceType(name);
  if (!t) return [];
  return Object.entries(INSTANCE_TYPES)
    .filter(([, o]) => o.vcpu === t.vcpu && o.memoryMiB === t.memoryMiB)
    .sort(([a, x], [b, y]) => Number(b === name) - Number(a === name) || x.hourly - y.hourly)
    .map(([n]) => n);
}
