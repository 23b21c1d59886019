// Simulated instance profiles (one role each, as AWS allows), GitHub-style OpenID Connect
// providers, and SimulatePrincipalPolicy as far as the preflight uses it: each action on each
// resource given (or "*"), decided by the enforcer's own evaluation (./evaluate.ts) on the context
// entries given and the caller's account. Permission boundaries and SCPs are not modelled.
import type * as iam from '@aws-sdk/client-iam';
import type { PolicyDocument } from '../../iam/policies.js';
import { awsError } from '../errors.js';
import { missingParameter } from '../params.js';
import type { World } from '../world.js';
import { alreadyExists, date, deleteConflict, iamName, noSuchEntity, tagsIn, tagsOut } from './common.js';
import { decide } from './evaluate.js';
import { AWS_MANAGED_POLICIES, type IamState, type SimInstanceProfile } from './state.js';

/** The role the simulated STS answers for the caller: unrestricted unless an enforcer says otherwise. */
export const SIMULATED_CALLER_ROLE = 'akrida-ops-simulated';

export function profileHandlers(world: World, s: IamState) {
  const profile = (name: string | undefined, read = false): SimInstanceProfile => {
    const p = s.profiles.get(iamName(name, 'InstanceProfileName', 128));
    if (!p || (read && !world.visible(p.createdAt))) throw noSuchEntity(`Instance Profile ${name}`);
    return p;
  };
  const provider = (arn: string | undefined) => {
    const p = arn ? s.providers.get(arn) : undefined;
    if (!p) throw noSuchEntity(`OpenIDConnect provider ${arn}`);
    return p;
  };
  const profileOut = (p: SimInstanceProfile): iam.InstanceProfile => ({
    InstanceProfileName: p.name,
    InstanceProfileId: p.id,
    Arn: s.profileArn(p),
    Path: p.path,
    CreateDate: date(p.createdAt),
    Roles: p.roles.flatMap((n) => {
      const r = s.roles.get(n);
      return r
        ? [{ RoleName: r.name, RoleId: r.id, Arn: s.roleArn(r), Path: r.path, CreateDate: date(r.createdAt) }]
        : [];
    }),
    ...(tagsOut(p.tags) ? { Tags: tagsOut(p.tags) } : {}),
  });
  const policiesOf = (roleName: string): PolicyDocument[] => {
    if (s.callerPolicy?.roleName === roleName) return [s.callerPolicy.policy];
    const r = s.roles.get(roleName);
    if (!r || !world.visible(r.createdAt)) throw noSuchEntity(`role with name ${roleName}`);
    return [
      ...[...r.inline.values()].map((d) => JSON.parse(d) as PolicyDocument),
      ...[...r.attached].flatMap((a) => (AWS_MANAGED_POLICIES[a] ? [AWS_MANAGED_POLICIES[a]] : [])),
    ];
  };

  return {
    CreateInstanceProfile: (
      i: iam.CreateInstanceProfileCommandInput,
    ): iam.CreateInstanceProfileCommandOutput => {
      const name = iamName(i.InstanceProfileName, 'InstanceProfileName', 128);
      if (s.profiles.has(name)) throw alreadyExists(`Instance Profile ${name}`);
      const p: SimInstanceProfile = {
        name,
        id: world.id('AIPA').replace('-', '').toUpperCase(),
        path: i.Path ?? '/',
        createdAt: world.now(),
        roles: [],
        tags: tagsIn(i.Tags),
      };
      s.profiles.set(name, p);
      return { $metadata: {}, InstanceProfile: profileOut(p) };
    },
    GetInstanceProfile: (i: iam.GetInstanceProfileCommandInput): iam.GetInstanceProfileCommandOutput => ({
      $metadata: {},
      InstanceProfile: profileOut(profile(i.InstanceProfileName, true)),
    }),
    AddRoleToInstanceProfile: (i: iam.AddRoleToInstanceProfileCommandInput) => {
      const p = profile(i.InstanceProfileName);
      const role = s.roles.get(iamName(i.RoleName, 'RoleName'));
      if (!role) throw noSuchEntity(`role with name ${i.RoleName}`);
      if (p.roles.length)
        throw awsError('LimitExceeded', 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1', 409);
      p.roles.push(role.name);
      return { $metadata: {} };
    },
    RemoveRoleFromInstanceProfile: (i: iam.RemoveRoleFromInstanceProfileCommandInput) => {
      const p = profile(i.InstanceProfileName);
      if (!i.RoleName || !p.roles.includes(i.RoleName))
        throw noSuchEntity(`role ${i.RoleName} in Instance Profile ${p.name}`);
      p.roles = p.roles.filter((r) => r !== i.RoleName);
      return { $metadata: {} };
    },
    DeleteInstanceProfile: (i: iam.DeleteInstanceProfileCommandInput) => {
      const p = profile(i.InstanceProfileName);
      if (p.roles.length)
        throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
      s.profiles.delete(p.name);
      return { $metadata: {} };
    },
    CreateOpenIDConnectProvider: (
      i: iam.CreateOpenIDConnectProviderCommandInput,
    ): iam.CreateOpenIDConnectProviderCommandOutput => {
      if (!i.Url) throw missingParameter('IAM', 'Url');
      if (!/^https:\/\/[^/\s]+/.test(i.Url))
        throw awsError('ValidationError', 'Url must begin with https://');
      const host = i.Url.replace(/^https:\/\//, '').replace(/\/$/, '');
      const arn = `arn:aws:iam::${world.accountId}:oidc-provider/${host}`;
      if (s.providers.has(arn)) throw alreadyExists(`Provider with url ${i.Url}`);
      s.providers.set(arn, {
        arn,
        url: host,
        createdAt: world.now(),
        clientIds: [...(i.ClientIDList ?? [])],
        thumbprints: [...(i.ThumbprintList ?? [])],
        tags: tagsIn(i.Tags),
      });
      return { $metadata: {}, OpenIDConnectProviderArn: arn, Tags: i.Tags };
    },
    GetOpenIDConnectProvider: (
      i: iam.GetOpenIDConnectProviderCommandInput,
    ): iam.GetOpenIDConnectProviderCommandOutput => {
      const p = provider(i.OpenIDConnectProviderArn);
      return {
        $metadata: {},
        Url: p.url,
        ClientIDList: [...p.clientIds],
        ThumbprintList: [...p.thumbprints],
        CreateDate: date(p.createdAt),
        ...(tagsOut(p.tags) ? { Tags: tagsOut(p.tags) } : {}),
      };
    },
    ListOpenIDConnectProviders: (): iam.ListOpenIDConnectProvidersCommandOutput => ({
      $metadata: {},
      OpenIDConnectProviderList: [...s.providers.keys()].map((Arn) => ({ Arn })),
    }),
    AddClientIDToOpenIDConnectProvider: (i: iam.AddClientIDToOpenIDConnectProviderCommandInput) => {
      const p = provider(i.OpenIDConnectProviderArn);
      if (i.ClientID && !p.clientIds.includes(i.ClientID)) p.clientIds.push(i.ClientID);
      return { $metadata: {} };
    },
    DeleteOpenIDConnectProvider: (i: iam.DeleteOpenIDConnectProviderCommandInput) => {
      s.providers.delete(provider(i.OpenIDConnectProviderArn).arn);
      return { $metadata: {} };
    },
    SimulatePrincipalPolicy: (
      i: iam.SimulatePrincipalPolicyCommandInput,
    ): iam.SimulatePrincipalPolicyCommandOutput => {
      const arn = i.PolicySourceArn;
      if (!arn) throw missingParameter('IAM', 'PolicySourceArn');
      const m = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
      if (!m || m[1] !== world.accountId) throw noSuchEntity(`entity ${arn}`);
      const name = m[2] as string;
      const unrestricted = name === SIMULATED_CALLER_ROLE && s.callerPolicy?.roleName !== name;
      const docs = unrestricted ? [] : policiesOf(name);
      const context = {
        'aws:PrincipalAccount': world.accountId,
        ...Object.fromEntries(
          (i.ContextEntries ?? []).flatMap((e) =>
            e.ContextKeyName ? [[e.ContextKeyName, e.ContextKeyValues ?? []]] : [],
          ),
        ),
      };
      const resources = i.ResourceArns?.length ? i.ResourceArns : ['*'];
      return {
        $metadata: {},
        IsTruncated: false,
        EvaluationResults: (i.ActionNames ?? []).map((action) => {
          const each = resources.map((r) =>
            unrestricted ? 'allowed' : decide(docs, action, r, context, 'simulation'),
          );
          const decision = each.includes('explicitDeny')
            ? 'explicitDeny'
            : each.every((d) => d === 'allowed')
              ? 'allowed'
              : 'implicitDeny';
          return {
            EvalActionName: action,
            EvalResourceName: resources.length === 1 ? resources[0] : '*',
            EvalDecision: decision as iam.PolicyEvaluationDecisionType,
          };
        }),
      };
    },
  };
}
