// Akrida's own files at the pinned commit (data/akrida/<commit>/) are the truth for the paths,
// compose services, .env keys, ACA-Py release and wallet settings the toolkit relies on. Each
// cluster file in clusters/ is held to them here, so an upstream rename or a stale assumption
// (holder-db for issuer-db, /connections/create-invitation, locust-files/ at the checkout's root)
// fails a test instead of a real cluster-up.
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  AKRIDA_PINS,
  baseImageOfDockerfile,
  pinnedCommit,
  releaseOfImage,
} from '../../src/acapy/versions.js';
import { loadClusterFile } from '../../src/config/load.js';
import type { Cluster } from '../../src/config/schema.js';
import { acapyEnv, locustEnv, OFFLINE_FACTS } from '../../src/render/env-files.js';
import { ISSUER_ARG_FILE, machineInputs, OFFLINE_MACHINE_FACTS } from '../../src/render/machine-inputs.js';
import { LOCUSTFILES_DIR } from '../../src/render/scripts.js';
import { akridaFile, akridaTree, composeConfig, PINNED } from '../fixtures/akrida-files.js';

const CLUSTERS = ['clusters/example.yml', 'clusters/perf-example.yml'];
const tree = akridaTree();
const settings = JSON.parse(akridaFile('load-agent-settings.json')) as {
  read: string[];
  requiredAtImport: string[];
};

/** A path under the cluster's checkout directory, relative to Akrida's tree; undefined outside it. */
function inCheckout(c: Cluster, absolute: string): string | undefined {
  const root = `${c.source.directory}/`;
  return absolute.startsWith(root) ? absolute.slice(root.length) : undefined;
}

/** The ${KEY} names a compose file interpolates (with or without a default). */
function interpolated(compose: string): string[] {
  return [
    ...new Set([...compose.matchAll(/\$\{([A-Z_][A-Z0-9_]*)(?::?-[^}]*)?\}/g)].map((m) => m[1] ?? '')),
  ].sort();
}

const keysOf = (entries: { key: string }[]) => new Set(entries.map((e) => e.key));

describe.each(CLUSTERS)('%s against Akrida at the pinned commit', (file) => {
  const c = loadClusterFile(file).cluster;

  test('its ref is the pinned commit the data folder keeps', () => {
    expect(pinnedCommit(c.source.ref)).toBe(PINNED);
  });

  test("the compose files and locustfiles it names exist in Akrida's tree", () => {
    const wanted = [c.source.compose.master, ...c.source.locustFiles.map((f) => `${LOCUSTFILES_DIR}/${f}`)];
    for (const p of wanted) expect(tree).toContain(p);
  });

  test("its workers run Akrida's compose file with the toolkit's worker command, not the worker file that cannot build", () => {
    expect(c.source.compose.worker).toBeUndefined();
    const dockerfile = akridaFile('Dockerfile');
    const target = /target:\s*(\S+)/.exec(akridaFile('worker.docker-compose.yml'))?.[1];
    expect(target).toBe('release');
    expect(dockerfile).not.toMatch(/^FROM .* AS release/im);
  });

  test("the Locust service it names is a service of Akrida's compose file", () => {
    const services = Object.keys(
      (parse(akridaFile(c.source.compose.master)) as { services: object }).services,
    );
    expect(services).toContain(c.source.locustService);
  });

  test("the Locust .env gives every key Akrida's compose file interpolates and its agent needs at import", () => {
    const env = keysOf(
      locustEnv(c, { ...OFFLINE_FACTS, ledgerIds: { schemaId: 's', credDefId: 'c' } }, 'master'),
    );
    // Build-time switches Akrida's own sample.env leaves unset too.
    const unset = new Set(['NODE_ENV', 'INCLUDE_VDR']);
    for (const k of interpolated(akridaFile(c.source.compose.master)))
      if (!unset.has(k)) expect(env).toContain(k);
    for (const k of settings.requiredAtImport) expect(env).toContain(k);
    // And nothing the agent never reads, but for what compose uses.
    const compose = new Set([
      ...interpolated(akridaFile(c.source.compose.master)),
      // The toolkit's overrides: configure-master's --master-bind-port, the workers' --master-host/-port.
      'MASTER_HOST',
      'MASTER_PORT',
    ]);
    for (const k of env) expect(settings.read.includes(k) || compose.has(k)).toBe(true);
  });
});

describe('clusters/example.yml (the from-zero form) against Akrida at the pinned commit', () => {
  const c = loadClusterFile('clusters/example.yml').cluster;
  const inputs = machineInputs(c, OFFLINE_MACHINE_FACTS);
  const input = (role: string) => {
    const i = inputs.find((x) => x.role === role);
    if (!i) throw new Error(`no ${role} machine in ${c.name}`);
    return i;
  };

  test("every machine's compose file, and the issuer's arg file and Dockerfile, exist in Akrida's tree", () => {
    for (const i of inputs) {
      const dir = inCheckout(c, `${i.composeDirectory}/`) ?? '';
      expect(tree).toContain(`${dir}${i.composeFile}`);
      if (i.argFile) expect(tree).toContain(`${dir}${i.argFile.file}`);
      if (i.acapy) expect(tree).toContain(`${dir}${i.acapy.dockerfile}`);
    }
    expect(input('issuer').argFile?.file).toBe(ISSUER_ARG_FILE);
  });

  test("the ACA-Py .env gives every key the agent's compose file interpolates", () => {
    const dir = inCheckout(c, `${input('issuer').composeDirectory}/`) ?? '';
    const env = keysOf(acapyEnv(c, { ...OFFLINE_FACTS, databaseIp: '10.0.0.5' }));
    for (const k of interpolated(akridaFile(`${dir}${c.source.compose.acapy}`))) expect(env).toContain(k);
  });

  test("the mediator's .env gives every key its compose file interpolates", () => {
    const m = input('mediator');
    const dir = inCheckout(c, `${m.composeDirectory}/`) ?? '';
    for (const k of interpolated(akridaFile(`${dir}${m.composeFile}`))) expect(keysOf(m.env)).toContain(k);
  });

  test("the database .env gives every key its compose file interpolates, and the wipe removes Akrida's data folders", () => {
    const db = input('database');
    const dir = inCheckout(c, `${db.composeDirectory}/`) ?? '';
    const text = akridaFile(`${dir}${db.composeFile}`);
    for (const k of interpolated(text)) expect(keysOf(db.env)).toContain(k);
    expect(db.wipeBindMounts).toBe(true);
    // What `docker compose config` gives the script to wipe: writable bind mounts inside the folder.
    const config = JSON.parse(composeConfig(text, '/srv/db')) as {
      services: Record<string, { volumes: { type: string; source: string; read_only?: boolean }[] }>;
    };
    const data = Object.values(config.services)
      .flatMap((s) => s.volumes)
      .filter((v) => v.type === 'bind' && v.read_only !== true)
      .map((v) => v.source);
    expect(data).toEqual(['/srv/db/issuer-db', '/srv/db/redis-data']);
  });

  test("the issuer's settings: Akrida's issuer.yml says wallet-type askar and allows no seed until the toolkit says so", () => {
    const dir = inCheckout(c, `${input('issuer').composeDirectory}/`) ?? '';
    const yml = parse(akridaFile(`${dir}${ISSUER_ARG_FILE}`)) as Record<string, unknown>;
    expect(yml['wallet-type']).toBe('askar');
    expect(yml['wallet-allow-insecure-seed']).toBeUndefined();
    expect(input('issuer').argFile?.settings).toEqual([
      { key: 'wallet-type', value: c.acapy.walletType },
      { key: 'wallet-allow-insecure-seed', value: 'true' },
    ]);
  });

  test("the ACA-Py release the plan names is the one Akrida's Dockerfile builds", () => {
    const dir = inCheckout(c, `${input('issuer').composeDirectory}/`) ?? '';
    const image = baseImageOfDockerfile(akridaFile(`${dir}docker/Dockerfile`));
    expect(image).toBe(AKRIDA_PINS[PINNED]?.acapyImage);
    expect(releaseOfImage(image ?? '')).toBe('1.3.0');
    expect(input('issuer').acapy?.release).toBe('1.3.0');
  });
});

test('the data folder names its commit, and its Dockerfile is the one AKRIDA_PINS reads', () => {
  expect(Object.keys(AKRIDA_PINS)).toEqual([PINNED]);
  expect(join('data', 'akrida', PINNED)).toMatch(/404c7a16fd7cedc85fa24c14851affc22878749c$/);
  expect(baseImageOfDockerfile(akridaFile('instance-configs/acapy-agent/docker/Dockerfile'))).toBe(
    'ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0',
  );
});
