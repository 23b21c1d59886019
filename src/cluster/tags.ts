// Every resource we create carries these tags, and is found again by them.
import type { Cluster } from '../config/schema.js';

export const TAG = {
  cluster: 'akrida:cluster',
  role: 'akrida:role',
  managedBy: 'managed-by',
  expiresAt: 'akrida:expires-at',
} as const;
export const MANAGED_BY = 'akrida-ops';
/**
 * An instance the toolkit may prepare destructively (Docker reset, rebuild, .env rewrite, restart)
 * carries this tag with the cluster's name: a selector alone can never aim that at another machine.
 */
export const PREPARE_TAG = 'akrida:prepare';

/** The role tag of a stand-alone machine the toolkit creates (machines.ROLE). */
export const machineRole = (role: string): string => `machine-${role}`;

/** The tags that find a machine of a cluster again (what { machine: ROLE } selects). */
export function machineSelectorTags(cluster: string, role: string): Tags {
  return { [TAG.cluster]: cluster, [TAG.role]: machineRole(role) };
}

/** Tag keys the toolkit writes itself; a cluster file's extra tags may not use them. */
export const TOOL_TAG_KEYS: readonly string[] = ['Name', PREPARE_TAG, ...Object.values(TAG)];

export type Tags = Record<string, string>;

/** Tags of one resource: the configured extra tags first, so ours always win. */
export function resourceTags(cluster: Cluster, role: string, now?: Date): Tags {
  const tags: Tags = {
    ...cluster.tags,
    Name: `${cluster.name}-${role}`,
    [TAG.cluster]: cluster.name,
    [TAG.role]: role,
    [TAG.managedBy]: MANAGED_BY,
  };
  if (now) tags[TAG.expiresAt] = expiry(cluster, now).toISOString();
  return tags;
}

export function expiry(cluster: Cluster, now: Date): Date {
  return new Date(now.getTime() + cluster.teardown.ttlHours * 3600_000);
}

/** Milliseconds of an expiry tag (ISO 8601 UTC, as expiry() writes it); anything else is undefined. */
export function parseExpiry(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

export function toAwsTags(tags: Tags): { Key: string; Value: string }[] {
  return Object.entries(tags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([Key, Value]) => ({ Key, Value }));
}
