// Simulated IAM: roles and their policies, instance profiles, OpenID Connect providers and the
// policy simulation the preflight asks for (src/sim/iam/*); this module joins them.
import { profileHandlers } from './iam/profiles.js';
import { roleHandlers } from './iam/roles.js';
import type { IamState } from './iam/state.js';
import type { World } from './world.js';

export { SIMULATED_CALLER_ROLE } from './iam/profiles.js';
export { IamState } from './iam/state.js';

export function iamService(world: World, s: IamState) {
  const handlers = { ...roleHandlers(world, s), ...profileHandlers(world, s) };
  return {
    name: 'IAM',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => /^(Get|List|Simulate)/.test(k))),
  };
}
