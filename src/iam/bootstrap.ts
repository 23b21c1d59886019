// `akrida bootstrap`: the IAM the workflows need, from an account with none of ours. The plan is
// the list of changes (each with the call that makes it); apply runs exactly that list. What
// exists under one of our names without our managed-by tag is never adopted or changed: the run
// stops and names it. A second run plans nothing; `destroy` removes only what carries our tag.
import {
  AddClientIDToOpenIDConnectProviderCommand,
  AddRoleToInstanceProfileCommand,
  AttachRolePolicyCommand,
  CreateInstanceProfileCommand,
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  DetachRolePolicyCommand,
  type IAMClient,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { aws, codeOf } from '../aws/errors.js';
import { toAwsTags } from '../cluster/tags.js';
import type { Clock } from '../time/clock.js';
import { canonical, readProfile, readProvider, readRole } from './bootstrap-read.js';
import { type BootstrapOptions, type WantedIam, type WantedRole, wantedIam } from './bootstrap-want.js';
import { BootstrapInputError, isOurs, POLICY_NAME, providerArnIn, subjectsIn } from './trust.js';

export interface BootstrapClients {
  iam: IAMClient;
  sts: STSClient;
  clock: Clock;
}

export interface Change {
  action: 'create' | 'update' | 'delete' | 'use' | 'keep';
  resource: string;
  detail: string;
  /** The call that makes the change; `use` and `keep` (what is not ours) have none. */
  run?: () => Promise<unknown>;
}

/** Something under one of our names that is not ours: bootstrap stops rather than take it over. */
export class BootstrapConflictError extends BootstrapInputError {
  override name = 'BootstrapConflictError';
}

const json = (doc: unknown) => JSON.stringify(doc);

export async function accountOf(sts: STSClient): Promise<string> {
  const id = await aws('GetCallerIdentity', 'the caller', () => sts.send(new GetCallerIdentityCommand({})));
  if (!id.Account) throw new Error('STS GetCallerIdentity answered no account');
  return id.Account;
}

function notOurs(what: string): BootstrapConflictError {
  return new BootstrapConflictError(
    `${what} exists without the tag managed-by=akrida-ops: bootstrap does not adopt what it did not make. Delete or rename it, or tag it managed-by=akrida-ops if it is ours.`,
  );
}

async function roleChanges(c: BootstrapClients, want: WantedRole): Promise<Change[]> {
  const { iam } = c;
  const live = await readRole(iam, want.name);
  const RoleName = want.name;
  const st = want.trust.Statement[0];
  const sub = subjectsIn(want.trust);
  const subjects = sub.length ? `trusts ${sub.join(', ')}` : `trusts ${json(st?.Principal)}`;
  const putPolicy: Change = {
    action: live?.policy ? 'update' : 'create',
    resource: `policy ${POLICY_NAME} of role ${RoleName}`,
    detail: `${new Set(want.policy.Statement.flatMap((s) => s.Action)).size} actions in ${want.policy.Statement.length} statements`,
    run: () =>
      aws('PutRolePolicy', `role ${RoleName}`, () =>
        iam.send(
          new PutRolePolicyCommand({ RoleName, PolicyName: POLICY_NAME, PolicyDocument: json(want.policy) }),
        ),
      ),
  };
  const attach = (arn: string): Change => ({
    action: 'create',
    resource: `attachment of ${arn} to role ${RoleName}`,
    detail: 'AWS managed policy',
    run: () =>
      aws('AttachRolePolicy', `role ${RoleName}`, () =>
        iam.send(new AttachRolePolicyCommand({ RoleName, PolicyArn: arn })),
      ),
  });
  const detach = (arn: string): Change => ({
    action: 'delete',
    resource: `attachment of ${arn} to role ${RoleName}`,
    detail: 'a managed policy the generated ones do not include',
    run: () =>
      aws('DetachRolePolicy', `role ${RoleName}`, () =>
        iam.send(new DetachRolePolicyCommand({ RoleName, PolicyArn: arn })),
      ),
  });
  if (!live)
    return [
      {
        action: 'create',
        resource: `role ${RoleName}`,
        detail: subjects,
        run: () =>
          aws('CreateRole', `role ${RoleName}`, () =>
            iam.send(
              new CreateRoleCommand({
                RoleName,
                AssumeRolePolicyDocument: json(want.trust),
                Description: want.description,
                Tags: toAwsTags(want.tags),
              }),
            ),
          ),
      },
      putPolicy,
      ...want.managed.map(attach),
    ];
  if (!isOurs(live.tags)) throw notOurs(`role ${RoleName}`);
  const out: Change[] = [];
  if (canonical(live.trust) !== canonical(want.trust))
    out.push({
      action: 'update',
      resource: `trust policy of role ${RoleName}`,
      detail: subjects,
      run: () =>
        aws('UpdateAssumeRolePolicy', `role ${RoleName}`, () =>
          iam.send(new UpdateAssumeRolePolicyCommand({ RoleName, PolicyDocument: json(want.trust) })),
        ),
    });
  if (canonical(live.policy) !== canonical(want.policy)) out.push(putPolicy);
  out.push(...want.managed.filter((m) => !live.managed.includes(m)).map(attach));
  // What an earlier bootstrap attached (AmazonSSMManagedInstanceCore) or someone added: the role is ours.
  out.push(...live.managed.filter((m) => !want.managed.includes(m)).map(detach));
  return out;
}

async function profileChanges(c: BootstrapClients, want: WantedIam['profiles'][number]): Promise<Change[]> {
  const { iam } = c;
  const live = await readProfile(iam, want.name);
  const InstanceProfileName = want.name;
  const addRole: Change = {
    action: 'create',
    resource: `role ${want.role} in instance profile ${InstanceProfileName}`,
    detail: 'the role instances launched with the profile take',
    run: () =>
      aws('AddRoleToInstanceProfile', `instance profile ${InstanceProfileName}`, () =>
        iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName, RoleName: want.role })),
      ),
  };
  if (!live)
    return [
      {
        action: 'create',
        resource: `instance profile ${InstanceProfileName}`,
        detail: 'the instances of the clusters that use it launch with it',
        run: () =>
          aws('CreateInstanceProfile', `instance profile ${InstanceProfileName}`, () =>
            iam.send(new CreateInstanceProfileCommand({ InstanceProfileName, Tags: toAwsTags(want.tags) })),
          ),
      },
      addRole,
    ];
  if (!isOurs(live.tags)) throw notOurs(`instance profile ${InstanceProfileName}`);
  if (live.roles.includes(want.role)) return [];
  if (live.roles.length)
    throw new BootstrapConflictError(
      `instance profile ${InstanceProfileName} holds role ${live.roles.join(', ')}, not ${want.role}: remove it from the profile first`,
    );
  return [addRole];
}

async function providerChanges(
  c: BootstrapClients,
  want: WantedIam['provider'],
  arn: string,
): Promise<Change[]> {
  const live = await readProvider(c.iam, arn);
  if (!live)
    return [
      {
        action: 'create',
        resource: `OIDC provider ${want.url}`,
        detail: `audience ${want.audience}`,
        run: () =>
          aws('CreateOpenIDConnectProvider', want.url, () =>
            c.iam.send(
              new CreateOpenIDConnectProviderCommand({
                Url: want.url,
                ClientIDList: [want.audience],
                ThumbprintList: want.thumbprints,
                Tags: toAwsTags(want.tags),
              }),
            ),
          ),
      },
    ];
  if (live.audiences.includes(want.audience))
    return isOurs(live.tags)
      ? []
      : [
          {
            action: 'use',
            resource: `OIDC provider ${want.url}`,
            detail: 'exists already (not ours): used as it is, never changed or removed',
          },
        ];
  if (!isOurs(live.tags))
    throw new BootstrapConflictError(
      `OIDC provider ${want.url} exists (not made by akrida-ops) without the audience ${want.audience}: add it (aws iam add-client-id-to-open-id-connect-provider) or let its owner do so`,
    );
  return [
    {
      action: 'update',
      resource: `OIDC provider ${want.url}`,
      detail: `add audience ${want.audience}`,
      run: () =>
        aws('AddClientIDToOpenIDConnectProvider', want.url, () =>
          c.iam.send(
            new AddClientIDToOpenIDConnectProviderCommand({
              OpenIDConnectProviderArn: arn,
              ClientID: want.audience,
            }),
          ),
        ),
    },
  ];
}

export interface BootstrapPlan {
  account: string;
  want: WantedIam;
  changes: Change[];
}

/** What bootstrap would change: reads only. */
export async function planBootstrap(c: BootstrapClients, opts: BootstrapOptions): Promise<BootstrapPlan> {
  const account = await accountOf(c.sts);
  const arn = providerArnIn(account);
  const want = wantedIam(opts, arn);
  const changes = [
    ...(await providerChanges(c, want.provider, arn)),
    ...(await Promise.all(want.roles.map((r) => roleChanges(c, r)))).flat(),
    ...(await Promise.all(want.profiles.map((p) => profileChanges(c, p)))).flat(),
  ];
  return { account, want, changes };
}

export const ALREADY_EXISTS = new Set(['EntityAlreadyExistsException', 'EntityAlreadyExists']);

export { codeOf };
