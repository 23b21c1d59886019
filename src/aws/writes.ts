// Every write the toolkit makes, with its rule for a retry after an ambiguous answer: AWS carried
// out the write, then answered 500 or the connection dropped, and the SDK sent it again. One table,
// one function; docs/writes.md is generated from the table and the chaos test proves it.
//
// `write(client, command, address)` sends the command and takes its operation from the command
// itself (the operation schema the SDK's command builder gives every command), so a call site names
// the operation once, by the command it builds. The types refuse a command without a rule here.
import { createHash } from 'node:crypto';
import type { Address } from './address.js';
import { checkApproved } from './approved-writes.js';
import { AwsOperationError, aws, codeOf } from './errors.js';
import { type OutputOf, operationOf, type Ruled, type SdkCommand } from './write-commands.js';

export type WriteRule =
  /** A repeat has the same effect and the same answer (updates, upserts, tag writes). */
  | { kind: 'idempotent'; why: string }
  /** The request carries a token derived from its content: AWS answers a repeat with the first result. */
  | { kind: 'client-token'; why: string }
  /** The repeat is refused as "already exists": find what exists, adopt it when it is ours, else fail. */
  | { kind: 'adopt'; codes: readonly string[]; why: string }
  /** The repeat is refused because the first attempt already did it: that refusal means done. */
  | { kind: 'done'; codes: readonly string[]; why: string }
  /** The caller compares with what exists first and treats an equal value as done. */
  | { kind: 'compare'; why: string }
  /** The repeat may run twice: the scripts take a lock and are idempotent, the wait follows the answer. */
  | { kind: 'rerun-safe'; why: string };

export const WRITE_RULES = {
  // EC2
  CreateSecurityGroup: {
    kind: 'adopt',
    codes: ['InvalidGroup.Duplicate'],
    why: 'adopt the group of that name in the VPC when it carries our cluster tag',
  },
  AuthorizeSecurityGroupIngress: {
    kind: 'done',
    codes: ['InvalidPermission.Duplicate'],
    why: 'the rule exists: the rest are added one by one',
  },
  RevokeSecurityGroupIngress: {
    kind: 'done',
    codes: ['InvalidPermission.NotFound', 'InvalidSecurityGroupRuleId.NotFound'],
    why: 'the rule is gone',
  },
  DeleteSecurityGroup: { kind: 'done', codes: ['InvalidGroup.NotFound'], why: 'the group is gone' },
  CreateLaunchTemplate: {
    kind: 'adopt',
    codes: ['InvalidLaunchTemplateName.AlreadyExistsException'],
    why: 'sent with a ClientToken from the name and content, so a repeat returns the template; a name taken otherwise is adopted when the template carries our cluster tag, refused when not',
  },
  CreateLaunchTemplateVersion: {
    kind: 'client-token',
    why: 'ClientToken from the template id, its latest version and the content: a repeat makes no second version',
  },
  ModifyLaunchTemplate: { kind: 'idempotent', why: 'setting the default version again changes nothing' },
  DeleteLaunchTemplate: {
    kind: 'done',
    codes: ['InvalidLaunchTemplateId.NotFound', 'InvalidLaunchTemplateName.NotFoundException'],
    why: 'the template is gone',
  },
  CreateImage: {
    kind: 'adopt',
    codes: ['InvalidAMIName.Duplicate'],
    why: 'adopt the image of that name when it carries our recipe tag; never bake a second',
  },
  DeregisterImage: {
    kind: 'done',
    codes: ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'],
    why: 'the image is gone',
  },
  DeleteSnapshot: { kind: 'done', codes: ['InvalidSnapshot.NotFound'], why: 'the snapshot is gone' },
  CreateTags: { kind: 'idempotent', why: 'the same tags again' },
  DeleteTags: { kind: 'idempotent', why: 'removing absent tags succeeds (EC2 and Auto Scaling alike)' },
  ModifyInstanceAttribute: {
    kind: 'idempotent',
    why: 'the same group list, or the same instance type, again',
  },
  ReplaceIamInstanceProfileAssociation: {
    kind: 'done',
    codes: ['InvalidAssociationID.NotFound'],
    why: 'a replace gives the instance a new association, so a repeat names one that is gone: the caller then reads the association again and waits for the profile it asked for',
  },
  AssociateIamInstanceProfile: {
    kind: 'done',
    codes: ['IncorrectState'],
    why: 'a repeat finds the association the first attempt made: the caller then reads it and waits for the profile it asked for',
  },
  ModifyVolume: {
    kind: 'adopt',
    codes: ['InvalidParameterCombination', 'IncorrectModificationState', 'VolumeModificationRateExceeded'],
    why: "a repeat meets the modification the first attempt started (or the size it set): the caller reads the volume's modification and adopts it when it asks for the same size",
  },
  TerminateInstances: { kind: 'idempotent', why: 'terminating a terminated instance succeeds' },
  RunInstances: {
    kind: 'client-token',
    why: 'ClientToken from the cluster, role and request: a repeat answers with the machine the first made (a terminated one spends the token, and the next generation is used)',
  },
  StartInstances: { kind: 'idempotent', why: 'starting a running instance succeeds' },
  StopInstances: { kind: 'idempotent', why: 'stopping a stopped instance succeeds' },
  // Elastic Load Balancing v2
  CreateLoadBalancer: {
    kind: 'adopt',
    codes: ['DuplicateLoadBalancerName', 'DuplicateLoadBalancerNameException'],
    why: 'ELBv2 answers a repeat with the same settings with the existing load balancer; a name taken with other settings is adopted when it carries our cluster tag',
  },
  CreateTargetGroup: {
    kind: 'adopt',
    codes: ['DuplicateTargetGroupName', 'DuplicateTargetGroupNameException'],
    why: 'ELBv2 answers a repeat with the same settings with the existing target group; a name taken otherwise is adopted when it carries our cluster tag, and its health settings converge',
  },
  CreateListener: {
    kind: 'adopt',
    codes: ['DuplicateListener', 'DuplicateListenerException'],
    why: 'ELBv2 returns the listener for identical settings; a port taken otherwise is adopted when it forwards to our target group',
  },
  ModifyListener: { kind: 'idempotent', why: 'the same default action again' },
  ModifyTargetGroup: { kind: 'idempotent', why: 'the same health settings again' },
  AddTags: { kind: 'idempotent', why: 'the same tags again' },
  RemoveTags: { kind: 'idempotent', why: 'removing absent tags succeeds' },
  SetSubnets: { kind: 'idempotent', why: 'the same subnets again' },
  SetSecurityGroups: { kind: 'idempotent', why: 'the same security groups again' },
  DeleteListener: {
    kind: 'done',
    codes: ['ListenerNotFound', 'ListenerNotFoundException'],
    why: 'the listener is gone',
  },
  DeleteLoadBalancer: {
    kind: 'done',
    codes: ['LoadBalancerNotFound', 'LoadBalancerNotFoundException'],
    why: 'the load balancer is gone (ELBv2 also answers a repeat with success)',
  },
  DeleteTargetGroup: {
    kind: 'done',
    codes: ['TargetGroupNotFound', 'TargetGroupNotFoundException'],
    why: 'the target group is gone',
  },
  // Auto Scaling
  CreateAutoScalingGroup: {
    kind: 'adopt',
    codes: ['AlreadyExists', 'AlreadyExistsFault'],
    why: 'adopt the group of that name when it carries our cluster tag, then converge its settings',
  },
  UpdateAutoScalingGroup: { kind: 'idempotent', why: 'the same settings again' },
  EnableMetricsCollection: { kind: 'idempotent', why: 'enabling enabled metrics changes nothing' },
  PutScheduledUpdateGroupAction: { kind: 'idempotent', why: 'an upsert by action name' },
  CreateOrUpdateTags: { kind: 'idempotent', why: 'an upsert by tag key' },
  AttachLoadBalancerTargetGroups: {
    kind: 'idempotent',
    why: 'attaching an attached target group changes nothing',
  },
  DetachLoadBalancerTargetGroups: { kind: 'idempotent', why: 'detaching a detached target group succeeds' },
  StartInstanceRefresh: {
    kind: 'adopt',
    codes: ['InstanceRefreshInProgress', 'InstanceRefreshInProgressFault'],
    why: 'the refresh the first attempt started is followed',
  },
  DeleteAutoScalingGroup: {
    kind: 'done',
    codes: ['ValidationError:not found'],
    why: 'the group is gone (Auto Scaling says so as a ValidationError)',
  },
  // Systems Manager
  PutParameter: {
    kind: 'compare',
    why: 'on ParameterAlreadyExists the stored value is read and compared: equal is done, else overwritten',
  },
  AddTagsToResource: { kind: 'idempotent', why: 'the same tags again' },
  RemoveTagsFromResource: { kind: 'idempotent', why: 'removing a key that is gone removes nothing' },
  DeleteParameter: { kind: 'done', codes: ['ParameterNotFound'], why: 'the parameter is gone' },
  SendCommand: {
    kind: 'rerun-safe',
    why: 'a repeat may start a second command: every script is idempotent and takes a lock on the instance, and the wait follows the command that answered',
  },
} as const satisfies Record<string, WriteRule>;

export type WriteOperation = keyof typeof WRITE_RULES;

/** The rule of an operation; an operation without one is refused before anything is sent. */
export function ruleOf(operation: string): WriteRule {
  const rule = (WRITE_RULES as Record<string, WriteRule>)[operation];
  if (!Object.hasOwn(WRITE_RULES, operation) || !rule)
    throw new Error(`${operation} has no write rule: add one to WRITE_RULES in src/aws/writes.ts`);
  return rule;
}

/** What a write came to: its own answer, or the proof that an earlier attempt did it. */
export type Written<T, A = T> = { answer: T } | { done: 'already' } | { adopted: A };

function matches(err: unknown, codes: readonly string[]): boolean {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : '';
  return codes.some((c) => {
    const [name, text] = c.split(':');
    return name === code && (text === undefined || message.includes(text));
  });
}

/**
 * Make one write under its rule: `client` sends `command`, whose operation names the rule, and a
 * failure names `address` (one resource, or each of several a write touches at once). `adopt` (for
 * adopt rules) finds what exists and returns it when it is ours; it throws a clear error for a
 * foreign resource of that name.
 */
export async function write<C extends SdkCommand, A = OutputOf<C>>(
  client: { send(command: NoInfer<C>): Promise<NoInfer<OutputOf<C>>> },
  command: C & Ruled<C>,
  address: Address | readonly Address[],
  opts: { adopt?: (err: AwsOperationError) => Promise<A> } = {},
): Promise<Written<OutputOf<C>, A>> {
  const operation = operationOf(command);
  const rule = ruleOf(operation);
  checkApproved(operation, address, command.input);
  try {
    return { answer: await aws(operation, address, () => client.send(command)) };
  } catch (err) {
    if (!(err instanceof AwsOperationError)) throw err;
    if (rule.kind === 'done' && matches(err, rule.codes)) return { done: 'already' };
    if (rule.kind === 'adopt' && matches(err, rule.codes)) {
      if (!opts.adopt) throw new Error(`write ${operation}: the adopt rule needs an adopt function`);
      return { adopted: await opts.adopt(err) };
    }
    throw err;
  }
}

/** The answer of a write that must produce one (creates whose rule is not "done"). */
export function answerOf<T>(w: Written<T, T>): T | undefined {
  return 'answer' in w ? w.answer : 'adopted' in w ? w.adopted : undefined;
}

/** A ClientToken from what makes a request what it is: a repeat carries the same one. */
export function clientToken(...parts: unknown[]): string {
  // Up to 64 ASCII characters (EC2's limit).
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 64);
}

/** The table as Markdown, for docs/writes.md. */
export function writesMarkdown(provenBy: Record<string, string>): string {
  const rows = Object.entries(WRITE_RULES as Record<string, WriteRule>).map(([op, rule]) => {
    const codes = 'codes' in rule ? ` (${rule.codes.map((c) => `\`${c.split(':')[0]}\``).join(', ')})` : '';
    return `| \`${op}\` | ${rule.kind}${codes} | ${rule.why} | ${provenBy[op] ?? provenBy['*'] ?? 'not proven yet'} |`;
  });
  return [
    '# Writes and their retry rules',
    '',
    'Generated from `src/aws/writes.ts` by `npm run build`; edit the table there.',
    '',
    'AWS sometimes carries out a write and then answers 500, or the connection drops after it; the',
    'SDK then sends the same write again. Each write the toolkit makes has one rule for that repeat,',
    'applied by `write(client, command, address)` in `src/aws/writes.ts`, not per action: it takes',
    'the operation from the SDK command itself and looks up its rule; a command without one does not',
    'type-check, and is refused before it is sent. The address (`src/aws/address.ts`: kind, name, and',
    'where needed id, cluster, field) names the resource in the error of a failed write, as data too.',
    '',
    '"chaos" is `test/chaos/ambiguous-writes.test.ts`: cluster-up, a no-change re-run, an apply of a',
    'change, destroy and the sweeper on 20 seeds, with 20 % of mutating calls carried out and then',
    'answered with a 500 or a dropped connection and 10 % throttled; it checks that nothing is',
    'duplicated or left behind, and that every write it makes met an ambiguous answer at least once.',
    '`test/chaos/ambiguous-load-test.test.ts` runs a load test (a real Locust on 127.0.0.1) on the',
    'same faults for the same 20 seeds, then destroy. The moto lane runs its day once behind a',
    'fault-injecting proxy (`test/fixtures/fault-proxy.ts`).',
    'Writes those scenarios do not make are proven one at a time in `test/aws/writes.test.ts`.',
    '',
    '| write | rule | what happens on a repeat | proven by |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
