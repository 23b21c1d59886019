// The SDK command of each write, for write(): a call site names the command it sends, and the
// operation (and so the rule) comes from the command. At run time from the operation schema the
// SDK's command builder gives every command; at compile time from the command's input type, so a
// command without a rule in WRITE_RULES does not type-check as a write. Types only from the SDK:
// nothing here loads a client.
import type {
  DeleteTagsCommand as AsgDeleteTagsCommand,
  AttachLoadBalancerTargetGroupsCommand,
  CreateAutoScalingGroupCommand,
  CreateOrUpdateTagsCommand,
  DeleteAutoScalingGroupCommand,
  DetachLoadBalancerTargetGroupsCommand,
  EnableMetricsCollectionCommand,
  PutScheduledUpdateGroupActionCommand,
  StartInstanceRefreshCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import type {
  AssociateIamInstanceProfileCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteLaunchTemplateCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  ModifyInstanceAttributeCommand,
  ModifyLaunchTemplateCommand,
  ModifyVolumeCommand,
  ReplaceIamInstanceProfileAssociationCommand,
  RevokeSecurityGroupIngressCommand,
  RunInstancesCommand,
  StartInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import type {
  AddTagsCommand,
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateTargetGroupCommand,
  DeleteListenerCommand,
  DeleteLoadBalancerCommand,
  DeleteTargetGroupCommand,
  ModifyListenerCommand,
  ModifyTargetGroupCommand,
  RemoveTagsCommand,
  SetSecurityGroupsCommand,
  SetSubnetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type {
  AddTagsToResourceCommand,
  DeleteParameterCommand,
  PutParameterCommand,
  RemoveTagsFromResourceCommand,
  SendCommandCommand,
} from '@aws-sdk/client-ssm';
import type { WriteOperation } from './writes.js';

/** The SDK command of each write (types only: nothing here loads a client). */
interface WriteCommands {
  CreateSecurityGroup: CreateSecurityGroupCommand;
  AuthorizeSecurityGroupIngress: AuthorizeSecurityGroupIngressCommand;
  RevokeSecurityGroupIngress: RevokeSecurityGroupIngressCommand;
  DeleteSecurityGroup: DeleteSecurityGroupCommand;
  CreateLaunchTemplate: CreateLaunchTemplateCommand;
  CreateLaunchTemplateVersion: CreateLaunchTemplateVersionCommand;
  ModifyLaunchTemplate: ModifyLaunchTemplateCommand;
  DeleteLaunchTemplate: DeleteLaunchTemplateCommand;
  CreateImage: CreateImageCommand;
  DeregisterImage: DeregisterImageCommand;
  DeleteSnapshot: DeleteSnapshotCommand;
  CreateTags: CreateTagsCommand;
  /** EC2's (instances, security groups) and Auto Scaling's (groups): one operation name, one rule. */
  DeleteTags: DeleteTagsCommand | AsgDeleteTagsCommand;
  ModifyInstanceAttribute: ModifyInstanceAttributeCommand;
  ModifyVolume: ModifyVolumeCommand;
  ReplaceIamInstanceProfileAssociation: ReplaceIamInstanceProfileAssociationCommand;
  AssociateIamInstanceProfile: AssociateIamInstanceProfileCommand;
  TerminateInstances: TerminateInstancesCommand;
  RunInstances: RunInstancesCommand;
  StartInstances: StartInstancesCommand;
  StopInstances: StopInstancesCommand;
  CreateLoadBalancer: CreateLoadBalancerCommand;
  CreateTargetGroup: CreateTargetGroupCommand;
  CreateListener: CreateListenerCommand;
  ModifyListener: ModifyListenerCommand;
  ModifyTargetGroup: ModifyTargetGroupCommand;
  AddTags: AddTagsCommand;
  RemoveTags: RemoveTagsCommand;
  SetSubnets: SetSubnetsCommand;
  SetSecurityGroups: SetSecurityGroupsCommand;
  DeleteListener: DeleteListenerCommand;
  DeleteLoadBalancer: DeleteLoadBalancerCommand;
  DeleteTargetGroup: DeleteTargetGroupCommand;
  CreateAutoScalingGroup: CreateAutoScalingGroupCommand;
  UpdateAutoScalingGroup: UpdateAutoScalingGroupCommand;
  EnableMetricsCollection: EnableMetricsCollectionCommand;
  PutScheduledUpdateGroupAction: PutScheduledUpdateGroupActionCommand;
  CreateOrUpdateTags: CreateOrUpdateTagsCommand;
  AttachLoadBalancerTargetGroups: AttachLoadBalancerTargetGroupsCommand;
  DetachLoadBalancerTargetGroups: DetachLoadBalancerTargetGroupsCommand;
  StartInstanceRefresh: StartInstanceRefreshCommand;
  DeleteAutoScalingGroup: DeleteAutoScalingGroupCommand;
  PutParameter: PutParameterCommand;
  AddTagsToResource: AddTagsToResourceCommand;
  RemoveTagsFromResource: RemoveTagsFromResourceCommand;
  DeleteParameter: DeleteParameterCommand;
  SendCommand: SendCommandCommand;
}

/** What write() needs of an SDK command: its input, its operation schema, and (for the types) its output. */
export interface SdkCommand<O = unknown> {
  readonly input: object;
  /** Set by the SDK's command builder: `[9, namespace, operation, traits, input, output]`, or `{ name, ... }`. */
  readonly schema?: unknown;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's own signature, read only for its output type
  resolveMiddleware(stack: any, configuration: any, options: any): (args: any) => Promise<{ output: O }>;
}

export type OutputOf<C> = C extends SdkCommand<infer O> ? O : never;

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;

/**
 * The write a command type is, by its input (the SDK's command types carry no operation name):
 * the same fields as that write's input, and assignable to it. `never` for any other command.
 * Every operation of WRITE_RULES must have its command in WriteCommands, or this does not compile.
 */
export type WriteOperationOf<C extends SdkCommand> = {
  [K in WriteOperation]: MatchOne<C, WriteCommands[K], K>;
}[WriteOperation];

/** K when C's input is one of W's (W may be a union: one operation name in two services). */
type MatchOne<C extends SdkCommand, W, K> = W extends SdkCommand
  ? SameKeys<C['input'], W['input']> extends true
    ? C['input'] extends W['input']
      ? K
      : never
    : never
  : never;

/** A command whose operation has no rule in WRITE_RULES does not type-check as a write. */
export type Ruled<C extends SdkCommand> = [WriteOperationOf<C>] extends [never]
  ? { 'this command has no rule in WRITE_RULES (src/aws/writes.ts)': never }
  : unknown;

/**
 * The operation a command sends, from the operation schema the SDK's command builder attaches to
 * every command (not the class name, which a minifier may change).
 */
export function operationOf(command: { readonly schema?: unknown }): string {
  const s = command.schema;
  const name = Array.isArray(s)
    ? s[2]
    : s && typeof s === 'object'
      ? (s as { name?: unknown }).name
      : undefined;
  if (typeof name !== 'string' || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error('this command carries no operation schema: is it an AWS SDK v3 command?');
  return name;
}
