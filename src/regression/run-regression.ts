// The regression on one cluster: the wallet copied once as the cluster left it, then each run in
// interleaved order (A B A B ...): a variant that cannot be built fails before anything is done
// for it; otherwise its image (baked once), the ACA-Py tier rolled to it, and a measured run
// (measure.ts). A variant whose rollout fails is failed, its later runs skipped, the others go on.
// Whatever happens (an error, a cancellation) the tier is rolled back to the baseline at the end,
// or to the image it ran before when the baseline has none, and the report names where it is.
import { join } from 'node:path';
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import type { RegressionSection } from '../config/schema-regression.js';
import type { ClusterLoadTestOptions } from '../loadtest/cluster-load-test.js';
import type { TemplateSet } from '../render/render.js';
import { measureRun } from './measure.js';
import type { Phase, RegressionReport, RunRecord, VariantOutcome } from './model.js';
import { assembleReport } from './report.js';
import { acapyDefaultVersion, rollAcapyTo } from './rollout.js';
import { resetWallets } from './server-scripts.js';
import {
  bakeVariantImage,
  type ClusterMachines,
  clusterMachines,
  existingVariantImage,
} from './variant-image.js';
import { baselineOf, interleavedRuns, type Variant, variantBlocker } from './variants.js';
import { whereTheTierIs } from './where.js';

export interface RegressionOptions {
  outputDir: string;
  load: Pick<ClusterLoadTestOptions, 'transport' | 'masterUrl'>;
  signal?: AbortSignal;
  rebuildImages?: boolean;
  /** CloudWatch period (s): 60 for ALB and EC2 metrics. */
  periodSeconds?: number;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export async function runRegression(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  opts: RegressionOptions,
): Promise<RegressionReport> {
  const r = c.regression as RegressionSection;
  const startedAt = new Date(ctx.clock.now()).toISOString();
  const base = baselineOf(r.variants);
  const outcomes = new Map<string, VariantOutcome>(
    r.variants.map((v) => [
      v.name,
      { name: v.name, acapyTag: v.acapyTag, walletType: v.walletType, baseline: v.baseline, status: 'ok' },
    ]),
  );
  const fail = (v: Variant, error: string) => {
    const o = outcomes.get(v.name);
    if (o?.status === 'ok') outcomes.set(v.name, { ...o, status: 'failed', error });
    ctx.warn?.(`variant ${v.name} failed: ${error}`);
  };
  const machines = await clusterMachines(ctx, c);
  const database = machines.database?.id;
  if (!database) throw new Error(`cluster ${c.name} has no running database machine; run cluster-up first`);
  const before = await acapyDefaultVersion(ctx, c);
  const images = new Map<string, string>();
  const runs: RunRecord[] = [];
  let interrupted: string | undefined;
  // The wallet as the cluster left it is copied before any variant's agent opens it.
  await resetWallets(ctx, c, t, database);
  try {
    for (const [n, run] of interleavedRuns(r.variants, r.repetitions).entries()) {
      if (opts.signal?.aborted) {
        interrupted = `cancelled before run ${n + 1}`;
        break;
      }
      const v = r.variants.find((x) => x.name === run.variant) as Variant;
      const record: RunRecord = {
        variant: v.name,
        repetition: run.repetition,
        order: n + 1,
        status: 'ok',
        startedAt: new Date(ctx.clock.now()).toISOString(),
        series: [],
        phases: {},
      };
      runs.push(record);
      const failRun = (error: string) => Object.assign(record, { status: 'failed', error });
      const failedBefore = outcomes.get(v.name);
      if (failedBefore?.status === 'failed') {
        failRun(`not run: ${failedBefore.error}`);
        continue;
      }
      const blocker = variantBlocker(v);
      if (blocker) {
        fail(v, blocker);
        failRun(blocker);
        continue;
      }
      const t0 = ctx.clock.now();
      const phase = (p: Phase, s: number) => {
        record.phases = { ...record.phases, [p]: (record.phases?.[p] ?? 0) + s };
      };
      let acapyInstances: string[];
      try {
        acapyInstances = await rollOut(ctx, c, t, machines, v, images, opts, phase);
      } catch (err) {
        fail(v, `rollout failed: ${message(err)}`);
        failRun(`rollout failed: ${message(err)}`);
        continue;
      }
      try {
        const m = await measureRun(ctx, c, t, {
          acapyInstances,
          databaseInstance: database,
          dir: join(opts.outputDir, 'runs', `${record.order}-${v.name}-${run.repetition}`),
          warmupSeconds: r.warmupSeconds,
          periodSeconds: opts.periodSeconds ?? 60,
          load: { ...opts.load, ...(opts.signal ? { signal: opts.signal } : {}) },
          phase,
        });
        Object.assign(record, {
          figures: m.figures,
          series: m.series,
          server: m.server,
          loadSeconds: m.loadSeconds,
        });
      } catch (err) {
        if (opts.signal?.aborted) interrupted = `cancelled during run ${record.order} (${v.name})`;
        failRun(`measured run failed: ${message(err)}`);
      }
      const total = (ctx.clock.now() - t0) / 1000;
      record.overheadSeconds = Math.max(0, total - (record.phases?.load ?? 0));
      if (interrupted) break;
    }
  } catch (err) {
    interrupted = `stopped by an error: ${message(err)}`;
  } finally {
    await rollBack(ctx, c, base, images, before.data.ImageId, opts.signal).catch((err: unknown) =>
      ctx.warn?.(`the rollback to ${base.name} failed: ${message(err)}`),
    );
  }
  return assembleReport({
    cluster: c.name,
    section: r,
    variants: [...outcomes.values()],
    runs,
    clusterOn: await whereTheTierIs(ctx, c),
    startedAt,
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    ...(interrupted ? { interrupted } : {}),
  });
}

/** The variant's image (baked once) and the tier rolled to it; the instances in service after. */
async function rollOut(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  machines: ClusterMachines,
  v: Variant,
  images: Map<string, string>,
  opts: RegressionOptions,
  phase: (p: Phase, s: number) => void,
): Promise<string[]> {
  let image = images.get(v.name);
  if (!image) {
    const t0 = ctx.clock.now();
    const baked = await bakeVariantImage(ctx, c, t, machines, v, { rebuild: opts.rebuildImages ?? false });
    if (baked.action !== 'reused') phase('bake', (ctx.clock.now() - t0) / 1000);
    image = baked.imageId;
    images.set(v.name, image);
  }
  const t0 = ctx.clock.now();
  const r = await rollAcapyTo(ctx, c, image, `regression variant ${v.name}`);
  phase('rollout', (ctx.clock.now() - t0) / 1000);
  return r.instanceIds;
}

/**
 * Back to the baseline's image: the one baked in this run, or an earlier run's; without one, the
 * image the tier ran before the regression. Also what the workflow's cancelled() step runs.
 */
export async function rollBack(
  ctx: AwsContext,
  c: Cluster,
  base: Variant,
  images: ReadonlyMap<string, string>,
  before: string | undefined,
  signal?: AbortSignal,
): Promise<void> {
  const image = images.get(base.name) ?? (await existingVariantImage(ctx, c, base)) ?? before;
  if (!image) throw new Error(`no image of ${base.name} and none the tier ran before`);
  if (signal?.aborted) ctx.log?.(`cancelled: rolling the ACA-Py tier back to ${base.name} first`);
  await rollAcapyTo(ctx, c, image, `regression rollback to ${base.name}`);
}
