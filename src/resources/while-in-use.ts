// Deleting what AWS still counts as in use (ENIs of a deleted load balancer, a group's scaling
// activity, a listener's target group): retried with backoff until a deadline, and a resource
// already gone counts as deleted.
import type { AwsContext } from '../aws/context.js';
import { codeOf } from '../aws/errors.js';
import { waitFor } from '../aws/wait.js';

export async function whileInUse(
  ctx: AwsContext,
  what: string,
  call: () => Promise<unknown>,
  timeoutMs: number,
): Promise<void> {
  await waitFor(
    async () => {
      try {
        await call();
        return { done: true, value: undefined };
      } catch (err) {
        const code = codeOf(err);
        if (/NotFound|NotFoundException/.test(code)) return { done: true, value: undefined };
        // The SDK names ELBv2's ResourceInUse ResourceInUseException, Auto Scaling's ...Fault.
        if (
          /^(DependencyViolation|ResourceInUse(Exception|Fault)?|ScalingActivityInProgress(Fault)?)$/.test(
            code,
          )
        )
          return { done: false, status: code };
        throw err;
      }
    },
    {
      what: `${what} to be deletable`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 5_000,
      maxDelayMs: 20_000,
    },
  );
}
