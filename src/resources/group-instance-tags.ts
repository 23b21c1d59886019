// The instances a group launched carry the tags they were launched with (the template's, then the
// group's propagated ones): AWS does not retag them when the group's tags change, and the toolkit
// does not either (an instance refresh replaces them). After a tags edit the plan says so, rather
// than let the reviewer believe every resource of the cluster follows the file.

import type { AwsContext } from '../aws/context.js';
import { findInstances } from '../aws/discover.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { tagDiff } from './extra-tags.js';

/** One note per group whose running instances' tags differ from the group's. */
export async function launchedTagNotes(
  ctx: AwsContext,
  cluster: string,
  groups: { name: string; tags: Tags }[],
): Promise<string[]> {
  const notes = await Promise.all(
    groups.map(async (g) => {
      const instances = await findInstances(ctx.clients, {
        [TAG.cluster]: cluster,
        'aws:autoscaling:groupName': g.name,
      });
      const stale = instances.flatMap((i) => {
        const lines = tagDiff(Object.fromEntries((i.Tags ?? []).map((t) => [t.Key, t.Value])), g.tags).lines;
        return i.InstanceId && lines.length ? [{ id: i.InstanceId, lines }] : [];
      });
      if (stale.length === 0) return [];
      const lines = [...new Set(stale.flatMap((s) => s.lines))].join(', ');
      return [
        `${stale.length} instance(s) of auto scaling group ${g.name} (${stale.map((s) => s.id).join(', ')}) keep the tags they were launched with (${lines}): AWS tags an instance when its group launches it, and an instance refresh (the refresh option) replaces them`,
      ];
    }),
  );
  return notes.flat();
}
