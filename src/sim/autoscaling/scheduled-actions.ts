// Simulated scheduled actions: put, describe, delete. The group's tick applies them when due.
import type * as asg from '@aws-sdk/client-auto-scaling';
import { awsError } from '../errors.js';
import { asgParam } from '../params.js';
import type { World } from '../world.js';
import type { SimScheduled } from './model.js';
import type { AsgState } from './state.js';

export function scheduledActionHandlers(world: World, s: AsgState) {
  return {
    PutScheduledUpdateGroupAction: (
      i: asg.PutScheduledUpdateGroupActionCommandInput,
    ): asg.PutScheduledUpdateGroupActionCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      const name = asgParam(i.ScheduledActionName, 'ScheduledActionName');
      const startAt = i.StartTime ? i.StartTime.getTime() : world.now();
      const sa: SimScheduled = {
        name,
        arn: `arn:aws:autoscaling:${world.region}:${world.accountId}:scheduledUpdateGroupAction:${name}`,
        startAt,
        done: false,
        ...(i.MinSize !== undefined ? { min: i.MinSize } : {}),
        ...(i.MaxSize !== undefined ? { max: i.MaxSize } : {}),
        ...(i.DesiredCapacity !== undefined ? { desired: i.DesiredCapacity } : {}),
      };
      g.scheduled = [...g.scheduled.filter((x) => x.name !== name), sa];
      return { $metadata: {} };
    },
    DescribeScheduledActions: (
      i: asg.DescribeScheduledActionsCommandInput,
    ): asg.DescribeScheduledActionsCommandOutput => {
      const groups = i.AutoScalingGroupName ? [s.find(i.AutoScalingGroupName)] : [...s.groups.values()];
      return {
        $metadata: {},
        ScheduledUpdateGroupActions: groups.flatMap((g) =>
          g.scheduled.map((sa) => ({
            AutoScalingGroupName: g.name,
            ScheduledActionName: sa.name,
            ScheduledActionARN: sa.arn,
            StartTime: new Date(Math.max(0, sa.startAt)),
            MinSize: sa.min,
            MaxSize: sa.max,
            DesiredCapacity: sa.desired,
          })),
        ),
      };
    },
    DeleteScheduledAction: (
      i: asg.DeleteScheduledActionCommandInput,
    ): asg.DeleteScheduledActionCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      if (!g.scheduled.some((x) => x.name === i.ScheduledActionName))
        throw awsError('ValidationError', 'Scheduled Update Group Action name not found');
      g.scheduled = g.scheduled.filter((x) => x.name !== i.ScheduledActionName);
      return { $metadata: {} };
    },
  };
}
