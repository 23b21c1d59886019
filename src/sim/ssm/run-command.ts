// Simulated Run Command: AWS-RunShellScript to instance ids or tag targets, with per-instance
// invocations Pending -> InProgress -> Success/Failed/TimedOut and AWS's output limits.

import type * as ssm from '@aws-sdk/client-ssm';
import { printed } from '../../aws/run-command.js';
import type { Ec2State, SimInstance } from '../ec2.js';
import { awsError } from '../errors.js';
import { ssmParam } from '../params.js';
import { page, type World } from '../world.js';
import {
  type Command,
  type CommandResult,
  type Invocation,
  MAX_INSTANCE_IDS,
  STDERR_LIMIT,
  STDOUT_LIMIT,
} from './model.js';
import type { SsmState } from './state.js';

function commandStatus(states: string[]): string {
  if (states.length === 0) return 'Success';
  if (states.some((s) => s === 'Pending' || s === 'InProgress'))
    return states.every((s) => s === 'Pending') ? 'Pending' : 'InProgress';
  if (states.some((s) => s === 'TimedOut')) return 'TimedOut';
  if (states.some((s) => s === 'Failed')) return 'Failed';
  if (states.some((s) => s === 'Cancelled')) return 'Cancelled';
  return 'Success';
}

export function runCommandHandlers(world: World, ec2: Ec2State, s: SsmState) {
  const findCommand = (id: string | undefined): Command => {
    const c = s.commands.get(ssmParam(id, 'CommandId'));
    if (!c) throw awsError('InvalidCommandId', `Command ${id} not found`);
    return c;
  };

  const run = (inst: SimInstance, cmd: Command, script: string, timeoutSeconds: number): Invocation => {
    const now = world.now();
    const inv: Invocation = {
      commandId: cmd.id,
      instanceId: inst.id,
      createdAt: now,
      startAt: now + world.ms(world.latency.ssmDelivery),
      timeoutMs: world.ms(timeoutSeconds),
    };
    const done = (r: CommandResult) => {
      inv.result = { ...r, stdout: printed(r.stdout), stderr: printed(r.stderr) };
    };
    if (world.faults.ssmFailInstance(inst.id)) {
      done({ exitCode: 1, stderr: `simulated failure injected on ${inst.id}\n`, seconds: 1 });
    } else {
      inv.settled = Promise.resolve()
        .then(() => s.handler({ instance: inst, script, comment: cmd.comment }))
        .then(done, (err: unknown) =>
          done({ exitCode: 1, stderr: `${err instanceof Error ? err.message : String(err)}\n`, seconds: 0 }),
        );
    }
    return inv;
  };

  return {
    SendCommand: (i: ssm.SendCommandCommandInput): ssm.SendCommandCommandOutput => {
      if (i.DocumentName !== 'AWS-RunShellScript') {
        throw awsError(
          'InvalidDocument',
          `Document ${i.DocumentName} does not exist in your account (the simulation runs AWS-RunShellScript only)`,
        );
      }
      const ids = i.InstanceIds ?? [];
      if (ids.length > MAX_INSTANCE_IDS) {
        throw awsError(
          'ValidationException',
          `1 validation error detected: Value at 'instanceIds' failed to satisfy constraint: Member must have length less than or equal to ${MAX_INSTANCE_IDS}`,
        );
      }
      if ((i.Targets?.length ?? 0) > 5)
        throw awsError('ValidationException', 'Targets must have length less than or equal to 5');
      if (ids.length === 0 && !i.Targets?.length)
        throw awsError('ValidationException', 'Either InstanceIds or Targets must be given');
      let instances: SimInstance[];
      if (ids.length > 0) {
        instances = ids.map((id) => {
          const inst = ec2.instances.get(id);
          if (inst?.state !== 'running')
            throw awsError(
              'InvalidInstanceId',
              `Instances [[${id}]] not in a valid state for account ${world.accountId}`,
            );
          return inst;
        });
      } else {
        instances = [...ec2.instances.values()].filter(
          (inst) =>
            inst.state === 'running' &&
            (i.Targets ?? []).every((t) => {
              const key = ssmParam(t.Key, 'Key');
              const values = t.Values ?? [];
              if (key === 'InstanceIds') return values.includes(inst.id);
              if (key.startsWith('tag:')) return values.includes(inst.tags[key.slice(4)] ?? '\u0000');
              if (key === 'tag-key') return values.some((v) => v in inst.tags);
              throw awsError('ValidationException', `Target key ${key} is not supported`);
            }),
        );
      }
      const commands = i.Parameters?.commands;
      if (!commands?.length)
        throw awsError('InvalidParameters', 'The commands parameter is required for AWS-RunShellScript');
      const cmd: Command = {
        id: world.id('cmd').slice(4, 40),
        ...(i.Comment !== undefined ? { comment: i.Comment } : {}),
        documentName: i.DocumentName,
        createdAt: world.now(),
        invocations: [],
      };
      if (cmd.comment && cmd.comment.length > 100)
        throw awsError('ValidationException', 'Comment must have length less than or equal to 100');
      s.commands.set(cmd.id, cmd);
      const timeout = Number(i.Parameters?.executionTimeout?.[0] ?? 3600);
      cmd.invocations = instances.map((inst) => run(inst, cmd, commands.join('\n'), timeout));
      return {
        $metadata: {},
        Command: {
          CommandId: cmd.id,
          DocumentName: cmd.documentName,
          Comment: cmd.comment,
          InstanceIds: ids,
          Targets: i.Targets,
          Status: 'Pending',
          TargetCount: cmd.invocations.length,
          RequestedDateTime: new Date(Math.max(0, cmd.createdAt)),
        },
      };
    },
    GetCommandInvocation: async (
      i: ssm.GetCommandInvocationCommandInput,
    ): Promise<ssm.GetCommandInvocationCommandOutput> => {
      const cmd = s.commands.get(ssmParam(i.CommandId, 'CommandId'));
      const inv = cmd?.invocations.find((x) => x.instanceId === ssmParam(i.InstanceId, 'InstanceId'));
      if (!cmd || !inv || !world.visible(inv.createdAt)) throw awsError('InvocationDoesNotExist', '');
      await inv.settled;
      const st = s.status(inv);
      const ended = st.end !== undefined;
      const r = inv.result;
      return {
        $metadata: {},
        CommandId: cmd.id,
        InstanceId: inv.instanceId,
        Comment: cmd.comment,
        DocumentName: cmd.documentName,
        PluginName: 'aws:runShellScript',
        Status: st.status as ssm.CommandInvocationStatus,
        StatusDetails: st.status === 'TimedOut' ? 'ExecutionTimedOut' : st.status,
        ResponseCode: ended ? (st.status === 'TimedOut' ? -1 : (r?.exitCode ?? -1)) : -1,
        // A script that printed nothing has empty streams, as AWS answers them.
        StandardOutputContent: ended && r ? r.stdout.slice(0, STDOUT_LIMIT) : '',
        StandardErrorContent: ended && r ? r.stderr.slice(0, STDERR_LIMIT) : '',
        ExecutionStartDateTime:
          world.now() >= inv.startAt ? new Date(Math.max(0, inv.startAt)).toISOString() : '',
        ExecutionEndDateTime: st.end !== undefined ? new Date(Math.max(0, st.end)).toISOString() : '',
      };
    },
    ListCommandInvocations: (
      i: ssm.ListCommandInvocationsCommandInput,
    ): ssm.ListCommandInvocationsCommandOutput => {
      const cmd = findCommand(i.CommandId);
      const list = cmd.invocations.filter((x) => !i.InstanceId || x.instanceId === i.InstanceId);
      const p = page(list, i.MaxResults, i.NextToken, 50);
      return {
        $metadata: {},
        CommandInvocations: p.items.map((inv) => {
          const st = s.status(inv);
          return {
            CommandId: cmd.id,
            InstanceId: inv.instanceId,
            Status: st.status as ssm.CommandInvocationStatus,
            StatusDetails: st.status,
            ...(i.Details && st.end !== undefined
              ? {
                  CommandPlugins: [
                    {
                      Name: 'aws:runShellScript',
                      ResponseCode: inv.result?.exitCode ?? -1,
                      Output: inv.result?.stdout.slice(0, 2500),
                    },
                  ],
                }
              : {}),
          };
        }),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    ListCommands: (i: ssm.ListCommandsCommandInput): ssm.ListCommandsCommandOutput => {
      const list = i.CommandId ? [findCommand(i.CommandId)] : [...s.commands.values()];
      return {
        $metadata: {},
        Commands: list.map((cmd) => {
          const states = cmd.invocations.map((inv) => s.status(inv).status);
          return {
            CommandId: cmd.id,
            Comment: cmd.comment,
            DocumentName: cmd.documentName,
            Status: commandStatus(states) as ssm.CommandStatus,
            TargetCount: states.length,
            CompletedCount: states.filter((x) => x !== 'Pending' && x !== 'InProgress').length,
            ErrorCount: states.filter((x) => x === 'Failed' || x === 'TimedOut').length,
          };
        }),
      };
    },
    CancelCommand: (i: ssm.CancelCommandCommandInput): ssm.CancelCommandCommandOutput => {
      const cmd = findCommand(i.CommandId);
      for (const inv of cmd.invocations) {
        if (i.InstanceIds?.length && !i.InstanceIds.includes(inv.instanceId)) continue;
        if (s.status(inv).end === undefined) inv.cancelledAt = world.now();
      }
      return { $metadata: {} };
    },
  };
}
