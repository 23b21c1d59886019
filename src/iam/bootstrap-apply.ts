// Running bootstrap's plan, and removing what it made. IAM is eventually consistent: a create can
// answer EntityAlreadyExists for something a read did not see yet, and a new role or profile can
// be missing from reads for seconds. Apply therefore re-reads until what it found agrees, and ends
// only when a fresh plan of the account is empty.
import {
  DeleteInstanceProfileCommand,
  DeleteOpenIDConnectProviderCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
} from '@aws-sdk/client-iam';
import { aws, codeOf } from '../aws/errors.js';
import { waitFor } from '../aws/wait.js';
import {
  ALREADY_EXISTS,
  accountOf,
  type BootstrapClients,
  type BootstrapPlan,
  type Change,
  planBootstrap,
} from './bootstrap.js';
import { readProfile, readProvider, readRole } from './bootstrap-read.js';
import { type BootstrapOptions, wantedIam } from './bootstrap-want.js';
import { isOurs, providerArnIn } from './trust.js';

/** How long to wait for IAM to show what was just made (AWS documents "a few seconds", usually). */
const CONSISTENCY_TIMEOUT_MS = 120_000;

export interface ApplyResult {
  plan: BootstrapPlan;
  applied: Change[];
}

export async function applyBootstrap(
  c: BootstrapClients,
  opts: BootstrapOptions,
  log: (line: string) => void = () => {},
): Promise<ApplyResult> {
  const first = await planBootstrap(c, opts);
  const applied: Change[] = [];
  let plan = first;
  for (let round = 0; ; round++) {
    const failed = await runChanges(plan.changes, applied, log);
    if (!failed) break;
    if (round >= 3) throw failed.err;
    log(
      `${failed.change.resource} exists already though it read as absent (IAM is eventually consistent): reading again`,
    );
    plan = await settled(
      c,
      opts,
      (p) => !p.changes.some((ch) => ch.action === 'create' && ch.resource === failed.change.resource),
      `${failed.change.resource} to become visible`,
    );
  }
  if (applied.length)
    await settled(
      c,
      opts,
      (p) => p.changes.every((ch) => !ch.run),
      'the new roles and instance profile to become visible to IAM reads',
    );
  return { plan: first, applied };
}

async function runChanges(
  changes: Change[],
  applied: Change[],
  log: (line: string) => void,
): Promise<{ change: Change; err: unknown } | undefined> {
  for (const change of changes) {
    if (!change.run) continue;
    try {
      await change.run();
    } catch (err) {
      if (change.action === 'create' && ALREADY_EXISTS.has(codeOf(err))) return { change, err };
      throw err;
    }
    applied.push(change);
    log(`${change.action}d ${change.resource}`);
  }
  return undefined;
}

async function settled(
  c: BootstrapClients,
  opts: BootstrapOptions,
  ok: (p: BootstrapPlan) => boolean,
  what: string,
): Promise<BootstrapPlan> {
  return waitFor(
    async () => {
      const p = await planBootstrap(c, opts);
      return ok(p)
        ? { done: true, value: p }
        : { done: false, status: `${p.changes.length} changes still planned` };
    },
    { what, timeoutMs: CONSISTENCY_TIMEOUT_MS, clock: c.clock, minDelayMs: 1_000, maxDelayMs: 10_000 },
  );
}

/** What `bootstrap --destroy` removes: everything of ours under bootstrap's names, in dependency order. */
export async function planDestroy(c: BootstrapClients, opts: BootstrapOptions): Promise<Change[]> {
  const { iam } = c;
  const arn = providerArnIn(await accountOf(c.sts));
  const want = wantedIam(opts, arn);
  const out: Change[] = [];
  const keep = (resource: string): Change => ({
    action: 'keep',
    resource,
    detail: 'not made by akrida-ops: left as it is',
  });
  for (const { name: InstanceProfileName } of want.profiles) {
    const profile = await readProfile(iam, InstanceProfileName);
    if (profile && !isOurs(profile.tags)) out.push(keep(`instance profile ${InstanceProfileName}`));
    else if (profile) {
      for (const RoleName of profile.roles)
        out.push({
          action: 'delete',
          resource: `role ${RoleName} in instance profile ${InstanceProfileName}`,
          detail: 'removed from the profile',
          run: () =>
            aws('RemoveRoleFromInstanceProfile', `instance profile ${InstanceProfileName}`, () =>
              iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName, RoleName })),
            ),
        });
      out.push({
        action: 'delete',
        resource: `instance profile ${InstanceProfileName}`,
        detail: '',
        run: () =>
          aws('DeleteInstanceProfile', `instance profile ${InstanceProfileName}`, () =>
            iam.send(new DeleteInstanceProfileCommand({ InstanceProfileName })),
          ),
      });
    }
  }
  for (const w of want.roles) {
    const RoleName = w.name;
    const live = await readRole(iam, RoleName);
    if (!live) continue;
    if (!isOurs(live.tags)) {
      out.push(keep(`role ${RoleName}`));
      continue;
    }
    const call = (operation: string, send: () => Promise<unknown>) => () =>
      aws(operation, `role ${RoleName}`, send);
    for (const PolicyName of live.inline)
      out.push({
        action: 'delete',
        resource: `policy ${PolicyName} of role ${RoleName}`,
        detail: 'inline policy',
        run: call('DeleteRolePolicy', () => iam.send(new DeleteRolePolicyCommand({ RoleName, PolicyName }))),
      });
    for (const PolicyArn of live.managed)
      out.push({
        action: 'delete',
        resource: `attachment of ${PolicyArn} to role ${RoleName}`,
        detail: 'detached (the managed policy stays)',
        run: call('DetachRolePolicy', () => iam.send(new DetachRolePolicyCommand({ RoleName, PolicyArn }))),
      });
    out.push({
      action: 'delete',
      resource: `role ${RoleName}`,
      detail: '',
      run: call('DeleteRole', () => iam.send(new DeleteRoleCommand({ RoleName }))),
    });
  }
  const provider = await readProvider(iam, arn);
  if (provider && !isOurs(provider.tags)) out.push(keep(`OIDC provider ${want.provider.url}`));
  else if (provider)
    out.push({
      action: 'delete',
      resource: `OIDC provider ${want.provider.url}`,
      detail: 'other repositories of this account that trust it lose GitHub OIDC too',
      run: () =>
        aws('DeleteOpenIDConnectProvider', want.provider.url, () =>
          iam.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })),
        ),
    });
  return out;
}

export async function applyDestroy(
  changes: Change[],
  log: (line: string) => void = () => {},
): Promise<Change[]> {
  const done: Change[] = [];
  for (const ch of changes) {
    if (!ch.run) continue;
    await ch.run();
    done.push(ch);
    log(`deleted ${ch.resource}`);
  }
  return done;
}
