// Simulated EC2: VPCs and subnets (seeded), instances, images and snapshots, security groups and
// their rules, launch templates and versions, tags. Errors use EC2's codes and messages. Each
// resource kind answers its own operations (src/sim/ec2/*); this module joins them into one service.

import { imageHandlers } from './ec2/images.js';
import { instanceHandlers } from './ec2/instances.js';
import { launchTemplateHandlers } from './ec2/launch-templates.js';
import { networkHandlers } from './ec2/network.js';
import { profileAssociationHandlers } from './ec2/profile-associations.js';
import { securityGroupHandlers } from './ec2/security-groups.js';
import { spotPriceHandlers } from './ec2/spot-prices.js';
import type { Ec2State } from './ec2/state.js';
import { tagHandlers } from './ec2/tags.js';
import { volumeHandlers } from './ec2/volumes.js';
import type { World } from './world.js';

export type * from './ec2/model.js';
export { Ec2State } from './ec2/state.js';

export function ec2Service(world: World, s: Ec2State) {
  const handlers = {
    ...networkHandlers(s),
    ...instanceHandlers(world, s),
    ...profileAssociationHandlers(world, s),
    ...volumeHandlers(world, s),
    ...imageHandlers(world, s),
    ...securityGroupHandlers(world, s),
    ...launchTemplateHandlers(world, s),
    ...tagHandlers(s),
    ...spotPriceHandlers(world, s),
  };
  return {
    name: 'EC2',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
