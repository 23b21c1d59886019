// The stand-alone machines a cluster file selects (image sources, the Locust master), and the
// owner's opt-in tag without which the toolkit runs nothing as root on them.
import { DescribeInstancesCommand, type Instance } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { ec2TagFilters, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { machineSelectorTags, PREPARE_TAG } from '../cluster/tags.js';
import type { Cluster, InstanceSelector } from '../config/schema.js';

const LIVE = { Name: 'instance-state-name', Values: ['running', 'stopped'] };

/** The one running or stopped instance a selector names (stand-alone VMs, the Locust master). */
export async function findSelectedInstance(
  ctx: AwsContext,
  c: Cluster,
  sel: InstanceSelector,
  field: string,
): Promise<Instance> {
  // A machine the toolkit creates is found by the tags it gave it.
  const tags =
    'instanceId' in sel ? {} : 'machine' in sel ? machineSelectorTags(c.name, sel.machine) : sel.tags;
  const input =
    'instanceId' in sel
      ? { InstanceIds: [sel.instanceId], Filters: [LIVE] }
      : {
          Filters: [...ec2TagFilters(tags), LIVE],
        };
  const what =
    'instanceId' in sel
      ? sel.instanceId
      : Object.entries(tags)
          .map(([k, v]) => `${k}=${v}`)
          .join(',');
  const r = await aws('DescribeInstances', `${field} (${what})`, () =>
    ctx.clients.ec2.send(new DescribeInstancesCommand(input)),
  );
  const found = (r.Reservations ?? []).flatMap((x) => x.Instances ?? []);
  const [only] = found;
  if (found.length !== 1 || !only) {
    throw new AwsOperationError(
      'DescribeInstances',
      `${field} (${what})`,
      found.length ? 'Ambiguous' : 'NotFound',
      `${found.length} instances match`,
      `make ${field} select exactly one running or stopped instance`,
    );
  }
  return only;
}

export class NotOptedInError extends Error {
  override name = 'NotOptedInError';
}

/** Refuses to prepare an instance that was not tagged for this cluster by its owner. */
export function assertOptedIn(instance: Instance, c: Cluster, field: string, what: string): void {
  const id = instance.InstanceId ?? '(no id)';
  const value = tagMap(instance.Tags)[PREPARE_TAG];
  if (value === c.name) return;
  throw new NotOptedInError(
    `${field} selects ${id}, which does not carry the tag ${PREPARE_TAG}=${c.name}` +
      (value !== undefined ? ` (it says ${JSON.stringify(value)})` : '') +
      `; the toolkit would ${what} on it. If that machine is meant for cluster ${c.name}, tag it: ` +
      `aws ec2 create-tags --resources ${id} --tags Key=${PREPARE_TAG},Value=${c.name}`,
  );
}

/** Whether the instance carries the opt-in tag for this cluster (for the plan). */
export function optedIn(instance: Instance, c: Cluster): boolean {
  return tagMap(instance.Tags)[PREPARE_TAG] === c.name;
}
