// The regression's scripts on the cluster's own machines, rendered from templates/ (values quoted by
// construction) so the approver sees them as they run: the wallet reset on the database machine
// before each measured run, and the docker stats sampler on the ACA-Py instances and the database
// machine during it (one compact line per sample).
import type { AwsContext } from '../aws/context.js';
import { printed, runOnInstances } from '../aws/run-command.js';
import type { Cluster } from '../config/schema.js';
import { machineInputs, OFFLINE_MACHINE_FACTS } from '../render/machine-inputs.js';
import type { TemplateSet } from '../render/render.js';

/**
 * The wallet databases of Akrida's issuer at the pinned commit: ACA-Py's Askar store on Postgres
 * keeps a wallet in a database named after it (configs/issuer.yml: wallet-name: issuer).
 */
export const WALLET_DATABASES = ['issuer'] as const;
/** The services of Akrida's database compose project (instance-configs/database at 404c7a16). */
const POSTGRES_SERVICE = 'issuer-db';
const REDIS_SERVICE = 'redis-host';

/** The copy a wallet database is reset from (taken the first time, never connected to). */
export const copyOf = (db: string): string => `akrida_copy_of_${db}`;

function databaseProject(c: Cluster): { composeDirectory: string; composeFile: string } {
  const db = machineInputs(c, OFFLINE_MACHINE_FACTS).find((m) => m.role === 'database');
  if (!db) throw new Error('a regression resets the wallet on machines.database (validated)');
  return { composeDirectory: db.composeDirectory, composeFile: db.composeFile };
}

export function resetWalletsScript(t: TemplateSet, c: Cluster): string {
  return t.render('reset-wallets.sh.hbs', {
    region: c.region,
    ...databaseProject(c),
    postgresService: POSTGRES_SERVICE,
    redisService: REDIS_SERVICE,
    databases: WALLET_DATABASES.map((name) => ({ name, copy: copyOf(name) })),
  });
}

/** Every few seconds, at most 200 lines: SSM keeps 24,000 characters of output. */
export function sampleEvery(seconds: number): number {
  return Math.max(5, Math.ceil(seconds / 200));
}

export function sampleContainersScript(t: TemplateSet, seconds: number): string {
  return t.render('sample-containers.sh.hbs', { seconds, every: sampleEvery(seconds) });
}

export async function resetWallets(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  databaseInstance: string,
): Promise<string[]> {
  const [r] = await runOnInstances(ctx, {
    targets: { instanceIds: [databaseInstance] },
    script: resetWalletsScript(t, c),
    comment: `akrida-ops regression wallet reset for ${c.name}`,
    timeoutSeconds: 600,
    expectedSeconds: 5,
  });
  return printed(r?.stdout)
    .split('\n')
    .filter((l) => l.startsWith('akrida-reset '))
    .map((l) => l.slice('akrida-reset '.length));
}

export type ContainerKind = 'acapy' | 'postgres' | 'redis';

/** One docker stats sample of one container. */
export interface ContainerSample {
  /** Epoch ms. */
  at: number;
  instanceId: string;
  kind: ContainerKind;
  cpuPercent: number;
  memMiB: number;
}

/** The container's part in the cluster from its compose name (Akrida's services). */
export function kindOf(name: string): ContainerKind | undefined {
  if (name.includes(POSTGRES_SERVICE)) return 'postgres';
  if (name.includes(REDIS_SERVICE)) return 'redis';
  if (/issuer/.test(name)) return 'acapy';
  return undefined;
}

const UNITS: Record<string, number> = { B: 1 / 1024 ** 2, KiB: 1 / 1024, MiB: 1, GiB: 1024, TiB: 1024 ** 2 };
const UNIT_RE = /^([\d.]+)((?:[KMGT]i)?B)$/;

/** Memory as docker stats prints it (55.3MiB, 1.2GiB, 900KiB) in MiB. */
export function mebibytes(text: string): number | undefined {
  const m = UNIT_RE.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * (UNITS[m[2] as string] ?? 1);
}

export function parseContainerStats(instanceId: string, stdout: string): ContainerSample[] {
  return stdout.split('\n').flatMap((line) => {
    const [tag, epoch, ...items] = line.trim().split(/\s+/);
    if (tag !== 'akrida-stats' || !epoch || !/^\d+$/.test(epoch)) return [];
    return items.flatMap((item) => {
      const [name = '', cpu = '', mem = ''] = item.split('|');
      const kind = kindOf(name);
      const cpuPercent = Number.parseFloat(cpu.replace('%', ''));
      const memMiB = mebibytes(mem);
      if (!kind || Number.isNaN(cpuPercent) || memMiB === undefined) return [];
      return [{ at: Number(epoch) * 1000, instanceId, kind, cpuPercent, memMiB }];
    });
  });
}

/** Docker stats on these instances for `seconds`; resolves once the sampler ends. */
export async function sampleContainers(
  ctx: AwsContext,
  t: TemplateSet,
  instanceIds: string[],
  seconds: number,
): Promise<ContainerSample[]> {
  const results = await runOnInstances(ctx, {
    targets: { instanceIds },
    script: sampleContainersScript(t, seconds),
    comment: 'akrida-ops regression container stats',
    timeoutSeconds: seconds + 300,
    expectedSeconds: seconds,
  });
  return results.flatMap((r) => parseContainerStats(r.instanceId, printed(r.stdout)));
}

/** Peak CPU and memory per kind of container. */
export function containerPeaks(
  samples: readonly ContainerSample[],
): Record<string, { maxCpuPercent: number; maxMemMiB: number }> {
  const out: Record<string, { maxCpuPercent: number; maxMemMiB: number }> = {};
  for (const s of samples) {
    const p = out[s.kind] ?? { maxCpuPercent: 0, maxMemMiB: 0 };
    out[s.kind] = {
      maxCpuPercent: Math.max(p.maxCpuPercent, s.cpuPercent),
      maxMemMiB: Math.max(p.maxMemMiB, s.memMiB),
    };
  }
  return out;
}
