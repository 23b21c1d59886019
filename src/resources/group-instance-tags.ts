// The instances a group launched carry the tags they were launched with (the template's, then the
// group's propagated ones), and AWS does not retag them when the group's tags change. A tags edit
// reaches them here: the plan lists each group's instances whose tags differ from the group's, and
// the apply writes those tags on them, through the one diff (extra-tags.ts).
import type { AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { AwsContext } from '../aws/context.js';
import { findInstances, tagMap } from '../aws/discover.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { comparedTags, type TagDiff, tagDiff, writeEc2Tags } from './extra-tags.js';
import type { PlannedChange } from './kind.js';

export interface LaunchedTags {
  group: string;
  /** Every running instance's tags, as compared (what the plan fingerprints). */
  observed: Record<string, Tags>;
  /** The instances whose tags differ, with what changes. */
  stale: { id: string; diff: TagDiff }[];
}

/** A group's running instances against the tags it propagates. */
export async function launchedTags(
  ctx: AwsContext,
  cluster: string,
  group: { name: string; tags: Tags },
): Promise<LaunchedTags> {
  const instances = await findInstances(ctx.clients, {
    [TAG.cluster]: cluster,
    'aws:autoscaling:groupName': group.name,
  });
  const observed: Record<string, Tags> = {};
  const stale: LaunchedTags['stale'] = [];
  for (const i of instances) {
    if (!i.InstanceId) continue;
    const have = tagMap(i.Tags);
    observed[i.InstanceId] = comparedTags(have);
    const diff = tagDiff(have, group.tags);
    if (diff.lines.length) stale.push({ id: i.InstanceId, diff });
  }
  return { group: group.name, observed, stale };
}

/** The tags a group puts over its template's on each instance it launches. */
export function propagatedTags(g: AutoScalingGroup | undefined): Tags {
  return Object.fromEntries(
    (g?.Tags ?? []).flatMap((t) =>
      t.PropagateAtLaunch && t.Key && t.Value !== undefined ? [[t.Key, t.Value]] : [],
    ),
  );
}

/**
 * The plan's entry for a group's instances to retag, if any: each running instance whose tags
 * differ, except those a refresh replaces; and the instances the refresh launches, when the tags
 * they are launched with (`launchedWith`) differ from the group's.
 */
export function launchedTagsChange(
  l: LaunchedTags,
  replaced: Set<string>,
  launchedWith: Tags,
  wanted: Tags,
): PlannedChange | undefined {
  const details = l.stale
    .filter((s) => !replaced.has(s.id))
    .flatMap((s) => s.diff.lines.map((line) => `${s.id}: ${line}`));
  if (replaced.size)
    details.push(
      ...tagDiff(launchedWith, wanted).lines.map((line) => `the instances the refresh launches: ${line}`),
    );
  if (details.length === 0) return undefined;
  return {
    action: 'change',
    resource: `instances of auto scaling group ${l.group}`,
    details,
    address: { kind: 'auto-scaling-group', name: l.group, field: 'instances' },
  };
}

/** Write each stale instance's tags; the ids written. */
export async function retagLaunched(ctx: AwsContext, l: LaunchedTags): Promise<string[]> {
  for (const s of l.stale)
    await writeEc2Tags(ctx, [s.id], { kind: 'instance', name: s.id, in: l.group }, s.diff);
  return l.stale.map((s) => s.id);
}
