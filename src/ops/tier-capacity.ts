// Setting a tier's capacity by hand (set-capacity): the values given, the cluster file's for the
// rest, checked in order by the same rule the cluster file obeys before any AWS call.
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import { capacityProblems } from '../config/semantic.js';
import { setCapacity } from '../resources/group-capacity.js';
import { type Capacity, groupName, tierCapacity } from '../resources/groups.js';
import type { Tier } from '../resources/launch-templates.js';

export class CapacityOrderError extends Error {
  override name = 'CapacityOrderError';
}

/** The tier's capacity with these values in place of the cluster file's; refused when out of order. */
export function capacityWith(c: Cluster, tier: Tier, given: Partial<Capacity>): Capacity {
  const base = tierCapacity(c, tier);
  const cap = {
    min: given.min ?? base.min,
    desired: given.desired ?? base.desired,
    max: given.max ?? base.max,
  };
  const problems = capacityProblems(cap, []);
  if (problems.length)
    throw new CapacityOrderError(
      `capacity ${cap.min}/${cap.desired}/${cap.max} (min/desired/max) is out of order: ${problems.map((p) => p.message).join('; ')}; give min <= desired <= max`,
    );
  return cap;
}

/** True when the group's capacity changed. */
export function setTierCapacity(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  given: Partial<Capacity>,
): Promise<boolean> {
  const cap = capacityWith(c, tier, given);
  return setCapacity(ctx, groupName(c, tier), cap);
}
