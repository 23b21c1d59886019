// The stand-alone machines a cluster file lists, in the order their preparation depends on.
import type { Cluster } from '../config/schema.js';
import { MACHINE_ROLES, type MachineRole } from '../config/schema-machines.js';

export interface MachineSpec {
  role: MachineRole;
  instanceType: string;
  diskGiB: number;
}

export function machineSpecs(c: Cluster): MachineSpec[] {
  const m = c.machines;
  if (!m) return [];
  return MACHINE_ROLES.flatMap((role) => {
    const spec = m[role];
    return spec ? [{ role, instanceType: spec.instanceType, diskGiB: spec.diskGiB }] : [];
  });
}
