// Facts the stand-alone machines give the rest of the cluster: the database machine's address
// (ACA-Py's DATABASE) and the ids the issuer's preparation made (the Locust SCHEMA and CRED_DEF).
import type { AwsContext } from '../aws/context.js';
import { readParameter } from '../aws/parameters.js';
import { issuerParameters } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../render/env-files.js';
import { type FoundMachine, findMachines } from './machines.js';

export class MachineFactError extends Error {
  override name = 'MachineFactError';
}

/** Ledger ids as the parsers accept them: they are written into .env files. */
const LEDGER_ID = /^[A-Za-z0-9:._-]{1,512}$/;

export async function machineClusterFacts(
  ctx: AwsContext,
  c: Cluster,
): Promise<Pick<ClusterFacts, 'databaseIp' | 'ledgerIds'>> {
  const m = c.machines;
  if (!m) return {};
  const pinned = c.locust.schema !== undefined && c.locust.credDef !== undefined;
  const [found, ids] = await Promise.all([
    m.database ? findMachines(ctx, c.name) : Promise.resolve([]),
    m.issuer && !pinned ? ledgerIds(ctx, c) : Promise.resolve(undefined),
  ]);
  const db = found.find((f) => f.role === 'database');
  if (m.database && !db?.privateIp)
    throw new MachineFactError(
      `the database machine of ${c.name} was not found; cluster-up's "Stand-alone machines" step makes it`,
    );
  return { ...(db?.privateIp ? { databaseIp: db.privateIp } : {}), ...(ids ? { ledgerIds: ids } : {}) };
}

async function ledgerIds(ctx: AwsContext, c: Cluster): Promise<ClusterFacts['ledgerIds']> {
  const names = issuerParameters(c);
  const [schemaId, credDefId] = await Promise.all([
    readParameter(ctx.clients, names.schemaId, 'String'),
    readParameter(ctx.clients, names.credDefId, 'String'),
  ]);
  if (schemaId === undefined || credDefId === undefined)
    throw new MachineFactError(
      `the issuer of ${c.name} has not made its schema and credential definition yet (${names.schemaId}, ${names.credDefId}); cluster-up's "Stand-alone machines" step makes them`,
    );
  for (const [name, v] of [
    [names.schemaId, schemaId],
    [names.credDefId, credDefId],
  ] as const)
    if (!LEDGER_ID.test(v))
      throw new MachineFactError(`${name} holds ${JSON.stringify(v.slice(0, 80))}, not a ledger id`);
  return { schemaId, credDefId };
}

/**
 * For a plan: the facts as far as they exist, placeholders for what this apply will make. The
 * machines come from the caller's own listing, so a plan lists the cluster's instances once.
 */
export async function plannedMachineFacts(
  ctx: AwsContext,
  c: Cluster,
  machines: Promise<FoundMachine[]>,
): Promise<Pick<ClusterFacts, 'databaseIp' | 'ledgerIds'>> {
  const offline = { databaseIp: OFFLINE_FACTS.databaseIp, ledgerIds: OFFLINE_FACTS.ledgerIds };
  if (!c.machines) {
    // Awaited even so: a failed listing then fails here too, never as an unhandled rejection.
    await machines;
    return {};
  }
  const pinned = c.locust.schema !== undefined && c.locust.credDef !== undefined;
  const [found, ids] = await Promise.all([
    machines,
    c.machines.issuer && !pinned
      ? ledgerIds(ctx, c).catch((err: unknown) => {
          if (err instanceof MachineFactError) return offline.ledgerIds;
          throw err;
        })
      : undefined,
  ]);
  const db = found.find((f) => f.role === 'database')?.privateIp;
  return {
    ...(c.machines.database ? { databaseIp: db ?? offline.databaseIp } : {}),
    ...(ids ? { ledgerIds: ids } : {}),
  };
}
