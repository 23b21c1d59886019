// Reading groups by name: one, several in one call, or one made moments ago once visible.
import {
  type Activity,
  type AutoScalingGroup,
  DescribeAutoScalingGroupsCommand,
  DescribeScalingActivitiesCommand,
} from '@aws-sdk/client-auto-scaling';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';

export async function describeGroup(ctx: AwsContext, name: string): Promise<AutoScalingGroup | undefined> {
  const r = await aws('DescribeAutoScalingGroups', `group ${name}`, () =>
    ctx.clients.autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] })),
  );
  return r.AutoScalingGroups?.[0];
}

/** Several groups in one call (up to 100 names); those that do not exist are absent. */
export async function describeGroups(ctx: AwsContext, names: string[]): Promise<AutoScalingGroup[]> {
  const r = await aws('DescribeAutoScalingGroups', `groups ${names.join(', ')}`, () =>
    ctx.clients.autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: names })),
  );
  return r.AutoScalingGroups ?? [];
}

/** The group once describes see it: a group made moments ago may not be visible yet. */
export function visibleGroup(ctx: AwsContext, name: string): Promise<AutoScalingGroup> {
  return untilVisible(`group ${name}`, ctx.clock, async () => {
    const found = await describeGroup(ctx, name);
    if (!found) throw Object.assign(new Error(`group ${name} not found`), { name: 'GroupNotFound' });
    return found;
  });
}

/** The group's scaling activities since a time (epoch ms), oldest first: why instances came and went. */
export async function groupActivities(ctx: AwsContext, name: string, since: number): Promise<Activity[]> {
  const out: Activity[] = [];
  let token: string | undefined;
  // Newest first, 100 a page: stop at the first page that reaches back before `since`.
  for (let page = 0; page < 10; page++) {
    const r = await aws('DescribeScalingActivities', `group ${name}`, () =>
      ctx.clients.autoScaling.send(
        new DescribeScalingActivitiesCommand({
          AutoScalingGroupName: name,
          MaxRecords: 100,
          NextToken: token,
        }),
      ),
    );
    const acts = r.Activities ?? [];
    out.push(...acts.filter((a) => (a.StartTime?.getTime() ?? 0) >= since));
    token = r.NextToken;
    if (!token || acts.some((a) => (a.StartTime?.getTime() ?? 0) < since)) break;
  }
  return out.sort((a, b) => (a.StartTime?.getTime() ?? 0) - (b.StartTime?.getTime() ?? 0));
}
