// The expiry backstop: a scheduled action on each group that scales it to zero at the cluster's
// expiry, so a cluster whose teardown never ran stops costing even without the sweeper.
import {
  DescribeScheduledActionsCommand,
  PutScheduledUpdateGroupActionCommand,
} from '@aws-sdk/client-auto-scaling';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import { TAG } from '../cluster/tags.js';
import { visibleGroup } from './group-describe.js';

export const BACKSTOP_ACTION = 'akrida-ops-expiry';

/**
 * A scheduled action inside AWS that scales the group to zero at the cluster's expiry, so a
 * cluster stops billing for instances even if GitHub schedules are delayed or disabled. It follows
 * the group's expiry tag when an apply renewed it.
 */
export async function ensureExpiryBackstop(ctx: AwsContext, name: string): Promise<boolean> {
  const g = await visibleGroup(ctx, name);
  const expiry = g.Tags?.find((t) => t.Key === TAG.expiresAt)?.Value;
  if (!expiry) return false;
  const existing = await aws('DescribeScheduledActions', `group ${name}`, () =>
    ctx.clients.autoScaling.send(new DescribeScheduledActionsCommand({ AutoScalingGroupName: name })),
  );
  const at = new Date(expiry);
  // Present and at the tag's time: nothing to do. A renewed expiry (see renewExpiry) moves it.
  const current = existing.ScheduledUpdateGroupActions?.find(
    (a) => a.ScheduledActionName === BACKSTOP_ACTION,
  );
  const seconds = (d: Date | undefined) => Math.floor((d?.getTime() ?? Number.NaN) / 1000);
  if (current && seconds(current.StartTime) === seconds(at)) return false;
  if (Number.isNaN(at.getTime()) || at.getTime() <= ctx.clock.now()) return false;
  await write(
    ctx.clients.autoScaling,
    new PutScheduledUpdateGroupActionCommand({
      AutoScalingGroupName: name,
      ScheduledActionName: BACKSTOP_ACTION,
      StartTime: at,
      MinSize: 0,
      DesiredCapacity: 0,
    }),
    { kind: 'auto-scaling-group', name },
  );
  return true;
}
