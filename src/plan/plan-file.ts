// Making a saved plan and holding an apply to it: the live plan with its fingerprints, and, before
// an apply writes anything, the same plan made again and compared address by address.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AwsContext } from '../aws/context.js';
import { DEFAULT_RUN, type RunOptions } from '../cluster/run-options.js';
import type { LoadedCluster } from '../config/load.js';
import type { TemplateSet } from '../render/render.js';
import { type LivePlan, livePlan } from './live-plan.js';
import { toolkitIdentity, whatMoved } from './plan-staleness.js';
import { PlanFileError, parseSavedPlan, type SavedPlan, savedPlan, sha256 } from './saved-plan.js';

/** The commit the cluster file is at: the workflow's, else its git checkout's, else unknown. */
export function commitOf(file: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5_000,
    });
    return /^[0-9a-f]{40}$/.test(out.trim()) ? out.trim() : null;
  } catch {
    return null;
  }
}

/** What a saved plan records beside AWS: the file's commit, the toolkit, the run's options. */
export interface PlanFileOptions {
  /** The cluster file's commit (default: the workflow's, else its git checkout's; null: unknown). */
  commit?: string | null;
  /** The toolkit's identity, when the caller has worked it out already. */
  toolkit?: string;
  run?: RunOptions;
}

export async function makePlanFile(
  ctx: AwsContext,
  loaded: LoadedCluster,
  templates: TemplateSet,
  opts: PlanFileOptions = {},
): Promise<{ live: LivePlan; saved: SavedPlan }> {
  const commit = opts.commit === undefined ? commitOf(loaded.file) : opts.commit;
  const toolkit = opts.toolkit ?? toolkitIdentity(templates.dir);
  const run = opts.run ?? DEFAULT_RUN;
  const live = await livePlan(ctx, loaded.cluster, templates, run);
  const saved = savedPlan(live, {
    file: loaded.file,
    text: loaded.text,
    region: loaded.cluster.region,
    commit,
    toolkit,
    now: new Date(ctx.clock.now()),
  });
  return { live, saved };
}

export class StalePlanError extends Error {
  constructor(
    readonly plan: SavedPlan,
    readonly moved: string[],
  ) {
    super(
      `stale plan ${plan.hash.slice(0, 12)} of ${plan.cluster.name}: nothing was changed. What moved since the plan:\n${moved.map((m) => `  - ${m}`).join('\n')}\nPlan again, review, and apply the new plan.`,
    );
  }
}

/**
 * A plan file read and checked without AWS: its format, its hash, and that it is for this cluster
 * file (when one is named). Everything here fails before any AWS call.
 */
export function readPlanFile(path: string, expectCluster?: string): SavedPlan {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PlanFileError(
      `${path}: cannot read the plan file (${(err as NodeJS.ErrnoException).code ?? err})`,
    );
  }
  const plan = parseSavedPlan(text, path);
  if (expectCluster !== undefined && expectCluster !== plan.cluster.file)
    throw new PlanFileError(
      `${path}: the plan is for ${plan.cluster.file} (cluster ${plan.cluster.name} in ${plan.cluster.region}), not ${expectCluster}`,
    );
  return plan;
}

/**
 * Throws StalePlanError unless the plan still holds: the cluster file and toolkit unchanged, the
 * run asked for the plan's options (`run`, when the caller has its own), and AWS as the plan read
 * it. Describe calls only; `loaded` is the cluster file as it is now.
 */
export async function checkPlanFile(
  ctx: AwsContext,
  plan: SavedPlan,
  loaded: LoadedCluster,
  templates: TemplateSet,
  run: RunOptions = plan.run,
): Promise<LivePlan> {
  // What can be told without AWS is told first: a plan for another file never reaches AWS.
  const toolkit = toolkitIdentity(templates.dir);
  const local = whatMoved(plan, {
    ...plan,
    cluster: {
      ...plan.cluster,
      name: loaded.cluster.name,
      region: loaded.cluster.region,
      sha256: sha256(loaded.text),
    },
    toolkit,
    run,
  });
  if (local.length) throw new StalePlanError(plan, local);
  const now = await makePlanFile(ctx, loaded, templates, { commit: plan.cluster.commit, toolkit, run });
  const moved = whatMoved(plan, now.saved);
  if (moved.length) throw new StalePlanError(plan, moved);
  return now.live;
}
