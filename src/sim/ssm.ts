// Simulated Systems Manager: Run Command (AWS-RunShellScript to instance ids or tag targets, with
// per-instance invocations Pending -> InProgress -> Success/Failed/TimedOut and AWS's output
// limits) and Parameter Store (String and SecureString). What a script does on an instance is
// decided by a pluggable handler.
import type * as ssm from '@aws-sdk/client-ssm';
import type { Ec2State, SimInstance } from './ec2.js';
import { awsError } from './errors.js';
import { page, type Tags, tagList, tagsFrom, type World } from './world.js';

export interface CommandContext {
  instance: SimInstance;
  /** The commands joined as one script, as the agent runs them. */
  script: string;
  comment: string;
}

export interface CommandResult {
  exitCode: number;
  stdout?: string;
  stderr?: string;
  /** How long the script runs, in seconds of simulated time. */
  seconds?: number;
}

export type CommandHandler = (ctx: CommandContext) => CommandResult | Promise<CommandResult>;

/** AWS returns at most this much of each stream from GetCommandInvocation. */
export const STDOUT_LIMIT = 24_000;
export const STDERR_LIMIT = 8_000;
const MAX_INSTANCE_IDS = 50;
const VALUE_LIMIT = 4096;

interface Invocation {
  commandId: string;
  instanceId: string;
  createdAt: number;
  startAt: number;
  timeoutMs: number;
  result?: CommandResult;
  cancelledAt?: number;
}

interface Command {
  id: string;
  comment: string;
  documentName: string;
  createdAt: number;
  invocations: Invocation[];
}

interface Parameter {
  name: string;
  type: string;
  value: string;
  cipher: string;
  version: number;
  description?: string;
  tags: Tags;
  modifiedAt: number;
}

export class SsmState {
  readonly commands = new Map<string, Command>();
  readonly parameters = new Map<string, Parameter>();
  handler: CommandHandler = () => ({ exitCode: 0, seconds: 1 });

  constructor(private readonly world: World) {}

  status(inv: Invocation): { status: string; end?: number } {
    const now = this.world.now();
    if (inv.cancelledAt !== undefined) return { status: 'Cancelled', end: inv.cancelledAt };
    if (now < inv.startAt) return { status: 'Pending' };
    if (!inv.result) return { status: 'InProgress' };
    const ms = this.world.ms(inv.result.seconds ?? 0);
    if (ms > inv.timeoutMs) {
      return now >= inv.startAt + inv.timeoutMs
        ? { status: 'TimedOut', end: inv.startAt + inv.timeoutMs }
        : { status: 'InProgress' };
    }
    if (now < inv.startAt + ms) return { status: 'InProgress' };
    return { status: inv.result.exitCode === 0 ? 'Success' : 'Failed', end: inv.startAt + ms };
  }
}

function commandStatus(states: string[]): string {
  if (states.length === 0) return 'Success';
  if (states.some((s) => s === 'Pending' || s === 'InProgress'))
    return states.every((s) => s === 'Pending') ? 'Pending' : 'InProgress';
  if (states.some((s) => s === 'TimedOut')) return 'TimedOut';
  if (states.some((s) => s === 'Failed')) return 'Failed';
  if (states.some((s) => s === 'Cancelled')) return 'Cancelled';
  return 'Success';
}

export function ssmService(world: World, ec2: Ec2State, s: SsmState) {
  const findCommand = (id: string | undefined): Command => {
    const c = s.commands.get(id ?? '');
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
      inv.result = r;
    };
    if (world.faults.ssmFailInstance(inst.id)) {
      done({ exitCode: 1, stderr: `simulated failure injected on ${inst.id}\n`, seconds: 1 });
    } else {
      Promise.resolve()
        .then(() => s.handler({ instance: inst, script, comment: cmd.comment }))
        .then(done, (err: unknown) =>
          done({ exitCode: 1, stderr: `${err instanceof Error ? err.message : String(err)}\n`, seconds: 0 }),
        );
    }
    return inv;
  };

  const paramOut = (p: Parameter, decrypt: boolean): ssm.Parameter => ({
    Name: p.name,
    Type: p.type as ssm.ParameterType,
    Value: p.type === 'SecureString' && !decrypt ? p.cipher : p.value,
    Version: p.version,
    LastModifiedDate: new Date(Math.max(0, p.modifiedAt)),
    ARN: `arn:aws:ssm:${world.region}:${world.accountId}:parameter${p.name.startsWith('/') ? '' : '/'}${p.name}`,
    DataType: 'text',
  });

  const findParam = (name: string | undefined): Parameter => {
    const p = s.parameters.get(name ?? '');
    if (!p || !world.visible(p.modifiedAt))
      throw awsError('ParameterNotFound', `Parameter ${name} not found.`);
    return p;
  };

  const handlers = {
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
              const key = t.Key ?? '';
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
        comment: i.Comment ?? '',
        documentName: i.DocumentName,
        createdAt: world.now(),
        invocations: [],
      };
      if (cmd.comment.length > 100)
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
    GetCommandInvocation: (
      i: ssm.GetCommandInvocationCommandInput,
    ): ssm.GetCommandInvocationCommandOutput => {
      const cmd = s.commands.get(i.CommandId ?? '');
      const inv = cmd?.invocations.find((x) => x.instanceId === i.InstanceId);
      if (!cmd || !inv || !world.visible(inv.createdAt)) throw awsError('InvocationDoesNotExist', '');
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
        StandardOutputContent: ended ? (r?.stdout ?? '').slice(0, STDOUT_LIMIT) : '',
        StandardErrorContent: ended ? (r?.stderr ?? '').slice(0, STDERR_LIMIT) : '',
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
                      Output: (inv.result?.stdout ?? '').slice(0, 2500),
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

    PutParameter: (i: ssm.PutParameterCommandInput): ssm.PutParameterCommandOutput => {
      const name = i.Name ?? '';
      if (
        !/^[a-zA-Z0-9_.\-/]{1,2048}$/.test(name) ||
        /^\/?(aws|ssm)/i.test(name) ||
        name.split('/').length > 16
      ) {
        throw awsError(
          'ValidationException',
          `Parameter name ${JSON.stringify(name)} is not valid: letters, digits, _ . - /, at most 15 levels, not beginning with aws or ssm`,
        );
      }
      const value = i.Value ?? '';
      if (value.length === 0 || value.length > VALUE_LIMIT) {
        throw awsError(
          'ValidationException',
          `Standard tier parameters support a value of 1 to ${VALUE_LIMIT} characters.`,
        );
      }
      if (i.Overwrite && i.Tags?.length) {
        throw awsError(
          'ValidationException',
          "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
        );
      }
      const prior = s.parameters.get(name);
      if (prior && !i.Overwrite) {
        throw awsError(
          'ParameterAlreadyExists',
          'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
        );
      }
      const type = i.Type ?? prior?.type;
      if (!type)
        throw awsError('ValidationException', 'A parameter type is required when you create a parameter.');
      const p: Parameter = {
        name,
        type,
        value,
        cipher: `AQICAH${world.id('k').slice(2)}${Buffer.from(String(world.random())).toString('base64')}`,
        version: (prior?.version ?? 0) + 1,
        tags: prior?.tags ?? tagsFrom(i.Tags),
        modifiedAt: world.now(),
        ...(i.Description ? { description: i.Description } : {}),
      };
      s.parameters.set(name, p);
      return { $metadata: {}, Version: p.version, Tier: 'Standard' };
    },
    GetParameter: (i: ssm.GetParameterCommandInput): ssm.GetParameterCommandOutput => ({
      $metadata: {},
      Parameter: paramOut(findParam(i.Name), i.WithDecryption ?? false),
    }),
    GetParameters: (i: ssm.GetParametersCommandInput): ssm.GetParametersCommandOutput => {
      const names = i.Names ?? [];
      if (names.length > 10)
        throw awsError('ValidationException', 'Names must have length less than or equal to 10');
      const found = names
        .map((n) => s.parameters.get(n))
        .filter((p): p is Parameter => !!p && world.visible(p.modifiedAt));
      return {
        $metadata: {},
        Parameters: found.map((p) => paramOut(p, i.WithDecryption ?? false)),
        InvalidParameters: names.filter((n) => !found.some((p) => p.name === n)),
      };
    },
    DeleteParameter: (i: ssm.DeleteParameterCommandInput): ssm.DeleteParameterCommandOutput => {
      s.parameters.delete(findParam(i.Name).name);
      return { $metadata: {} };
    },
    DescribeParameters: (i: ssm.DescribeParametersCommandInput): ssm.DescribeParametersCommandOutput => {
      const list = [...s.parameters.values()]
        .filter((p) => world.visible(p.modifiedAt))
        .filter((p) =>
          (i.ParameterFilters ?? []).every((f) => {
            const values = f.Values ?? [];
            const key = f.Key ?? '';
            if (key.startsWith('tag:')) return values.includes(p.tags[key.slice(4)] ?? '\u0000');
            if (key === 'Name')
              return values.some((v) => (f.Option === 'BeginsWith' ? p.name.startsWith(v) : p.name === v));
            if (key === 'Type') return values.includes(p.type);
            if (key === 'Path') return values.some((v) => p.name.startsWith(v.endsWith('/') ? v : `${v}/`));
            throw awsError('InvalidFilterKey', `The filter key ${key} is not valid`);
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken, 50);
      return {
        $metadata: {},
        Parameters: p.items.map((x) => ({
          Name: x.name,
          Type: x.type as ssm.ParameterType,
          Version: x.version,
          LastModifiedDate: new Date(Math.max(0, x.modifiedAt)),
          Tier: 'Standard',
        })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    AddTagsToResource: (i: ssm.AddTagsToResourceCommandInput): ssm.AddTagsToResourceCommandOutput => {
      if (i.ResourceType !== 'Parameter')
        throw awsError('InvalidResourceType', `Resource type ${i.ResourceType} is not simulated`);
      Object.assign(findParam(i.ResourceId).tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    RemoveTagsFromResource: (
      i: ssm.RemoveTagsFromResourceCommandInput,
    ): ssm.RemoveTagsFromResourceCommandOutput => {
      const p = findParam(i.ResourceId);
      for (const k of i.TagKeys ?? []) delete p.tags[k];
      return { $metadata: {} };
    },
    ListTagsForResource: (i: ssm.ListTagsForResourceCommandInput): ssm.ListTagsForResourceCommandOutput => ({
      $metadata: {},
      TagList: tagList(findParam(i.ResourceId).tags),
    }),
  };

  return {
    name: 'SSM',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => /^(Get|List|Describe)/.test(k))),
  };
}
