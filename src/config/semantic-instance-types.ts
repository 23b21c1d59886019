// Every instance type a cluster runs must be in the price table: the plan prices it and the
// worker sizing reads its memory. An unknown type is refused with the nearest known ones.
import { machineSpecs } from '../cluster/machine-specs.js';
import { closest, INSTANCE_TYPES, instanceType } from './catalog.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

export function instanceTypeProblems(
  c: Cluster,
  error: (path: FieldPath, message: string, hint?: string) => void,
): void {
  const types: [FieldPath, string][] = [
    [['acapy', 'instanceType'], c.acapy.instanceType],
    [['locust', 'workers', 'instanceType'], c.locust.workers.instanceType],
    ...machineSpecs(c).map((m): [FieldPath, string] => [
      ['machines', m.role, 'instanceType'],
      m.instanceType,
    ]),
  ];
  for (const [path, name] of types) {
    if (instanceType(name)) continue;
    const near = closest(name, Object.keys(INSTANCE_TYPES));
    error(
      path,
      `unknown instance type "${name}"`,
      near.length ? `did you mean ${near.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
    );
  }
}
