// Simulated Elastic Load Balancing v2: application load balancers (provisioning -> active, DNS
// names), target groups with health checks, listeners, targets whose health follows the
// instance and the path it actually serves. Errors use ELBv2's codes.
// Each resource kind answers its own operations (src/sim/elbv2/*); this module joins them.
import type { Ec2State } from './ec2.js';
import { listenerHandlers } from './elbv2/listeners.js';
import { loadBalancerHandlers } from './elbv2/load-balancers.js';
import type { ElbState } from './elbv2/state.js';
import { tagHandlers } from './elbv2/tags.js';
import { targetGroupHandlers } from './elbv2/target-groups.js';
import type { World } from './world.js';

export type * from './elbv2/model.js';
export { covers } from './elbv2/model.js';
export { ElbState } from './elbv2/state.js';

export function elbService(world: World, ec2: Ec2State, s: ElbState) {
  const handlers = {
    ...loadBalancerHandlers(world, ec2, s),
    ...targetGroupHandlers(world, ec2, s),
    ...listenerHandlers(world, s),
    ...tagHandlers(s),
  };
  return {
    name: 'ElasticLoadBalancingV2',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
