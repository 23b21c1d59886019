// The rules an approved plan holds a security group's rule writes to: each rule an authorize adds
// one the plan's IpPermissions shows after, each rule a revoke removes one it shows before and no
// longer after (a rule named by protocol, ports and source, its identity in its group).
import { RULE_PREFIX } from '../cluster/security-rules.js';
import { describeAddress } from './address.js';
import { type HeldWrite, PLAN_AGAIN } from './approved-values.js';
import type { ApprovedChange } from './approved-writes.js';

/** One rule as the plan lists it: `tcp 8150 from 10.0.0.0/16 (admin API)`, `tcp 80-81 from sg-0123 (...)`. */
const PLANNED_RULE = /^(\S+) (\S+) from (\S+) \((.*)\)$/;

/** The rules a plan's IpPermissions shows, before or after, in each change covering the write. */
const shownRules = (covering: readonly ApprovedChange[], when: 'before' | 'after'): RegExpExecArray[] =>
  covering
    .flatMap((c) => c.fields ?? [])
    .flatMap((f) => (f.field === 'IpPermissions' && Array.isArray(f[when]) ? (f[when] as unknown[]) : []))
    .flatMap((r) => (typeof r === 'string' ? [PLANNED_RULE.exec(r)] : []))
    .filter((m): m is RegExpExecArray => m !== null);

/**
 * The rules an authorize or revoke request names: protocol (all for -1), ports, source and
 * description of each; an IPv6 range or a prefix list (which the toolkit never sends) is a source
 * of its own.
 */
function namedRules(
  input: unknown,
): { protocol: string; ports: string; source: string; description: string }[] {
  const perms = ((input ?? {}) as { IpPermissions?: IpPermissionInput[] }).IpPermissions ?? [];
  return perms.flatMap((p) => {
    const rule = (source: string, description: string | undefined) => ({
      protocol: p.IpProtocol === '-1' ? 'all' : `${p.IpProtocol}`,
      ports: p.FromPort === p.ToPort ? `${p.FromPort}` : `${p.FromPort}-${p.ToPort}`,
      source,
      description: `${description}`,
    });
    return [
      ...(p.IpRanges ?? []).map((r) => rule(`${r.CidrIp}`, r.Description)),
      ...(p.UserIdGroupPairs ?? []).map((g) => rule(`${g.GroupId}`, g.Description)),
      ...(p.Ipv6Ranges ?? []).map((r) => rule(`${r.CidrIpv6}`, r.Description)),
      ...(p.PrefixListIds ?? []).map((r) => rule(`${r.PrefixListId}`, r.Description)),
    ];
  });
}

interface IpPermissionInput {
  IpProtocol?: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp?: string; Description?: string }[];
  UserIdGroupPairs?: { GroupId?: string; Description?: string }[];
  Ipv6Ranges?: { CidrIpv6?: string; Description?: string }[];
  PrefixListIds?: { PrefixListId?: string; Description?: string }[];
}

/**
 * Why an authorize is refused, if it is: each rule it adds must be one the plan's IpPermissions
 * shows after, by its ports, its source (a group the plan names by role, not made when planned,
 * stands for any group id) and its description (sent with the toolkit's prefix).
 */
export function ruleProblem(held: HeldWrite): string | undefined {
  const { approval, operation, address, covering, input } = held;
  if (covering.some((c) => c.action === 'remove')) return undefined;
  if (operation === 'RevokeSecurityGroupIngress') return revokeProblem(held);
  if (operation !== 'AuthorizeSecurityGroupIngress') return undefined;
  const shown = shownRules(covering, 'after');
  if (shown.length === 0) return undefined;
  const matches = (r: ReturnType<typeof namedRules>[number], m: RegExpExecArray) =>
    r.protocol === 'tcp' &&
    m[1] === 'tcp' &&
    m[2] === r.ports &&
    (m[3] === r.source || (!/^(sg-|\d)/.test(String(m[3])) && /^sg-\w+$/.test(r.source))) &&
    r.description === `${RULE_PREFIX}${m[4]}`;
  const unplanned = namedRules(input).filter((r) => !shown.some((m) => matches(r, m)));
  if (unplanned.length === 0) return undefined;
  return `AuthorizeSecurityGroupIngress on ${describeAddress(address)} adds ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(', ')}, which the approved plan ${approval.hash.slice(0, 12)} does not show: ${PLAN_AGAIN}`;
}

/**
 * Why a revoke is refused, if it is: each rule it names (protocol, ports, source: a rule's identity
 * in its group) must be one the plan shows before and no longer after. A revoke by rule id, which
 * the toolkit does not send, cannot be held by value and is refused.
 */
function revokeProblem({ approval, address, covering, input }: HeldWrite): string | undefined {
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const ids = ((input ?? {}) as { SecurityGroupRuleIds?: string[] }).SecurityGroupRuleIds ?? [];
  if (ids.length)
    return `RevokeSecurityGroupIngress on ${describeAddress(address)} names rules by id (${ids.join(', ')}), which ${plan} cannot show: ${PLAN_AGAIN}`;
  const before = shownRules(covering, 'before');
  const after = shownRules(covering, 'after');
  const same = (r: ReturnType<typeof namedRules>[number], m: RegExpExecArray) =>
    m[1] === r.protocol && m[2] === r.ports && m[3] === r.source;
  const unplanned = namedRules(input).filter(
    (r) => after.some((m) => same(r, m)) || !before.some((m) => same(r, m)),
  );
  if (unplanned.length === 0) return undefined;
  return `RevokeSecurityGroupIngress on ${describeAddress(address)} removes ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(', ')}, which ${plan} does not show removed: ${PLAN_AGAIN}`;
}
