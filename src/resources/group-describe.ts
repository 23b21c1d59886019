// Reading groups by name: one, several in one call, or one made moments ago once visible.
import { type AutoScalingGroup, DescribeAutoScalingGroupsCommand } from '@aws-sdk/client-auto-scaling';
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
