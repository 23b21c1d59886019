// What each stand-alone machine's preparation needs, from the cluster file and the facts only AWS
// knows (the database machine's address): the inputs of the scripts in machine-scripts.ts.
import { ACAPY_DOCKERFILE, acapyVersion } from '../acapy/versions.js';
import { WALLETS, type WalletType } from '../acapy/wallet.js';
import { databaseSecrets, issuerParameters, parameterName } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import { acapyEnv, type EnvEntry } from './env-files.js';
import type { IssuerScriptInput, MachineScriptInput } from './machine-scripts.js';

/** Facts a machine's script needs: the database address (the issuer's wallet lives there). */
export interface MachineFacts {
  databaseIp: string;
  /** The issuer machine's own address: its stand-alone ACA-Py's endpoint. */
  issuerIp: string;
  /** The mediator machine's address, its MEDIATOR_DNS when the file names no DNS name. */
  mediatorIp: string;
}

export const OFFLINE_MACHINE_FACTS: MachineFacts = {
  databaseIp: '<database machine private IP>',
  issuerIp: '<issuer machine private IP>',
  mediatorIp: '<mediator machine private IP>',
};

/** Where Akrida's checkout keeps each role's compose project. */
const CONFIGS = 'instance-configs';

function base(c: Cluster, role: MachineRole) {
  return {
    role,
    region: c.region,
    repository: c.source.repository,
    ref: c.source.ref,
    directory: c.source.directory,
  };
}

function databaseInput(c: Cluster): MachineScriptInput {
  const s = c.acapy.secrets;
  const env: EnvEntry[] = [
    { key: 'POSTGRES_USER', secret: parameterName(c, s.walletAdminAccount) },
    { key: 'POSTGRES_PASSWORD', secret: parameterName(c, s.walletAdminPassword) },
    { key: 'REDIS_PASSWORD', secret: databaseSecrets(c).redisPassword },
    { key: 'ACAPY_GENESIS_URL', value: c.acapy.genesisUrl },
  ];
  return {
    ...base(c, 'database'),
    composeDirectory: `${c.source.directory}/${CONFIGS}/database`,
    composeFile: 'docker-compose.yml',
    env,
    start: true,
    // This runs on the first start and after every restart: Akrida's procedure wipes the data then.
    wipeBindMounts: true,
  };
}

/** The issuer's arg file in Akrida's ACA-Py compose project (wallet-type: askar at 404c7a16). */
export const ISSUER_ARG_FILE = 'configs/issuer.yml';

/**
 * What the issuer's arg file must say: its wallet type, and the insecure-seed switch, so the DID is
 * made from the seed in Parameter Store and stays the same across database wipes (one anchoring).
 */
export function issuerSettings(c: { acapy: { walletType: WalletType } }): { key: string; value: string }[] {
  return [
    { key: 'wallet-type', value: c.acapy.walletType },
    { key: 'wallet-allow-insecure-seed', value: 'true' },
  ];
}

function issuerInput(c: Cluster, f: MachineFacts): MachineScriptInput {
  const release = acapyVersion(c).release;
  // The stand-alone agent is its own endpoint on its transport port (no load balancer in front).
  const env = acapyEnv(c, {
    transportDns: f.issuerIp,
    adminDns: f.issuerIp,
    masterPrivateIp: '',
    databaseIp: f.databaseIp,
  }).map((e) => (e.key === 'EXPOSED_PORT' ? { key: e.key, value: String(c.acapy.ports.transport) } : e));
  return {
    ...base(c, 'issuer'),
    composeDirectory: c.source.acapyDirectory,
    composeFile: c.source.compose.acapy,
    env,
    // The wallet database is the compose file's ${DATABASE} (.env); the arg file takes the wallet
    // type and the seed setting the issuer's DID needs (ACA-Py 1.3 refuses a seed without it).
    argFile: { file: ISSUER_ARG_FILE, settings: issuerSettings(c) },
    ...(release !== undefined ? { acapy: { release, dockerfile: ACAPY_DOCKERFILE } } : {}),
    start: true,
  };
}

function locustInput(c: Cluster, swapMiB: number): MachineScriptInput {
  return {
    ...base(c, 'locust'),
    composeDirectory: c.source.directory,
    composeFile: c.source.compose.master,
    // The master's .env comes later (configure-master); the build needs none.
    env: [],
    locustHost: { swapMiB, logRotation: { maxSize: '10m', maxFile: 3 } },
    start: false,
  };
}

function mediatorInput(c: Cluster, f: MachineFacts, dnsName: string | undefined): MachineScriptInput {
  return {
    ...base(c, 'mediator'),
    composeDirectory: `${c.source.directory}/${CONFIGS}/mediator`,
    composeFile: 'docker-compose.yml',
    // Its compose file takes one value: the name its endpoint (port 3000) is reached by.
    env: [{ key: 'MEDIATOR_DNS', value: dnsName ?? f.mediatorIp }],
    start: true,
  };
}

/** The preparation of every machine the cluster file lists, in the order roles depend on. */
export function machineInputs(c: Cluster, f: MachineFacts): MachineScriptInput[] {
  const m = c.machines;
  if (!m) return [];
  return [
    ...(m.database ? [databaseInput(c)] : []),
    ...(m.issuer ? [issuerInput(c, f)] : []),
    ...(m.locust ? [locustInput(c, m.locust.swapMiB)] : []),
    ...(m.mediator ? [mediatorInput(c, f, m.mediator.dnsName)] : []),
  ];
}

/** The issuer's admin API steps, when the toolkit makes the issuer. */
export function issuerApiInput(c: Cluster): IssuerScriptInput | undefined {
  const issuer = c.machines?.issuer;
  if (!issuer) return undefined;
  return {
    region: c.region,
    adminUrl: `http://127.0.0.1:${c.acapy.ports.admin}`,
    apiKeyParameter: parameterName(c, c.acapy.secrets.adminApiKey),
    seedParameter: issuerParameters(c).seed,
    ...(issuer.registerUrl ? { registerUrl: issuer.registerUrl } : {}),
    alias: issuer.alias,
    schema: issuer.schema,
    credDefTag: issuer.credDefTag,
    readyTimeoutSeconds: 300,
    anoncreds: WALLETS[c.acapy.walletType].anoncreds,
  };
}
