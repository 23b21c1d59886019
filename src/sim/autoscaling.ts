// Simulated Auto Scaling: groups on a launch template ($Default, $Latest or a number), target
// groups, EC2 or ELB health checks, warmup, min/desired/max. The group converges on each tick:
// it launches from the template version resolved at launch time, registers new instances with its
// target groups, replaces unhealthy ones, runs instance refreshes and scheduled actions.
// Each concern answers its own operations (src/sim/autoscaling/*); this module joins them.

import { groupHandlers } from './autoscaling/groups.js';
import { instanceRefreshHandlers } from './autoscaling/instance-refreshes.js';
import { scheduledActionHandlers } from './autoscaling/scheduled-actions.js';
import type { AsgState } from './autoscaling/state.js';
import type { Ec2State } from './ec2.js';
import type { ElbState } from './elbv2.js';
import type { World } from './world.js';

export type * from './autoscaling/model.js';
export { AsgState } from './autoscaling/state.js';

export function asgService(world: World, ec2: Ec2State, elb: ElbState, s: AsgState) {
  const handlers = {
    ...groupHandlers(world, ec2, elb, s),
    ...instanceRefreshHandlers(world, s),
    ...scheduledActionHandlers(world, s),
  };
  return {
    name: 'AutoScaling',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
