// Simulated instance refreshes: start, describe, cancel. The group's tick carries them out.
import type * as asg from '@aws-sdk/client-auto-scaling';
import { awsError } from '../errors.js';
import type { World } from '../world.js';
import type { SimRefresh } from './model.js';
import type { AsgState } from './state.js';

export function instanceRefreshHandlers(world: World, s: AsgState) {
  return {
    StartInstanceRefresh: (
      i: asg.StartInstanceRefreshCommandInput,
    ): asg.StartInstanceRefreshCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      if (g.refreshes.some((r) => r.status === 'Pending' || r.status === 'InProgress')) {
        throw awsError(
          'InstanceRefreshInProgress',
          `An Instance Refresh is already in progress and blocks the execution of this Instance Refresh.`,
        );
      }
      if (i.DesiredConfiguration?.LaunchTemplate)
        g.lt = s.resolveTemplate(i.DesiredConfiguration.LaunchTemplate);
      const r: SimRefresh = {
        id: world.id('ir').slice(3),
        status: 'Pending',
        startedAt: world.now(),
        minHealthyPercentage: i.Preferences?.MinHealthyPercentage ?? 90,
        replaced: 0,
        toReplace: s.live(g).filter((x) => x.launchTemplate?.version !== s.currentVersion(g)).length,
      };
      g.refreshes.unshift(r);
      return { $metadata: {}, InstanceRefreshId: r.id };
    },
    DescribeInstanceRefreshes: (
      i: asg.DescribeInstanceRefreshesCommandInput,
    ): asg.DescribeInstanceRefreshesCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      return {
        $metadata: {},
        InstanceRefreshes: g.refreshes
          .filter((r) => !i.InstanceRefreshIds?.length || i.InstanceRefreshIds.includes(r.id))
          .map((r) => ({
            InstanceRefreshId: r.id,
            AutoScalingGroupName: g.name,
            Status: r.status,
            StartTime: new Date(Math.max(0, r.startedAt)),
            ...(r.endedAt !== undefined ? { EndTime: new Date(Math.max(0, r.endedAt)) } : {}),
            PercentageComplete:
              r.status === 'Successful'
                ? 100
                : r.toReplace
                  ? Math.floor((100 * r.replaced) / r.toReplace)
                  : 0,
            InstancesToUpdate: Math.max(0, r.toReplace - r.replaced),
          })),
      };
    },
    CancelInstanceRefresh: (
      i: asg.CancelInstanceRefreshCommandInput,
    ): asg.CancelInstanceRefreshCommandOutput => {
      const g = s.find(i.AutoScalingGroupName);
      const r = g.refreshes.find((x) => x.status === 'Pending' || x.status === 'InProgress');
      if (!r)
        throw awsError('ActiveInstanceRefreshNotFound', 'No in progress or pending Instance Refresh found');
      r.status = 'Cancelled';
      r.endedAt = world.now();
      return { $metadata: {}, InstanceRefreshId: r.id };
    },
  };
}
