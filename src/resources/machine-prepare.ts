// Prepare the stand-alone machines through SSM, each only when what prepared it changed or it was
// started again: the database first (a preparation cleans it), then the issuer on it (its agent,
// then its DID, schema and credential definition by API), the Locust machine alongside. A mark
// on each machine (PREPARED_TAG) says what prepared it; the issuer's mark names the database's,
// so a cleaned database always means a re-prepared issuer.
import { createHash } from 'node:crypto';
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { LATENCY } from '../aws/latency.js';
import { putParameter } from '../aws/parameters.js';
import { printed, RunCommandError, runOnInstances } from '../aws/run-command.js';
import { write } from '../aws/writes.js';
import { issuerParameters, mediatorInvitationParameter } from '../cluster/secrets.js';
import { resourceTags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import {
  issuerApiInput,
  type MachineFacts,
  machineInputs,
  OFFLINE_MACHINE_FACTS,
} from '../render/machine-inputs.js';
import {
  issuerScript,
  machineScript,
  parseAnchorRequest,
  parseIssuerOutput,
  parseMediatorOutput,
} from '../render/machine-scripts.js';
import type { TemplateSet } from '../render/render.js';
import type { PlannedScript } from './kind.js';
import { recordLastRun } from './last-run.js';
import { restarts } from './machine-resize.js';
import { type FoundMachine, PREPARED_TAG, roleAddress } from './machines.js';

export class IssuerAnchorError extends Error {
  override name = 'IssuerAnchorError';
}

/** One machine's preparation: its script(s) and the mark it leaves. */
export interface Preparation {
  role: MachineRole;
  instanceId?: string;
  /** The machine's own script, then (issuer) the admin API steps. */
  scripts: { id: string; title: string; script: string }[];
  /** The mark the machine carries once prepared; a `*` stands for the database's fresh stamp. */
  mark: string;
  runs: boolean;
  why: string;
  /**
   * The issuer only: whether this preparation may give the schema or credential definition a new
   * id (a new machine, a cleaned database, or other schema fields), so plans show them as unknown.
   */
  idsChange?: boolean;
  /** The issuer only: what decides its ids, kept on the machine (IDS_TAG) once prepared. */
  idsKey?: string;
}

/** On the issuer: the schema fields and tag its ids were made from. */
export const IDS_TAG = 'akrida:issuer-ids';

/** A machine's mark, as the apply will see it: a machine it (re)starts loses its mark then. */
function markOf(c: Cluster, m: FoundMachine | undefined): string | undefined {
  if (!m || restarts(c, m)) return undefined;
  return m.tags[PREPARED_TAG];
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 16);

/** Stamp part of a mark (`hash.stamp`), which changes with every preparation of the database. */
const stampOf = (mark: string | undefined) => mark?.split('.')[1];

export function machineFacts(found: Partial<Record<MachineRole, FoundMachine>>): MachineFacts {
  return {
    databaseIp: found.database?.privateIp ?? OFFLINE_MACHINE_FACTS.databaseIp,
    issuerIp: found.issuer?.privateIp ?? OFFLINE_MACHINE_FACTS.issuerIp,
    mediatorIp: found.mediator?.privateIp ?? OFFLINE_MACHINE_FACTS.mediatorIp,
  };
}

/** What each machine's preparation is, and whether it runs, from the machines as they are now. */
export function preparations(
  t: TemplateSet,
  c: Cluster,
  found: Partial<Record<MachineRole, FoundMachine>>,
): Preparation[] {
  const facts = machineFacts(found);
  const dbMark = markOf(c, found.database);
  const api = issuerApiInput(c);
  const out: Preparation[] = [];
  let dbRuns = false;
  for (const input of machineInputs(c, facts)) {
    const role = input.role as MachineRole;
    const m = found[role];
    const scripts = [
      {
        id: `prepare-${role}-machine`,
        title: `Prepare the ${role} machine`,
        script: machineScript(t, input),
      },
    ];
    if (role === 'issuer' && api)
      scripts.push({
        id: 'prepare-issuer',
        title: "Prepare the issuer's DID, schema and credential definition",
        script: issuerScript(t, api),
      });
    const own = hash(...scripts.map((s) => s.script));
    const current = markOf(c, m);
    // The database's mark carries a fresh stamp (`*`); the issuer's names the database's stamp.
    const onDatabase = role === 'issuer' && c.machines?.database !== undefined;
    const mark: string =
      role === 'database' ? `${own}.*` : onDatabase ? `${own}.${dbRuns ? '*' : stampOf(dbMark)}` : own;
    const runs: boolean =
      role === 'database' ? current?.split('.')[0] !== own : (onDatabase && dbRuns) || current !== mark;
    if (role === 'database') dbRuns = runs;
    const plural = scripts.length > 1;
    const why = !m
      ? 'a new machine'
      : onDatabase && dbRuns
        ? 'the database is cleaned: the wallet starts empty'
        : current === undefined
          ? `started (or never prepared)${role === 'database' ? ': the database is cleaned' : ''}`
          : runs
            ? `its ${plural ? 'scripts' : 'script'} changed`
            : `prepared with ${plural ? 'these scripts' : 'this script'}${onDatabase ? ' on this database' : ''}`;
    const idsKey = role === 'issuer' && api ? hash(JSON.stringify(api.schema), api.credDefTag) : undefined;
    const ids = idsKey ? { idsKey, idsChange: runs && (!m || dbRuns || m.tags[IDS_TAG] !== idsKey) } : {};
    out.push({ role, ...(m ? { instanceId: m.id } : {}), scripts, mark, runs, why, ...ids });
  }
  return out;
}

/** The preparations as the plan shows them. */
export function plannedPreparations(preps: Preparation[]): PlannedScript[] {
  return preps.flatMap((p) =>
    p.scripts.map((s) => ({
      id: s.id,
      title: `${s.title}${p.instanceId ? ` ${p.instanceId}` : ''}`,
      runs: p.runs,
      why: p.why,
      script: s.script,
    })),
  );
}

export interface PreparedIssuer {
  did: string;
  schemaId: string;
  credDefId: string;
}

/** Run what is due: the database, then the issuer; the Locust machine alongside. */
export async function prepareMachines(
  ctx: AwsContext,
  c: Cluster,
  preps: Preparation[],
): Promise<{ prepared: MachineRole[]; issuer?: PreparedIssuer }> {
  const stamp = Math.floor(ctx.clock.now()).toString(36);
  const prepared: MachineRole[] = [];
  let issuer: PreparedIssuer | undefined;
  const byRole = new Map(preps.map((p) => [p.role, p]));
  const one = async (p: Preparation | undefined) => {
    if (!p?.runs) return;
    if (!p.instanceId)
      throw new Error(`machine ${p.role} of ${c.name} does not exist; ensure-machines makes it first`);
    let stdout = '';
    for (const s of p.scripts) stdout = await runPreparation(ctx, c, p, s);
    const machine = roleAddress(c.name, p.role, p.instanceId);
    if (p.role === 'issuer') issuer = await storeIssuerIds(ctx, c, stdout, machine);
    if (p.role === 'mediator') await storeInvitation(ctx, c, stdout, machine);
    await write(
      ctx.clients.ec2,
      new CreateTagsCommand({
        Resources: [p.instanceId as string],
        Tags: [
          { Key: PREPARED_TAG, Value: p.mark.replace('*', stamp) },
          ...(p.idsKey ? [{ Key: IDS_TAG, Value: p.idsKey }] : []),
        ],
      }),
      machine,
    );
    prepared.push(p.role);
  };
  await Promise.all([
    (async () => {
      await one(byRole.get('database'));
      await one(byRole.get('issuer'));
    })(),
    one(byRole.get('locust')),
    one(byRole.get('mediator')),
  ]);
  return { prepared, ...(issuer ? { issuer } : {}) };
}

async function runPreparation(
  ctx: AwsContext,
  c: Cluster,
  p: Preparation,
  s: { id: string; title: string; script: string },
): Promise<string> {
  const id = p.instanceId as string;
  try {
    const [r] = await runOnInstances(ctx, {
      targets: { instanceIds: [id] },
      script: s.script,
      comment: `akrida-ops ${s.id} for ${c.name}`,
      timeoutSeconds: 3600,
      expectedSeconds: s.id === 'prepare-issuer' ? LATENCY.prepareIssuer : LATENCY.prepareMachine,
    });
    await recordLastRun(ctx, c, s.id, s.script);
    return printed(r?.stdout);
  } catch (err) {
    const anchor =
      err instanceof RunCommandError ? parseAnchorRequest(printed(err.failed[0]?.stdout)) : undefined;
    if (anchor)
      throw new IssuerAnchorError(
        `the issuer's DID ${anchor.did} (verkey ${anchor.verkey}) is not on the ledger and machines.issuer.registerUrl is not set: ` +
          'anchor it with the ledger’s self-serve page (role ENDORSER), then run cluster-up again; the same DID is reused',
      );
    throw err;
  }
}

/** The invitation the mediator printed, kept for the Locust MEDIATION_URL. */
async function storeInvitation(ctx: AwsContext, c: Cluster, stdout: string, of: Address): Promise<void> {
  const { invitationUrl } = parseMediatorOutput(stdout);
  await putParameter(ctx.clients, {
    name: mediatorInvitationParameter(c),
    value: invitationUrl,
    type: 'String',
    tags: toAwsTags(resourceTags(c, 'mediator-invitation', new Date(ctx.clock.now()))),
    what: 'mediator invitation URL',
    of,
  });
  // The invitation lets anyone connect through the mediator: its place is logged, not its text.
  ctx.log?.(`mediator invitation stored in ${mediatorInvitationParameter(c)}`);
}

/** The ids the issuer made, kept as cluster parameters the Locust .env reads. */
async function storeIssuerIds(
  ctx: AwsContext,
  c: Cluster,
  stdout: string,
  of: Address,
): Promise<PreparedIssuer> {
  const ids = parseIssuerOutput(stdout);
  const names = issuerParameters(c);
  const tags = toAwsTags(resourceTags(c, 'issuer-id', new Date(ctx.clock.now())));
  await Promise.all([
    putParameter(ctx.clients, {
      name: names.schemaId,
      value: ids.schemaId,
      type: 'String',
      tags,
      what: 'schema id',
      of,
    }),
    putParameter(ctx.clients, {
      name: names.credDefId,
      value: ids.credDefId,
      type: 'String',
      tags,
      what: 'credential definition id',
      of,
    }),
  ]);
  ctx.log?.(`issuer ${ids.did}: schema ${ids.schemaId}, credential definition ${ids.credDefId}`);
  return { did: ids.did, schemaId: ids.schemaId, credDefId: ids.credDefId };
}
