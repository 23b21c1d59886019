// The scripts that prepare the stand-alone machines Akrida's procedure builds by hand (database,
// ACA-Py issuer, Locust, mediator) and the issuer itself through its admin API, sent through SSM.
// Inputs arrive validated; the checks here hold the shapes a shell line depends on once more, so a
// caller's mistake is a named error and never a script that does something else.
import type { EnvEntry } from './env-files.js';
import { OFFLINE_MACHINE_FACTS } from './machine-inputs.js';
import type { TemplateSet } from './render.js';
import type { SsmScript } from './scripts.js';
import { TemplateError } from './template-error.js';
import { envForTemplate } from './user-data.js';

export type MachineRole = 'database' | 'issuer' | 'locust' | 'mediator';

export interface MachineScriptInput {
  role: MachineRole;
  region: string;
  /** https git URL (validated), cloned over HTTPS with no key. */
  repository: string;
  /** The full commit id to build (validated). */
  ref: string;
  /** Absolute path of the checkout, e.g. /home/ubuntu/owl-akrida. */
  directory: string;
  /** Absolute: where this role's compose project is. */
  composeDirectory: string;
  /** Relative to composeDirectory. */
  composeFile: string;
  /** This role's .env, written in composeDirectory; secrets are read at run time. */
  env: EnvEntry[];
  /** e.g. configs/issuer.yml {INTERNAL_IP} -> the database's IP (file relative to composeDirectory). */
  replacements?: { file: string; placeholder: string; value: string }[];
  /** Locust only: Docker log rotation and a swap file. */
  locustHost?: { swapMiB: number; logRotation: { maxSize: string; maxFile: number } };
  /** compose up -d after the build (locust: build only). */
  start: boolean;
  /** issuer: ACA-Py settings written as `key: value` lines of its arg file (relative to composeDirectory). */
  argFile?: { file: string; settings: { key: string; value: string }[] };
  /** issuer: the ACA-Py release the plan names; the script stops when the Dockerfile builds another. */
  acapy?: { release: string; dockerfile: string };
  /**
   * database: on every start, remove the compose project's writable bind mounts inside its folder
   * (its data), as `docker compose config` lists them, after `compose down -v`.
   */
  wipeBindMounts?: boolean;
}

export interface IssuerScriptInput {
  region: string;
  /** http://127.0.0.1:<port>: the issuer's admin API on loopback. */
  adminUrl: string;
  /** SecureString name: the x-api-key of the admin API. */
  apiKeyParameter: string;
  /** SecureString name: the DID seed (32 characters). */
  seedParameter: string;
  /** BCovrin-style registration endpoint; absent: stop with the DID and verkey to anchor by hand. */
  registerUrl?: string;
  alias: string;
  schema: { name: string; version: string; attributes: string[] };
  credDefTag: string;
  readyTimeoutSeconds: number;
  /** The wallet issues in the anoncreds format: schema and credential definition through /anoncreds/. */
  anoncreds: boolean;
}

export interface IssuerIds {
  did: string;
  verkey: string;
  schemaId: string;
  credDefId: string;
}

const LABELS: Record<MachineRole, string> = {
  database: 'database',
  issuer: 'issuer',
  locust: 'Locust',
  mediator: 'mediator',
};

/** How long the mediator's script waits for its invitation to show in the compose logs. */
export const MEDIATOR_WAIT_SECONDS = 300;

const NAME = /^[A-Za-z0-9_.-]+$/;
const ABSOLUTE = /^\/(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+$/;
const RELATIVE = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

function check(ok: boolean, what: string, value: unknown, want: string): void {
  if (!ok) throw new TemplateError(`${what} ${JSON.stringify(value)?.slice(0, 80)} is not ${want}`);
}

const relative = (what: string, v: string) =>
  check(RELATIVE.test(v) && !v.split('/').includes('..'), what, v, 'a relative path without ..');

export function machineScript(t: TemplateSet, input: MachineScriptInput): string {
  const i = input;
  check(i.role in LABELS, 'machine role', i.role, 'database, issuer, locust or mediator');
  check(
    /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_./-]+$/.test(i.repository),
    'repository',
    i.repository,
    'an https git URL',
  );
  check(/^[0-9a-f]{40}$/.test(i.ref), 'ref', i.ref, 'a full 40-hex commit id');
  check(ABSOLUTE.test(i.directory), 'directory', i.directory, 'an absolute path');
  check(ABSOLUTE.test(i.composeDirectory), 'compose directory', i.composeDirectory, 'an absolute path');
  relative('compose file', i.composeFile);
  for (const r of i.replacements ?? []) {
    relative('replacement file', r.file);
    check(
      /^\{?[A-Za-z0-9_][A-Za-z0-9_.:-]*\}?$/.test(r.placeholder),
      'placeholder',
      r.placeholder,
      'a word such as {INTERNAL_IP} or acapy-agent:py3.12-1.3.0',
    );
    // A plan made before the machine exists shows its address as the named placeholder.
    const shownInPlan = r.value === OFFLINE_MACHINE_FACTS.databaseIp;
    check(
      shownInPlan || /^[A-Za-z0-9.:-]+$/.test(r.value),
      'replacement value',
      r.value,
      'an IP address or host name',
    );
  }
  if (i.argFile) {
    relative('arg file', i.argFile.file);
    for (const { key, value } of i.argFile.settings) {
      check(
        /^[a-z][a-z0-9-]{0,63}$/.test(key),
        'ACA-Py setting',
        key,
        'a lower-case option name such as wallet-type',
      );
      check(/^[A-Za-z0-9_.:/-]{1,200}$/.test(value), `ACA-Py setting ${key} value`, value, 'a plain word');
    }
  }
  if (i.acapy) {
    check(
      /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(i.acapy.release),
      'ACA-Py release',
      i.acapy.release,
      'such as 1.3.0',
    );
    relative('ACA-Py Dockerfile', i.acapy.dockerfile);
  }
  const host = i.locustHost;
  if (host) {
    check(i.role === 'locust', 'locustHost on role', i.role, 'locust');
    check(
      /^\d{1,4}[kmg]$/.test(host.logRotation.maxSize),
      'log max-size',
      host.logRotation.maxSize,
      'such as 10m',
    );
  }
  const wipe = i.wipeBindMounts === true;
  if (wipe) check(i.role === 'database', 'wipeBindMounts on role', i.role, 'database');
  if (i.argFile || i.acapy) check(i.role === 'issuer', 'ACA-Py settings on role', i.role, 'issuer');
  return t.render('prepare-machine.sh.hbs', {
    label: LABELS[i.role],
    region: i.region,
    repository: i.repository,
    ref: i.ref,
    directory: i.directory,
    composeDirectory: i.composeDirectory,
    composeFile: i.composeFile,
    env: envForTemplate(i.env),
    hasEnv: i.env.length > 0,
    replacements: i.replacements ?? [],
    locust: host !== undefined,
    // Strict templates need every name defined; without locustHost these three go unused.
    swapMiB: host?.swapMiB ?? 0,
    maxSize: host ? host.logRotation.maxSize : '10m',
    maxFile: String(host?.logRotation.maxFile ?? 0),
    // Locust only builds: the load test starts it.
    start: i.start && i.role !== 'locust',
    wipe: wipe && i.start,
    // Strict templates need every name defined: false where the role has none.
    argFile: i.argFile ?? false,
    acapy: i.acapy ?? false,
    mediator: i.role === 'mediator' && i.start,
    mediatorWaitSeconds: MEDIATOR_WAIT_SECONDS,
  });
}

export function issuerScript(t: TemplateSet, input: IssuerScriptInput): string {
  const i = input;
  check(
    /^http:\/\/127\.0\.0\.1:\d{1,5}$/.test(i.adminUrl),
    'admin URL',
    i.adminUrl,
    'http://127.0.0.1:<port>',
  );
  if (i.registerUrl !== undefined)
    check(
      /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9_./-]*)?$/.test(i.registerUrl),
      'register URL',
      i.registerUrl,
      'an http(s) URL',
    );
  for (const [what, v] of [
    ['alias', i.alias],
    ['schema name', i.schema.name],
    ['schema version', i.schema.version],
    ['credential definition tag', i.credDefTag],
    ...i.schema.attributes.map((a) => ['schema attribute', a]),
  ] as const)
    check(NAME.test(v), what, v, 'letters, digits, - _ .');
  check(i.schema.attributes.length > 0, 'schema attributes', i.schema.attributes, 'a non-empty list');
  return t.render('prepare-issuer.sh.hbs', {
    region: i.region,
    adminUrl: i.adminUrl,
    apiKeyParameter: i.apiKeyParameter,
    seedParameter: i.seedParameter,
    // An empty URL means: stop with the DID and verkey for the operator to anchor.
    registerUrl: i.registerUrl === undefined ? '' : i.registerUrl,
    alias: i.alias,
    schemaName: i.schema.name,
    schemaVersion: i.schema.version,
    attributes: i.schema.attributes,
    credDefTag: i.credDefTag,
    readyTimeoutSeconds: i.readyTimeoutSeconds,
    anoncreds: i.anoncreds,
  });
}

/** The machine scripts and the issuer's, as the plan shows them. */
export function machineSsmScripts(
  t: TemplateSet,
  inputs: { machines: MachineScriptInput[]; issuer?: IssuerScriptInput },
): SsmScript[] {
  const out: SsmScript[] = inputs.machines.map((m) => ({
    id: `prepare-${m.role}-machine`,
    title: `Prepare the stand-alone ${LABELS[m.role]} machine`,
    when: `cluster-up, on the ${LABELS[m.role]} machine once it runs, and again after each restart`,
    script: machineScript(t, m),
  }));
  if (inputs.issuer)
    out.push({
      id: 'prepare-issuer',
      title: 'Prepare the issuer through its admin API',
      when: 'cluster-up, on the issuer machine once its agent is ready (creates nothing when all exists)',
      script: issuerScript(t, inputs.issuer),
    });
  return out;
}

export { parseAnchorRequest, parseIssuerOutput, parseMediatorOutput } from './machine-output.js';
