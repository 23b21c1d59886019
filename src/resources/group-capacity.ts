// A group's capacity after it exists: min/desired/max, waiting until it serves, instance refresh.
import {
  DescribeInstanceRefreshesCommand,
  type Instance,
  StartInstanceRefreshCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { waitFor } from '../aws/wait.js';
import { answerOf, write } from '../aws/writes.js';
import { REFRESH_PREFERENCES } from '../cluster/run-options.js';
import { describeGroup, visibleGroup } from './group-describe.js';
import type { Capacity } from './groups.js';

/** Set min/desired/max of a group; no call when they already hold. */
export async function setCapacity(ctx: AwsContext, name: string, cap: Capacity): Promise<boolean> {
  const g = await describeGroup(ctx, name);
  if (!g)
    throw new AwsOperationError(
      'UpdateAutoScalingGroup',
      { kind: 'auto-scaling-group', name },
      'NotFound',
      'the group does not exist',
      'run cluster-up first',
    );
  if (g.MinSize === cap.min && g.DesiredCapacity === cap.desired && g.MaxSize === cap.max) return false;
  await write(
    ctx.clients.autoScaling,
    new UpdateAutoScalingGroupCommand({
      AutoScalingGroupName: name,
      MinSize: cap.min,
      DesiredCapacity: cap.desired,
      MaxSize: cap.max,
    }),
    { kind: 'auto-scaling-group', name },
  );
  return true;
}

/** Wait until the group has `desired` running instances, all healthy in every target group. */
export async function waitGroupReady(
  ctx: AwsContext,
  name: string,
  targetGroupArns: string[],
  timeoutMs = 30 * 60_000,
): Promise<string[]> {
  return waitFor(
    async () => {
      const g = await visibleGroup(ctx, name);
      const inService = (g.Instances ?? [])
        .filter((i) => i.LifecycleState === 'InService')
        .flatMap((i) => (i.InstanceId ? [i.InstanceId] : []));
      if (inService.length !== g.DesiredCapacity)
        return { done: false, status: `${inService.length}/${g.DesiredCapacity} in service` };
      for (const arn of targetGroupArns) {
        const h = await aws('DescribeTargetHealth', `target group ${arn}`, () =>
          ctx.clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn })),
        );
        const healthy = new Set(
          (h.TargetHealthDescriptions ?? [])
            .filter((d) => d.TargetHealth?.State === 'healthy')
            .map((d) => d.Target?.Id),
        );
        const waiting = inService.filter((id) => !healthy.has(id));
        if (waiting.length > 0)
          return { done: false, status: `${waiting.length} targets not yet healthy in ${arn.split('/')[1]}` };
      }
      return { done: true, value: inService };
    },
    {
      what: `group ${name} to be in service and healthy`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 3_000,
      maxDelayMs: 10_000,
    },
  );
}

/** The instances a refresh to `version` replaces: those launched from another version. The plan and the apply both ask this. */
export function instancesOffVersion(instances: Instance[] | undefined, version: number): Instance[] {
  return (instances ?? []).filter((i) => i.LaunchTemplate?.Version !== String(version));
}

/** A refresh in these states holds the group: StartInstanceRefresh answers InstanceRefreshInProgress. */
const UNFINISHED = new Set(['Pending', 'InProgress', 'Cancelling', 'RollbackInProgress', 'Baking']);

/** Replace running instances with the group's current template version; wait for the refresh. */
export async function refreshInstances(
  ctx: AwsContext,
  name: string,
  timeoutMs = 60 * 60_000,
): Promise<string> {
  const r = await write(
    ctx.clients.autoScaling,
    new StartInstanceRefreshCommand({
      AutoScalingGroupName: name,
      Preferences: { ...REFRESH_PREFERENCES },
    }),
    { kind: 'auto-scaling-group', name },
    // The refresh an earlier attempt started (its answer lost) is the one to follow.
    {
      adopt: async (err) => {
        const d = await aws('DescribeInstanceRefreshes', `group ${name}`, () =>
          ctx.clients.autoScaling.send(new DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name })),
        );
        const running = d.InstanceRefreshes?.find((x) => UNFINISHED.has(x.Status ?? 'unknown'));
        if (!running?.InstanceRefreshId) throw err;
        return { InstanceRefreshId: running.InstanceRefreshId, $metadata: {} };
      },
    },
  );
  const id = required(answerOf(r)?.InstanceRefreshId, 'InstanceRefreshId', 'StartInstanceRefresh', {
    kind: 'auto-scaling-group',
    name,
  });
  await waitFor(
    async () => {
      const d = await aws('DescribeInstanceRefreshes', `group ${name}`, () =>
        ctx.clients.autoScaling.send(
          new DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name, InstanceRefreshIds: [id] }),
        ),
      );
      const s = d.InstanceRefreshes?.[0]?.Status ?? 'unknown';
      if (s === 'Successful') return { done: true, value: undefined };
      if (s === 'Failed' || s === 'Cancelled' || s === 'RollbackSuccessful') {
        throw new AwsOperationError(
          'StartInstanceRefresh',
          { kind: 'auto-scaling-group', name },
          s,
          d.InstanceRefreshes?.[0]?.StatusReason ?? 'the refresh did not finish',
          'see the group activity history',
        );
      }
      return { done: false, status: `${s} ${d.InstanceRefreshes?.[0]?.PercentageComplete ?? 0}%` };
    },
    {
      what: `instance refresh ${id} of ${name}`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 15_000,
      maxDelayMs: 30_000,
    },
  );
  return id;
}
