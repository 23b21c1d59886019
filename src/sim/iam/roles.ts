// Simulated IAM roles: trust policy, inline policies, attached managed policies and tags, with
// AWS's refusals (EntityAlreadyExists, NoSuchEntity, DeleteConflict while a role still has
// policies or sits in an instance profile). A role created within the consistency window is not
// yet visible to reads (GetRole answers NoSuchEntity), as IAM's eventual consistency can.
import type * as iam from '@aws-sdk/client-iam';
import type { World } from '../world.js';
import {
  alreadyExists,
  date,
  deleteConflict,
  encoded,
  iamName,
  noSuchEntity,
  policyDocument,
  tagsIn,
  tagsOut,
} from './common.js';
import { AWS_MANAGED_POLICIES, type IamState, type SimRole } from './state.js';

export function roleHandlers(world: World, s: IamState) {
  const role = (name: string | undefined, read = false): SimRole => {
    const r = s.roles.get(iamName(name, 'RoleName'));
    if (!r || (read && !world.visible(r.createdAt))) throw noSuchEntity(`role with name ${name}`);
    return r;
  };
  const roleOut = (r: SimRole): iam.Role => ({
    RoleName: r.name,
    RoleId: r.id,
    Arn: s.roleArn(r),
    Path: r.path,
    CreateDate: date(r.createdAt),
    AssumeRolePolicyDocument: encoded(r.trust),
    ...(r.description ? { Description: r.description } : {}),
    ...(tagsOut(r.tags) ? { Tags: tagsOut(r.tags) } : {}),
  });
  const managed = (arn: string | undefined): string => {
    if (!arn || !(arn in AWS_MANAGED_POLICIES)) throw noSuchEntity(`policy ${arn}`);
    return arn;
  };

  return {
    CreateRole: (i: iam.CreateRoleCommandInput): iam.CreateRoleCommandOutput => {
      const name = iamName(i.RoleName, 'RoleName');
      if (s.roles.has(name)) throw alreadyExists(`Role with name ${name}`);
      const r: SimRole = {
        name,
        id: world.id('AROA').replace('-', '').toUpperCase(),
        path: i.Path ?? '/',
        createdAt: world.now(),
        trust: policyDocument(i.AssumeRolePolicyDocument, 'AssumeRolePolicyDocument'),
        ...(i.Description ? { description: i.Description } : {}),
        inline: new Map(),
        attached: new Set(),
        tags: tagsIn(i.Tags),
      };
      s.roles.set(name, r);
      return { $metadata: {}, Role: roleOut(r) };
    },
    GetRole: (i: iam.GetRoleCommandInput): iam.GetRoleCommandOutput => ({
      $metadata: {},
      Role: roleOut(role(i.RoleName, true)),
    }),
    TagRole: (i: iam.TagRoleCommandInput) => {
      const r = role(i.RoleName);
      r.tags = { ...r.tags, ...tagsIn(i.Tags) };
      return { $metadata: {} };
    },
    UpdateAssumeRolePolicy: (i: iam.UpdateAssumeRolePolicyCommandInput) => {
      role(i.RoleName).trust = policyDocument(i.PolicyDocument, 'PolicyDocument');
      return { $metadata: {} };
    },
    DeleteRole: (i: iam.DeleteRoleCommandInput) => {
      const r = role(i.RoleName);
      if (r.inline.size || r.attached.size)
        throw deleteConflict('Cannot delete entity, must delete policies first.');
      if ([...s.profiles.values()].some((p) => p.roles.includes(r.name)))
        throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
      s.roles.delete(r.name);
      return { $metadata: {} };
    },
    PutRolePolicy: (i: iam.PutRolePolicyCommandInput) => {
      const r = role(i.RoleName);
      r.inline.set(
        iamName(i.PolicyName, 'PolicyName', 128),
        policyDocument(i.PolicyDocument, 'PolicyDocument'),
      );
      return { $metadata: {} };
    },
    GetRolePolicy: (i: iam.GetRolePolicyCommandInput): iam.GetRolePolicyCommandOutput => {
      const r = role(i.RoleName, true);
      const doc = r.inline.get(iamName(i.PolicyName, 'PolicyName', 128));
      if (doc === undefined) throw noSuchEntity(`role policy with name ${i.PolicyName}`);
      return { $metadata: {}, RoleName: r.name, PolicyName: i.PolicyName, PolicyDocument: encoded(doc) };
    },
    DeleteRolePolicy: (i: iam.DeleteRolePolicyCommandInput) => {
      const r = role(i.RoleName);
      if (!r.inline.delete(iamName(i.PolicyName, 'PolicyName', 128)))
        throw noSuchEntity(`role policy with name ${i.PolicyName}`);
      return { $metadata: {} };
    },
    ListRolePolicies: (i: iam.ListRolePoliciesCommandInput): iam.ListRolePoliciesCommandOutput => ({
      $metadata: {},
      PolicyNames: [...role(i.RoleName, true).inline.keys()].sort(),
      IsTruncated: false,
    }),
    AttachRolePolicy: (i: iam.AttachRolePolicyCommandInput) => {
      role(i.RoleName).attached.add(managed(i.PolicyArn));
      return { $metadata: {} };
    },
    DetachRolePolicy: (i: iam.DetachRolePolicyCommandInput) => {
      const r = role(i.RoleName);
      if (!i.PolicyArn || !r.attached.delete(i.PolicyArn))
        throw noSuchEntity(`policy ${i.PolicyArn} attached to ${r.name}`);
      return { $metadata: {} };
    },
    ListAttachedRolePolicies: (
      i: iam.ListAttachedRolePoliciesCommandInput,
    ): iam.ListAttachedRolePoliciesCommandOutput => ({
      $metadata: {},
      AttachedPolicies: [...role(i.RoleName, true).attached].sort().map((PolicyArn) => ({
        PolicyArn,
        PolicyName: PolicyArn.split('/').at(-1),
      })),
      IsTruncated: false,
    }),
  };
}
