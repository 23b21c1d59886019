// Simulated instance profiles (one role each, as AWS allows), GitHub-style OpenID Connect
// providers, and SimulatePrincipalPolicy as far as the preflight uses it: action names only, so
// resources count as "*" and conditions are not evaluated (AWS lists their keys as missing
// context values); an action is allowed when an Allow statement of the role's policies names it.
import type * as iam from '@aws-sdk/client-iam';
import type { PolicyDocument, PolicyStatement } from '../../iam/policies.js';
import { awsError } from '../errors.js';
import { missingParameter } from '../params.js';
import type { World } from '../world.js';
import { alreadyExists, date, deleteConflict, iamName, noSuchEntity, tagsIn, tagsOut } from './common.js';
import { AWS_MANAGED_POLICIES, type IamState, type SimInstanceProfile } from './state.js';

/** The role the simulated STS answers for the caller: unrestricted unless an enforcer says otherwise. */
export const SIMULATED_CALLER_ROLE = 'akrida-ops-simulated';

const matches = (pattern: string, action: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i').test(action);

function decide(docs: PolicyDocument[], action: string): { decision: string; missing: string[] } {
  const statements: PolicyStatement[] = docs.flatMap((d) =>
    Array.isArray(d.Statement) ? d.Statement : [d.Statement],
  );
  const hits = statements.filter((st) =>
    (Array.isArray(st.Action) ? st.Action : [st.Action]).some((a) => matches(a, action)),
  );
  if (hits.some((st) => (st.Effect as string) === 'Deny')) return { decision: 'explicitDeny', missing: [] };
  const allow = hits.filter((st) => st.Effect === 'Allow');
  if (!allow.length) return { decision: 'implicitDeny', missing: [] };
  return {
    decision: 'allowed',
    missing: [...new Set(allow.flatMap((st) => Object.keys(st.Condition?.StringEquals ?? {})))].sort(),
  };
}

export function profileHandlers(world: World, s: IamState) {
  const profile = (name: string | undefined, read = false): SimInstanceProfile => {
    const p = s.profiles.get(iamName(name, 'InstanceProfileName', 128));
    if (!p || (read && !world.visible(p.createdAt))) throw noSuchEntity(`Instance Profile ${name}`);
    return p;
  };
  const provider = (arn: string | undefined) => {
    const p = s.providers.get(arn ?? '');
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
      if (!p.roles.includes(i.RoleName ?? ''))
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
      const arn = i.PolicySourceArn ?? '';
      const m = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
      if (!m || m[1] !== world.accountId) throw noSuchEntity(`entity ${arn}`);
      const name = m[2] ?? '';
      const unrestricted = name === SIMULATED_CALLER_ROLE && s.callerPolicy?.roleName !== name;
      const docs = unrestricted ? [] : policiesOf(name);
      return {
        $metadata: {},
        IsTruncated: false,
        EvaluationResults: (i.ActionNames ?? []).map((action) => {
          const d = unrestricted ? { decision: 'allowed', missing: [] } : decide(docs, action);
          return {
            EvalActionName: action,
            EvalResourceName: '*',
            EvalDecision: d.decision as iam.PolicyEvaluationDecisionType,
            ...(d.missing.length ? { MissingContextValues: d.missing } : {}),
          };
        }),
      };
    },
  };
}
