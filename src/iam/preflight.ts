// Checks before work: the instance profile the cluster file names exists and holds a role, and the
// caller's role has every grant its workflow needs. IAM answers the second through
// iam:SimulatePrincipalPolicy, asked once per statement of the generated policy with a sample
// resource of that statement and the condition values it requires, so a correct grant evaluates
// "allowed" and a missing one is named before the build starts instead of failing half-way. A role
// that may not simulate gets a hint; the first AccessDenied then names the policy to fix.

import {
  GetInstanceProfileCommand,
  type IAMClient,
  SimulatePrincipalPolicyCommand,
  type SimulatePrincipalPolicyCommandOutput,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { aws, codeOf } from '../aws/errors.js';
import { profilesOf } from '../cluster/profiles.js';
import type { Cluster } from '../config/schema.js';
import { type PolicyStatement, type Role, rolePolicy } from './policies.js';

export interface PreflightResult {
  /** What is missing: each line says what and what to do. Empty when the build may start. */
  missing: string[];
  /** What could not be checked, and why. */
  notes: string[];
  caller: string;
}

const DENIED = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation)$/;
const FIX =
  'run `akrida bootstrap --repo OWNER/NAME --apply` as an administrator (README, "From an empty AWS account")';

/** The IAM principal of an STS caller ARN: an assumed role's role, or a user; else undefined. */
export function principalOf(callerArn: string): string | undefined {
  const role = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[^/]+$/.exec(callerArn);
  if (role) return `arn:${role[1]}:iam::${role[2]}:role/${role[3]}`;
  return /^arn:aws[\w-]*:iam::\d{12}:user\/[\w+=,.@/-]+$/.test(callerArn) ? callerArn : undefined;
}

/** A concrete ARN inside a statement's pattern: the account filled in, every other `*` a sample name. */
export function sampleArn(pattern: string, account: string): string {
  if (pattern === '*') return '*';
  return pattern.replace(/^(arn:[^:]+:[^:]+:[^:]*:)\*:/, `$1${account}:`).replaceAll('*', 'akrida-preflight');
}

/** A value for each condition key that meets it (an ARN pattern becomes a sample ARN). */
function contextOf(s: PolicyStatement, account: string) {
  return Object.entries(s.Condition ?? {}).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([ContextKeyName, v]) => {
      const first = Array.isArray(v) ? (v[0] as string) : v;
      return {
        ContextKeyName,
        ContextKeyType: 'string' as const,
        ContextKeyValues: [operator.startsWith('Arn') ? sampleArn(first, account) : first],
      };
    }),
  );
}

async function checkProfile(iam: IAMClient, name: string, r: PreflightResult): Promise<void> {
  try {
    const p = await aws('GetInstanceProfile', `instance profile ${name}`, () =>
      iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name })),
    );
    if (!p.InstanceProfile?.Roles?.length)
      r.missing.push(
        `instance profile ${name} holds no role: instances would start without AWS access; ${FIX}`,
      );
  } catch (err) {
    const code = codeOf(err);
    if (/^NoSuchEntity(Exception)?$/.test(code))
      r.missing.push(`instance profile ${name} does not exist: ${FIX} (it makes each cluster's profiles)`);
    else if (DENIED.test(code))
      r.notes.push(
        `could not check instance profile ${name}: this role may not call iam:GetInstanceProfile (${FIX})`,
      );
    else r.notes.push(`could not check instance profile ${name}: ${code}`);
  }
}

async function checkActions(
  iam: IAMClient,
  role: Role,
  cluster: Cluster,
  principal: string,
  r: PreflightResult,
) {
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(principal)?.[1] ?? '*';
  const file = `iam/${role}-policy.json`;
  // The grants only: the seed's Deny is meant to deny.
  for (const s of rolePolicy(role, [cluster]).Statement.filter((x) => x.Effect === 'Allow')) {
    const resources = [s.Resource ?? '*'].flat().map((p) => sampleArn(p, account));
    let out: SimulatePrincipalPolicyCommandOutput;
    try {
      out = await aws('SimulatePrincipalPolicy', principal, () =>
        iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: principal,
            ActionNames: s.Action,
            ...(resources[0] === '*' ? {} : { ResourceArns: resources }),
            ...(s.Condition ? { ContextEntries: contextOf(s, account) } : {}),
          }),
        ),
      );
    } catch (err) {
      const code = codeOf(err);
      r.notes.push(
        DENIED.test(code)
          ? `could not ask IAM what ${principal} may do: it lacks iam:SimulatePrincipalPolicy on itself. A missing permission shows as AccessDenied on the first call that needs it; compare the role with ${file} and ${FIX}`
          : `could not simulate the policy of ${principal}: ${code}`,
      );
      return;
    }
    const denied = (out.EvaluationResults ?? []).filter((e) => e.EvalDecision !== 'allowed');
    for (const e of denied)
      r.missing.push(
        `${principal} lacks ${e.EvalActionName} (${e.EvalDecision}; statement ${s.Sid} of ${file}): ${FIX}`,
      );
  }
}

export async function preflight(
  clients: { iam: IAMClient; sts: STSClient },
  cluster: Cluster,
  role: Role,
): Promise<PreflightResult> {
  const id = await aws('GetCallerIdentity', 'the caller', () =>
    clients.sts.send(new GetCallerIdentityCommand({})),
  );
  const r: PreflightResult = { missing: [], notes: [], caller: id.Arn ?? 'unknown' };
  for (const name of profilesOf(cluster)) await checkProfile(clients.iam, name, r);
  const principal = principalOf(r.caller);
  if (principal) await checkActions(clients.iam, role, cluster, principal, r);
  else
    r.notes.push(`the caller ${r.caller} is neither a role nor a user: its permissions were not simulated`);
  return r;
}

/** The report a person reads: what is missing first, then what could not be checked. */
export function preflightReport(role: Role, r: PreflightResult): string {
  const lines = [`preflight of the ${role} role (${r.caller}):`];
  if (r.missing.length) lines.push(`${r.missing.length} missing:`, ...r.missing.map((m) => `  - ${m}`));
  else lines.push('  nothing missing');
  if (r.notes.length) lines.push('not checked:', ...r.notes.map((n) => `  - ${n}`));
  return lines.join('\n');
}
