// Every provider's create operation, read back as the compared fields its request sets: what the
// approval (src/plan/approval.ts) holds a create to, field by field, against the plan's add change.
import type { CreateReadBack } from '../aws/approved-fields.js';
import { autoScalingGroups } from './group-provider.js';
import { imageProvider } from './image-provider.js';
import { launchTemplateProvider } from './launch-template-provider.js';
import { listeners } from './listener-provider.js';
import { loadBalancers } from './load-balancer-provider.js';
import { machineProvider } from './machine-provider.js';
import { parameterProvider } from './parameter-provider.js';
import type { CreateFields } from './provider.js';
import { securityGroupProvider } from './security-group-provider.js';
import { targetGroups } from './target-group-provider.js';

/** The providers that create (the Locust master is the operator's own instance, or a machine). */
export const CREATING_PROVIDERS: readonly { kind: string; creates?: CreateFields }[] = [
  securityGroupProvider,
  parameterProvider,
  machineProvider,
  targetGroups,
  loadBalancers,
  listeners,
  launchTemplateProvider,
  autoScalingGroups,
  imageProvider,
];

/** A create request read back: the kind it makes, the name and container it gives, its fields. */
export function readCreate(operation: string, input: Record<string, unknown>): CreateReadBack | undefined {
  const p = CREATING_PROVIDERS.find((x) => x.creates?.operation === operation);
  const fields = p?.creates?.fields(input);
  if (!p?.creates || !fields) return undefined;
  return {
    kind: p.kind,
    fields,
    later: p.creates.later ?? [],
    ...(p.creates.name ? { name: String(p.creates.name(input)) } : {}),
    ...(p.creates.container ? { in: String(p.creates.container(input)) } : {}),
  };
}
