// Every provider's create operation, read back as the compared fields its request sets: what the
// approval (src/plan/approval.ts) holds a create to, field by field, against the plan's add change.
import { autoScalingGroups } from './group-provider.js';
import { imageProvider } from './image-provider.js';
import { launchTemplateProvider } from './launch-template-provider.js';
import { listeners } from './listener-provider.js';
import { loadBalancers } from './load-balancer-provider.js';
import { machineProvider } from './machine-provider.js';
import { parameterProvider } from './parameter-provider.js';
import type { CreateFields, Spec } from './provider.js';
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

/** A create of a resource of `kind`: the name it gives and its compared fields; undefined for any other write. */
export function createdFields(
  kind: string,
  operation: string,
  input: Record<string, unknown>,
): CreatedFields | undefined {
  const creates = CREATING_PROVIDERS.find((p) => p.kind === kind)?.creates;
  const fields = creates?.operation === operation ? creates.fields(input) : undefined;
  if (!creates || !fields) return undefined;
  return {
    fields,
    later: creates.later ?? [],
    ...(creates.name ? { name: String(creates.name(input)) } : {}),
    ...(creates.container ? { in: String(creates.container(input)) } : {}),
  };
}

/** A create read back: the name and container it gives, its fields, and the fields it leaves to later writes. */
export interface CreatedFields {
  name?: string;
  in?: string;
  fields: Spec;
  later: readonly string[];
}
