// What a cluster-up run is asked besides the cluster file: a worker count, baking the images again,
// replacing running instances. Each decides writes, so the plan is made with them, a saved plan
// keeps them, and an apply of it runs with the plan's, never with other ones.
import * as z from 'zod';

export interface RunOptions {
  /** The worker count for this run, in place of the cluster file's. */
  workers?: number;
  /** Bake both images again even when one of the same recipe exists. */
  rebuildImages: boolean;
  /** Replace running instances that are not on their template's default version. */
  refresh: boolean;
}

export const DEFAULT_RUN: RunOptions = { rebuildImages: false, refresh: false };

/** How a run with refresh replaces a group's instances: 90% stay healthy; those on the version stay. */
export const REFRESH_PREFERENCES = { MinHealthyPercentage: 90, SkipMatching: true } as const;

export const runOptionsSchema = z
  .object({
    workers: z.number().int().min(0).max(10_000).optional(),
    rebuildImages: z.boolean(),
    refresh: z.boolean(),
  })
  .strict();

/** Each option that differs from a plain run, in words. */
export function runOptionWords(run: RunOptions): string[] {
  return [
    ...(run.workers === undefined ? [] : [`workers ${run.workers} (not the cluster file's count)`]),
    ...(run.rebuildImages ? ['images baked again (rebuild-images)'] : []),
    ...(run.refresh ? ['instances not on the new template version replaced (refresh)'] : []),
  ];
}

/** The options in words, for the plan's reader. */
export function describeRun(run: RunOptions): string {
  const words = runOptionWords(run);
  return words.length ? `Run options: ${words.join('; ')}.` : 'Run options: none.';
}

/** Where two runs' options differ, one line each: a saved plan is applied only with its own. */
export function runMoved(planned: RunOptions, now: RunOptions): string[] {
  const show = (v: unknown) => (v === undefined ? "the cluster file's" : String(v));
  const out: string[] = [];
  if (planned.workers !== now.workers)
    out.push(`run option workers: ${show(planned.workers)} in the plan, ${show(now.workers)} in this run`);
  if (planned.rebuildImages !== now.rebuildImages)
    out.push(
      `run option rebuild-images: ${planned.rebuildImages} in the plan, ${now.rebuildImages} in this run`,
    );
  if (planned.refresh !== now.refresh)
    out.push(`run option refresh: ${planned.refresh} in the plan, ${now.refresh} in this run`);
  return out;
}
