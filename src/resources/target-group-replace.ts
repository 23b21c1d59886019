// A target group keeps its port for life, so an `acapy.ports` edit replaces it, under the same
// name. AWS refuses to delete a target group a listener forwards to, and one deleted while an Auto
// Scaling group still names it leaves the group unable to launch. So the old one is let go first:
// its listeners answer 503 meanwhile (a fixed response), the ACA-Py group detaches it, then it is
// deleted. ensure-load-balancer then makes it anew, its listener forwards to it again, and the
// groups' step attaches it to the ACA-Py group: the changes the plan lists for each.
import { DetachLoadBalancerTargetGroupsCommand } from '@aws-sdk/client-auto-scaling';
import {
  DeleteTargetGroupCommand,
  DescribeListenersCommand,
  ModifyListenerCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { write } from '../aws/writes.js';
import type { Cluster } from '../config/schema.js';
import { describeGroup } from './group-describe.js';
import { groupName } from './groups.js';
import { listenerAddress } from './listener-provider.js';
import { whileInUse } from './while-in-use.js';

/** What the plan says a replace does, beside the fields that force it. */
export const REPLACE_LINE =
  'deleted and made again under its name: its listener answers 503 and the ACA-Py group detaches it meanwhile, then both use the new one';

/** While no target group is there: what the listener answers. */
export const MOVING = {
  Type: 'fixed-response' as const,
  FixedResponseConfig: {
    StatusCode: '503',
    ContentType: 'text/plain',
    MessageBody: 'ACA-Py is moving to a new target group; try again in a few minutes',
  },
};

/** Let go of the target group and delete it; the caller makes the new one. */
export async function clearTargetGroup(
  ctx: AwsContext,
  c: Cluster,
  tg: { arn: string; name: string },
  lb: { arn: string; name: string } | undefined,
  timeoutMs = 10 * 60_000,
): Promise<void> {
  const address: Address = { kind: 'target-group', name: tg.name };
  const { elbv2, autoScaling } = ctx.clients;
  if (lb) {
    const r = await aws('DescribeListeners', `load balancer ${lb.name}`, () =>
      elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.arn })),
    );
    for (const l of r.Listeners ?? [])
      if (l.DefaultActions?.some((a) => a.TargetGroupArn === tg.arn))
        await write(
          elbv2,
          new ModifyListenerCommand({ ListenerArn: l.ListenerArn, DefaultActions: [MOVING] }),
          listenerAddress(lb.name, l.Port ?? 0),
        );
  }
  const group = groupName(c, 'acapy');
  if ((await describeGroup(ctx, group))?.TargetGroupARNs?.includes(tg.arn))
    await write(
      autoScaling,
      new DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: group, TargetGroupARNs: [tg.arn] }),
      { kind: 'auto-scaling-group', name: group },
    );
  // A listener's modify takes a moment to free the target group everywhere.
  await whileInUse(
    ctx,
    `target group ${tg.name}`,
    () => write(elbv2, new DeleteTargetGroupCommand({ TargetGroupArn: tg.arn }), address),
    timeoutMs,
  );
  ctx.log?.(`target group ${tg.name}: deleted, to be made again with the file's port`);
}
