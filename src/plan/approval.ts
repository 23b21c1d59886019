// What an approved plan allows an apply to write (src/aws/approved-writes.ts): its changes, and the
// scripts it shows running. A script the plan showed with a placeholder for what AWS names only
// while the apply runs (a load balancer's DNS name, a new machine's address or id, the ids the
// issuer makes) runs with that value in its place: a word of letters, digits and `.:/_-`, never
// quotes, spaces or shell syntax, so the value cannot change what the script does.
import type { Approval, ApprovedChange } from '../aws/approved-writes.js';
import { canonical } from '../aws/canonical.js';
import { OFFLINE_FACTS } from '../render/env-files.js';
import { OFFLINE_MACHINE_FACTS } from '../render/machine-inputs.js';
import { readCreate } from '../resources/created-fields.js';
import { normalised } from '../resources/launch-template-provider.js';
import { literal, VALUE_PLACEHOLDERS } from '../resources/value-placeholders.js';

/** Every placeholder a plan shows in a script, longest first. */
const PLACEHOLDERS = [
  ...new Set(
    [
      OFFLINE_FACTS.adminDns,
      OFFLINE_FACTS.transportDns,
      OFFLINE_FACTS.masterPrivateIp,
      OFFLINE_FACTS.ledgerIds?.schemaId,
      OFFLINE_FACTS.ledgerIds?.credDefId,
      ...Object.values(OFFLINE_MACHINE_FACTS),
    ].filter((p): p is string => typeof p === 'string'),
  ),
].sort((a, b) => b.length - a.length);
/** What stands for a machine the apply makes (`<the locust machine, once made>`). */
const NEW_MACHINE = '<the [a-z]+ machine, once made>';
const PLACEHOLDER = new RegExp(`(${[...PLACEHOLDERS.map(literal), NEW_MACHINE].join('|')})`);
/** What a placeholder may become: a DNS name, an address, an id. */
const FACT = '[A-Za-z0-9._:/-]+';

/** A matcher of the scripts that are this planned script with its placeholders filled in. */
export function scriptMatcher(planned: string): (sent: string) => boolean {
  const parts = planned.split(PLACEHOLDER);
  if (parts.length === 1) return (sent) => sent === planned;
  // split with one capture group: literal, placeholder, literal, ...
  const pattern = parts.map((p, i) => (i % 2 === 1 ? FACT : literal(p))).join('');
  const re = new RegExp(`^${pattern}$`);
  return (sent) => re.test(sent);
}

const ANY_VALUE_PLACEHOLDER = new RegExp(VALUE_PLACEHOLDERS.map(([re]) => re.source).join('|'));

/**
 * Whether a launch template version's data is the data the plan shows: its user data decoded and
 * matched as a script (placeholders filled by one word), the rest as values.
 */
function sameTemplateData(planned: unknown, sent: unknown): boolean {
  const userData = (v: unknown) => (v as { UserData?: unknown }).UserData;
  const rest = (v: unknown) => ({ ...(normalised(v) as object), UserData: undefined });
  return (
    !!planned &&
    !!sent &&
    typeof planned === 'object' &&
    typeof sent === 'object' &&
    sameUserData(userData(planned), userData(sent)) &&
    sameValue(rest(planned), rest(sent))
  );
}

/** User data (base64) as a script: the plan's placeholders filled by one word each. */
function sameUserData(planned: unknown, sent: unknown): boolean {
  const text = (b64: unknown) => Buffer.from(typeof b64 === 'string' ? b64 : '', 'base64').toString();
  return scriptMatcher(text(planned))(text(sent));
}

/** Whether a value sent is the value the plan shows, each placeholder filled by what it stands for. */
export function sameValue(planned: unknown, sent: unknown, field?: string): boolean {
  if (field === 'LaunchTemplateData') return sameTemplateData(planned, sent);
  if (field === 'UserData') return sameUserData(planned, sent);
  if (Array.isArray(planned) && Array.isArray(sent) && ANY_VALUE_PLACEHOLDER.test(canonical(planned)))
    return sameMembers(planned, sent);
  const want = canonical(planned);
  const got = canonical(sent);
  if (want === got) return true;
  let pattern = '';
  let rest = want;
  for (let m = ANY_VALUE_PLACEHOLDER.exec(rest); m; m = ANY_VALUE_PLACEHOLDER.exec(rest)) {
    const text = m[0];
    const found = VALUE_PLACEHOLDERS.find(([re]) => re.test(text));
    if (!found) return false;
    pattern += literal(rest.slice(0, m.index)) + found[1](found[0].exec(text) as RegExpExecArray);
    rest = rest.slice(m.index + text.length);
  }
  return pattern !== '' && new RegExp(`^${pattern}${literal(rest)}$`).test(got);
}

/**
 * A list the plan sorted while a member was a placeholder (a target group not made yet): the
 * member AWS names may sort elsewhere, so members match in any order, the named ones first.
 */
function sameMembers(planned: unknown[], sent: unknown[]): boolean {
  if (planned.length !== sent.length) return false;
  const left = [...sent];
  const placeholder = (v: unknown) => ANY_VALUE_PLACEHOLDER.test(canonical(v));
  const ordered = [...planned.filter((v) => !placeholder(v)), ...planned.filter(placeholder)];
  return ordered.every((p) => {
    const i = left.findIndex((s) => sameValue(p, s));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

/** The approval of a plan: its hash, its changes, the scripts it shows running, the values it shows. */
export function approvalOf(plan: {
  hash: string;
  changes: readonly ApprovedChange[];
  scripts: readonly { runs: boolean; script: string }[];
}): Approval {
  const matchers = plan.scripts.filter((s) => s.runs).map((s) => scriptMatcher(s.script));
  return {
    hash: plan.hash,
    changes: plan.changes,
    runs: (sent) => matchers.some((m) => m(sent)),
    sameValue,
    readCreate,
  };
}
