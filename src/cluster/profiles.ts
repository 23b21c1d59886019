// Which instance profile each instance of a cluster runs with. Every cluster has its own (so no
// cluster's instances read another's parameters), and a cluster with the issuer machine has a
// second one for it alone: the only principal that may read the issuer's DID seed.

import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import { issuerParameters } from './secrets.js';

/** The toolkit's workflow roles: a cluster may never name one as its instances' profile. */
export const WORKFLOW_ROLE_NAMES = ['akrida-ops-deploy', 'akrida-ops-plan', 'akrida-ops-teardown'] as const;

const INSTANCE_PREFIX = 'akrida-ops-instance-';
const ISSUER_PREFIX = 'akrida-ops-issuer-';

/** The profile of the cluster's instances and machines (but the issuer machine's). */
export const instanceProfileOf = (c: Pick<Cluster, 'name' | 'instanceProfile'>): string =>
  c.instanceProfile ?? `${INSTANCE_PREFIX}${c.name}`;

/** The issuer machine's own profile, when the toolkit makes the issuer. */
export const issuerProfileOf = (c: Pick<Cluster, 'name' | 'machines'>): string | undefined =>
  c.machines?.issuer ? `${ISSUER_PREFIX}${c.name}` : undefined;

/** Every profile the cluster's instances use. */
export const profilesOf = (c: Cluster): string[] => {
  const issuer = issuerProfileOf(c);
  return [instanceProfileOf(c), ...(issuer ? [issuer] : [])];
};

/**
 * Why a cluster may not name this profile, or undefined when it may: the workflow roles, another
 * cluster's own or issuer profile (its instances would read that cluster's parameters, or its seed).
 */
export function foreignProfile(name: string, cluster: string): string | undefined {
  if ((WORKFLOW_ROLE_NAMES as readonly string[]).includes(name))
    return `${name} is a workflow role of the toolkit, not an instance profile`;
  if (name.startsWith(ISSUER_PREFIX))
    return `${name} is an issuer machine's own profile: only that machine may read its DID seed`;
  if (name.startsWith(INSTANCE_PREFIX) && name !== `${INSTANCE_PREFIX}${cluster}`)
    return `${name} is cluster ${name.slice(INSTANCE_PREFIX.length)}'s own profile: its instances would read that cluster's parameters`;
  return undefined;
}

export interface ProfileWant {
  name: string;
  /** The clusters whose instances run with it (more than one only when files name a shared one). */
  clusters: Cluster[];
  /** The issuer machine's profile: it alone may read the DID seed. */
  issuer: boolean;
}

/** The profiles the clusters need, each with the clusters it serves, in name order. */
export function wantedProfiles(clusters: readonly Cluster[]): ProfileWant[] {
  const byName = new Map<string, ProfileWant>();
  for (const c of clusters) {
    const own = instanceProfileOf(c);
    const p = byName.get(own) ?? { name: own, clusters: [], issuer: false };
    p.clusters.push(c);
    byName.set(own, p);
    const issuer = issuerProfileOf(c);
    if (issuer) byName.set(issuer, { name: issuer, clusters: [c], issuer: true });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The seed's parameter and each path above it: a by-path read of one of those returns the seed. */
export function seedPaths(c: Cluster): string[] {
  const parts = issuerParameters(c).seed.split('/').filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`);
}

/** The profile a stand-alone machine is launched with: the issuer's own, else the cluster's. */
export const machineProfileOf = (c: Cluster, role: MachineRole): string =>
  (role === 'issuer' ? issuerProfileOf(c) : undefined) ?? instanceProfileOf(c);
