// SSM Run Command in place of SSH: send a script to instances (by id or by tags), wait for every
// invocation with the shared poller, and fail naming each failing instance, its status and the
// tail of its stderr. More than 50 instance ids are sent in several commands, as AWS requires.
import {
  GetCommandInvocationCommand,
  type GetCommandInvocationCommandOutput,
  ListCommandInvocationsCommand,
  SendCommandCommand,
} from '@aws-sdk/client-ssm';
import { untilVisible } from './consistency.js';
import type { AwsContext } from './context.js';
import { aws } from './errors.js';
import { LATENCY } from './latency.js';
import { required } from './required.js';
import { waitFor } from './wait.js';
import { answerOf, write } from './writes.js';

/** SSM leaves out the output of a command that printed nothing: that is empty output. */
export const printed = (output: string | undefined): string => output ?? '';

export type Targets = { instanceIds: string[] } | { tags: Record<string, string> };

export interface RunOptions {
  targets: Targets;
  script: string;
  /** Shown in the SSM console and the ledger; at most 100 characters. */
  comment: string;
  timeoutSeconds?: number;
  /** How long the script typically runs (delivery is added): shown while waiting, and it sets the polling ceiling. */
  expectedSeconds?: number;
}

export interface InvocationResult {
  instanceId: string;
  status: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class RunCommandError extends Error {
  override name = 'RunCommandError';
  constructor(
    readonly comment: string,
    readonly failed: InvocationResult[],
    /** The instances where it succeeded, for a caller that can do with some. */
    readonly succeeded: InvocationResult[] = [],
  ) {
    super(
      `"${comment}" failed on ${failed.length} instance${failed.length === 1 ? '' : 's'}:\n` +
        failed.map((f) => `  ${f.instanceId}: ${f.status} (exit ${f.exitCode})${tail(f.stderr)}`).join('\n'),
    );
  }
}

const MAX_IDS = 50;
const TERMINAL = new Set(['Success', 'Failed', 'TimedOut', 'Cancelled', 'Undeliverable', 'Terminated']);

function tail(text: string, lines = 5): string {
  const t = text.trimEnd().split('\n').slice(-lines).join('\n    ');
  return t ? `\n    ${t}` : '';
}

export async function runOnInstances(ctx: AwsContext, opts: RunOptions): Promise<InvocationResult[]> {
  const { ssm } = ctx.clients;
  const timeout = opts.timeoutSeconds ?? 3600;
  const base = {
    DocumentName: 'AWS-RunShellScript',
    Comment: opts.comment.slice(0, 100),
    Parameters: { commands: [opts.script], executionTimeout: [String(timeout)] },
    TimeoutSeconds: 600,
  };
  const batches =
    'instanceIds' in opts.targets
      ? chunk(opts.targets.instanceIds, MAX_IDS).map((InstanceIds) => ({ ...base, InstanceIds }))
      : [
          {
            ...base,
            Targets: Object.entries(opts.targets.tags).map(([k, v]) => ({ Key: `tag:${k}`, Values: [v] })),
          },
        ];
  const where =
    'instanceIds' in opts.targets ? `${opts.targets.instanceIds.length} instances` : 'tagged instances';
  const sent = await Promise.all(
    batches.map((input) =>
      write(ssm, new SendCommandCommand(input), { kind: 'command', name: opts.comment, in: where }),
    ),
  );
  const pairs: { commandId: string; instanceId: string }[] = [];
  for (const [i, r] of sent.entries()) {
    // The wait follows the command that answered (a lost answer may have started another).
    const commandId = required(answerOf(r)?.Command?.CommandId, 'CommandId', 'SendCommand', opts.comment);
    const input = batches[i];
    const ids =
      input && 'InstanceIds' in input ? (input.InstanceIds as string[]) : await listTargets(ctx, commandId);
    for (const instanceId of ids) pairs.push({ commandId, instanceId });
  }
  const results = await Promise.all(
    pairs.map((p) =>
      waitInvocation(
        ctx,
        p.commandId,
        p.instanceId,
        opts.comment,
        timeout,
        // The wait starts at SendCommand: the agent's pickup comes before the script's own time.
        opts.expectedSeconds === undefined ? 0 : (LATENCY.ssmDelivery + opts.expectedSeconds) * 1000,
      ),
    ),
  );
  const failed = results.filter((r) => r.status !== 'Success');
  if (failed.length > 0)
    throw new RunCommandError(
      opts.comment,
      failed,
      results.filter((r) => r.status === 'Success'),
    );
  return results;
}

async function listTargets(ctx: AwsContext, commandId: string): Promise<string[]> {
  const r = await untilVisible(`command ${commandId}`, ctx.clock, () =>
    aws('ListCommandInvocations', `command ${commandId}`, () =>
      ctx.clients.ssm.send(new ListCommandInvocationsCommand({ CommandId: commandId })),
    ),
  );
  return (r.CommandInvocations ?? []).map((i) =>
    required(i.InstanceId, 'InstanceId', 'ListCommandInvocations', `command ${commandId}`),
  );
}

async function waitInvocation(
  ctx: AwsContext,
  commandId: string,
  instanceId: string,
  comment: string,
  timeout: number,
  expectedMs = 0,
): Promise<InvocationResult> {
  const resource = `instance ${instanceId} (command ${commandId})`;
  const out: GetCommandInvocationCommandOutput = await waitFor(
    async () => {
      const r = await untilVisible(resource, ctx.clock, () =>
        aws('GetCommandInvocation', resource, () =>
          ctx.clients.ssm.send(
            new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }),
          ),
        ),
      );
      return r.Status && TERMINAL.has(r.Status)
        ? { done: true, value: r }
        : { done: false, status: r.Status ?? 'unknown' };
    },
    {
      what: `"${comment}" on ${instanceId}`,
      timeoutMs: (timeout + 600) * 1000,
      clock: ctx.clock,
      minDelayMs: 1_000,
      // A long script is polled less often: about 20 checks over its expected run, 5-15 s apart.
      maxDelayMs: Math.min(15_000, Math.max(5_000, expectedMs / 20)),
      ...(expectedMs ? { expectedMs } : {}),
      log: ctx.log,
      warn: ctx.warn,
    },
  );
  return {
    instanceId,
    status: out.Status ?? 'unknown',
    exitCode: out.ResponseCode ?? -1,
    stdout: printed(out.StandardOutputContent),
    stderr: printed(out.StandardErrorContent),
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
