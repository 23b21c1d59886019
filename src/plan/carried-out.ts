// After a saved-plan apply: whether the approved plan was carried out in full. The fence
// (src/aws/approved-writes.ts) keeps the apply from writing what the plan does not list; a plan
// made now, with the approved run's options, names whatever it listed and is still to do (or what
// moved since), so a half-applied plan does not end in a green run.
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { livePlan } from './live-plan.js';
import type { SavedPlan } from './saved-plan.js';

/** Why the apply of `approved` is not done, or undefined when a plan now lists no change. */
export async function notDoneYet(
  ctx: AwsContext,
  c: Cluster,
  templates: TemplateSet,
  approved: SavedPlan,
): Promise<string | undefined> {
  // Its run's options, but a bake asked for by rebuild-images is done once made (a plan with it
  // always plans one).
  const now = await livePlan(ctx, c, templates, { ...approved.run, rebuildImages: false });
  if (now.changes.length === 0) return undefined;
  const left = now.changes.map((ch) => `${ch.action} ${ch.resource}`).join('; ');
  return `the approved plan ${approved.hash.slice(0, 12)} is not carried out in full: a plan made now still lists ${now.changes.length} change(s) (left undone, or changed since the apply): ${left}`;
}
