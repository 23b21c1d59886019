// What of bootstrap's IAM exists: found by its fixed names, and ours only when it carries our
// managed-by tag. Reads only (Get/List), so a plan without --apply changes nothing.
import {
  GetInstanceProfileCommand,
  GetOpenIDConnectProviderCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  type IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  type Tag,
} from '@aws-sdk/client-iam';
import { tagValue } from '../aws/discover.js';
import { aws, codeOf } from '../aws/errors.js';
import { POLICY_NAME } from './trust.js';

export interface LiveRole {
  name: string;
  tags: Record<string, string>;
  trust: unknown;
  /** Our inline policy, parsed; undefined when absent. */
  policy: unknown;
  inline: string[];
  managed: string[];
}

export interface LiveProfile {
  name: string;
  tags: Record<string, string>;
  roles: string[];
}

export interface LiveProvider {
  arn: string;
  tags: Record<string, string>;
  audiences: string[];
}

export const tagMap = (tags: Tag[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).flatMap((t) => (t.Key ? [[t.Key, tagValue(t)]] : [])));

/** A document as IAM returns it: URL-encoded (RFC 3986) by AWS, plain JSON by some look-alikes. */
export function parseDocument(raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return JSON.parse(decodeURIComponent(raw));
  }
}

/** JSON with sorted keys: two documents are equal when this is. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

const NOT_FOUND = new Set(['NoSuchEntityException', 'NoSuchEntity']);

/** The value, or undefined when IAM answers NoSuchEntity. */
async function orAbsent<T>(
  operation: string,
  resource: string,
  call: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await aws(operation, resource, call);
  } catch (err) {
    if (NOT_FOUND.has(codeOf(err))) return undefined;
    throw err;
  }
}

export async function readProvider(iam: IAMClient, arn: string): Promise<LiveProvider | undefined> {
  const p = await orAbsent('GetOpenIDConnectProvider', arn, () =>
    iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn })),
  );
  return p && { arn, tags: tagMap(p.Tags), audiences: p.ClientIDList ?? [] };
}

export async function readRole(iam: IAMClient, name: string): Promise<LiveRole | undefined> {
  const r = await orAbsent('GetRole', `role ${name}`, () => iam.send(new GetRoleCommand({ RoleName: name })));
  if (!r?.Role) return undefined;
  const [inline, attached, policy] = await Promise.all([
    aws('ListRolePolicies', `role ${name}`, () => iam.send(new ListRolePoliciesCommand({ RoleName: name }))),
    aws('ListAttachedRolePolicies', `role ${name}`, () =>
      iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name })),
    ),
    orAbsent('GetRolePolicy', `role ${name}`, () =>
      iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: POLICY_NAME })),
    ),
  ]);
  return {
    name,
    tags: tagMap(r.Role.Tags),
    trust: parseDocument(r.Role.AssumeRolePolicyDocument),
    policy: parseDocument(policy?.PolicyDocument),
    inline: inline.PolicyNames ?? [],
    managed: (attached.AttachedPolicies ?? []).flatMap((a) => (a.PolicyArn ? [a.PolicyArn] : [])),
  };
}

export async function readProfile(iam: IAMClient, name: string): Promise<LiveProfile | undefined> {
  const p = await orAbsent('GetInstanceProfile', `instance profile ${name}`, () =>
    iam.send(new GetInstanceProfileCommand({ InstanceProfileName: name })),
  );
  return (
    p?.InstanceProfile && {
      name,
      tags: tagMap(p.InstanceProfile.Tags),
      roles: (p.InstanceProfile.Roles ?? []).flatMap((r) => (r.RoleName ? [r.RoleName] : [])),
    }
  );
}
