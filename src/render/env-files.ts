// The .env files of each tier as data: which keys, from which config field, fact or secret.
// Templates turn these into scripts; the plan turns them into text with secrets as references.
import { isAnoncredsEnv } from '../acapy/wallet.js';
import { adminUrl as adminEndpoint } from '../cluster/listeners.js';
import { mediatorInvitationParameter, parameterName } from '../cluster/secrets.js';
import { envMisread } from '../config/fields.js';
import type { Cluster, SecretRef } from '../config/schema.js';

export type EnvEntry =
  | { key: string; value: string }
  | { key: string; secret: string }
  | { key: string; headers: { name: string; secret: string }[] }
  | { key: string; imds: 'local-ipv4' };

/** Values only AWS knows: placeholders in an offline plan, real values once resources exist. */
export interface ClusterFacts {
  transportDns: string;
  adminDns: string;
  masterPrivateIp: string;
  /** The database machine's private IP, when the toolkit makes it (machines.database). */
  databaseIp?: string;
  /** The ids the issuer machine's preparation made (machines.issuer), unless the file pins them. */
  ledgerIds?: { schemaId: string; credDefId: string };
}

export const OFFLINE_FACTS: ClusterFacts = {
  transportDns: '<acapy-transport load balancer DNS name>',
  adminDns: '<acapy-admin load balancer DNS name>',
  masterPrivateIp: '<Locust master private IP>',
  databaseIp: '<database machine private IP>',
  ledgerIds: {
    schemaId: '<schema id made by the issuer machine>',
    credDefId: '<credential definition id made by the issuer machine>',
  },
};

const v = (key: string, value: string | number | boolean): EnvEntry => ({ key, value: String(value) });

export class EnvFileError extends Error {
  override name = 'EnvFileError';
}

/**
 * The toolkit's own keys, then the file's extra keys: a .env line can never be split or repeated,
 * whatever passed validation, so an extra key cannot shadow ISSUER_URL or MASTER_HOST.
 */
function withExtras(owned: EnvEntry[], extras: Record<string, string>): EnvEntry[] {
  const keys = new Set(owned.map((e) => e.key));
  const entries = [...owned];
  for (const [key, value] of Object.entries(extras)) {
    if (keys.has(key))
      throw new EnvFileError(`.env key ${key} is written by the toolkit; it cannot be set again`);
    keys.add(key);
    entries.push(v(key, value));
  }
  for (const e of entries) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(e.key))
      throw new EnvFileError(`.env key ${JSON.stringify(e.key)} is not a plain upper-case name`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break or NUL would split the line
    if ('value' in e && /[\u0000-\u001f\u007f]/.test(e.value))
      throw new EnvFileError(`.env value of ${e.key} contains a line break or control character`);
    const misread = 'value' in e ? envMisread(e.value) : undefined;
    if (misread)
      throw new EnvFileError(`.env value of ${e.key}: docker compose would read it differently (${misread})`);
  }
  return entries;
}

/** The toolkit's own entries of a tier's .env files, whatever the file leaves to facts. */
function ownedEntries(c: Cluster, tier: 'acapy' | 'locust'): EnvEntry[] {
  // Only the keys and their kinds matter: values that may be missing (a file the semantic checks
  // will refuse) are filled in, so those checks report it rather than this.
  const m = c.locust.mediation;
  const filled = {
    ...c,
    acapy: { ...c.acapy, databaseHost: c.acapy.databaseHost ?? 'db.invalid' },
    locust: {
      ...c.locust,
      schema: c.locust.schema ?? 'schema',
      credDef: c.locust.credDef ?? 'cred-def',
      // A mediator machine's invitation stays a secret entry.
      mediation: { ...m, url: m.url ?? (c.machines?.mediator ? undefined : 'https://mediator.invalid') },
    },
  };
  const bare = { ...filled, [tier]: { ...filled[tier], environment: {} } } as Cluster;
  return tier === 'acapy'
    ? acapyEnv(bare, OFFLINE_FACTS)
    : [...locustEnv(bare, OFFLINE_FACTS, 'master'), ...locustEnv(bare, OFFLINE_FACTS, 'worker')];
}

/** Keys the toolkit writes for a tier, which extra environment keys may not repeat. */
export function toolOwnedEnvKeys(c: Cluster, tier: 'acapy' | 'locust'): Set<string> {
  return new Set(ownedEntries(c, tier).map((e) => e.key));
}

/**
 * The .env keys whose values are secrets (read from Parameter Store), and those holding a JSON
 * object of secret header values: what collected logs are masked with on the instance.
 */
export function secretEnvKeys(c: Cluster): { secret: string[]; headers: string[] } {
  const entries = [...ownedEntries(c, 'acapy'), ...ownedEntries(c, 'locust')];
  const keys = (pick: (e: EnvEntry) => boolean) => [...new Set(entries.filter(pick).map((e) => e.key))];
  return { secret: keys((e) => 'secret' in e), headers: keys((e) => 'headers' in e) };
}

export function acapyEnv(c: Cluster, f: ClusterFacts): EnvEntry[] {
  const s = (ref: SecretRef) => parameterName(c, ref);
  return withExtras(
    [
      v('ISSUER', f.transportDns),
      v('DATABASE', databaseHost(c, f)),
      { key: 'ACAPY_ADMIN_API_KEY', secret: s(c.acapy.secrets.adminApiKey) },
      v('EXPOSED_PORT', c.acapy.listeners.transport),
      v('ACAPY_GENESIS_URL', c.acapy.genesisUrl),
      { key: 'ACCOUNT', secret: s(c.acapy.secrets.walletAccount) },
      { key: 'PASSWORD', secret: s(c.acapy.secrets.walletPassword) },
      { key: 'ADMIN_ACCOUNT', secret: s(c.acapy.secrets.walletAdminAccount) },
      { key: 'ADMIN_PASSWORD', secret: s(c.acapy.secrets.walletAdminPassword) },
    ],
    c.acapy.environment,
  );
}

/** The configured host, else the database machine's address once it exists. */
function databaseHost(c: Cluster, f: ClusterFacts): string {
  const host = c.acapy.databaseHost ?? (c.machines?.database ? f.databaseIp : undefined);
  if (host === undefined)
    throw new EnvFileError(
      'DATABASE: give acapy.databaseHost, or machines.database for the toolkit to make one',
    );
  return host;
}

/** A pinned id, else the one the issuer machine's preparation made (a fact, shown in plans). */
function ledgerId(c: Cluster, f: ClusterFacts, key: 'SCHEMA' | 'CRED_DEF'): EnvEntry {
  const pinned = key === 'SCHEMA' ? c.locust.schema : c.locust.credDef;
  if (pinned !== undefined) return v(key, pinned);
  const made = c.machines?.issuer ? f.ledgerIds : undefined;
  if (!made)
    throw new EnvFileError(
      `${key}: give locust.${key === 'SCHEMA' ? 'schema' : 'credDef'}, or machines.issuer`,
    );
  return v(key, key === 'SCHEMA' ? made.schemaId : made.credDefId);
}

/**
 * The file's invitation URL; else the one the mediator machine printed, read from Parameter Store
 * on the instance when its .env is written (a restarted mediator may print another); without
 * mediation an empty line, as Akrida's example .env has it.
 */
function mediationUrl(c: Cluster): EnvEntry {
  const m = c.locust.mediation;
  if (m.url !== undefined) return v('MEDIATION_URL', m.url);
  if (!m.enabled) return v('MEDIATION_URL', '');
  if (c.machines?.mediator) return { key: 'MEDIATION_URL', secret: mediatorInvitationParameter(c) };
  throw new EnvFileError('MEDIATION_URL: give locust.mediation.url, or machines.mediator');
}

function headers(c: Cluster, refs: Record<string, SecretRef>) {
  return [
    ...Object.entries(refs).map(([name, ref]) => ({ name, secret: parameterName(c, ref) })),
    { name: 'X-API-Key', secret: parameterName(c, c.acapy.secrets.adminApiKey) },
  ];
}

/** The Locust `.env` shared by master and workers; only AGENT_IP differs. */
export function locustEnv(c: Cluster, f: ClusterFacts, role: 'master' | 'worker'): EnvEntry[] {
  const l = c.locust;
  const adminUrl = adminEndpoint(c, f.adminDns);
  return withExtras(
    [
      mediationUrl(c),
      v('WITH_MEDIATION', l.mediation.enabled ? 'True' : 'False'),
      v('PICKUP_STRATEGY', l.mediation.pickupStrategy),
      v('MASTER_HOST', f.masterPrivateIp),
      v('MASTER_PORT', l.master.bindPort),
      v('LOCUST_MIN_WAIT', l.waitSeconds.min),
      v('LOCUST_MAX_WAIT', l.waitSeconds.max),
      v('ISSUER_URL', adminUrl),
      v('ISSUER_TYPE', l.issuer.type),
      { key: 'ISSUER_HEADERS', headers: headers(c, l.issuer.headers) },
      v('VERIFIER_URL', adminUrl),
      v('VERIFIER_TYPE', l.verifier.type),
      { key: 'VERIFIER_HEADERS', headers: headers(c, l.verifier.headers) },
      ledgerId(c, f, 'CRED_DEF'),
      v('CRED_ATTR', l.credAttr),
      ledgerId(c, f, 'SCHEMA'),
      v('LEDGER', l.ledger),
      v('VERIFIED_TIMEOUT_SECONDS', l.verifiedTimeoutSeconds),
      v('LOCUST_FILES', c.source.locustFiles.join(',')),
      v('START_PORT', l.userPorts.start),
      v('END_PORT', l.userPorts.end),
      v('MESSAGE_TO_SEND', l.messageToSend),
      v('IS_ANONCREDS', isAnoncredsEnv(c)),
      v('AGENT_LOGGING_LEVEL', l.agentLoggingLevel),
      v('CONNECTIONS_PER_AGENT', l.connectionsPerAgent),
      role === 'worker' ? { key: 'AGENT_IP', imds: 'local-ipv4' } : v('AGENT_IP', f.masterPrivateIp),
    ],
    l.environment,
  );
}

/** The .env as an operator reads it in a plan: every secret shown as its reference, never a value. */
export function envAsText(entries: readonly EnvEntry[]): string {
  return entries
    .map((e) => {
      if ('value' in e) return `${e.key}=${e.value}`;
      if ('secret' in e) return `${e.key}=<secret ssm:${e.secret}>`;
      if ('headers' in e) {
        const obj = Object.fromEntries(e.headers.map((h) => [h.name, `<secret ssm:${h.secret}>`]));
        return `${e.key}=${JSON.stringify(obj)}`;
      }
      return `${e.key}=<instance private IPv4 from IMDSv2>`;
    })
    .join('\n')
    .concat('\n');
}
