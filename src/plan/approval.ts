// What an approved plan allows an apply to write (src/aws/approved-writes.ts): its changes, and the
// scripts it shows running. A script the plan showed with a placeholder for what AWS names only
// while the apply runs (a load balancer's DNS name, a new machine's address or id, the ids the
// issuer makes) runs with that value in its place: a word of letters, digits and `.:/_-`, never
// quotes, spaces or shell syntax, so the value cannot change what the script does.
import type { Approval, ApprovedChange } from '../aws/approved-writes.js';
import { canonical } from '../aws/canonical.js';
import { OFFLINE_FACTS } from '../render/env-files.js';
import { OFFLINE_MACHINE_FACTS } from '../render/machine-inputs.js';

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Any placeholder a plan shows in a value (`<new perf-example-tg-adm>`, `<perf-sg>`). */
const VALUE_PLACEHOLDER = /<[^<>"]+>/;

/** Whether a value sent is the value the plan shows, a placeholder standing for one word. */
export function sameValue(planned: unknown, sent: unknown): boolean {
  const want = canonical(planned);
  const got = canonical(sent);
  if (want === got) return true;
  const parts = want.split(VALUE_PLACEHOLDER);
  return parts.length > 1 && new RegExp(`^${parts.map(literal).join(FACT)}$`).test(got);
}

/** The approval of a plan: its hash, its changes, the scripts it shows running, the values it shows. */
export function approvalOf(plan: {
  hash: string;
  changes: readonly ApprovedChange[];
  scripts: readonly { runs: boolean; script: string }[];
}): Approval {
  const matchers = plan.scripts.filter((s) => s.runs).map((s) => scriptMatcher(s.script));
  return { hash: plan.hash, changes: plan.changes, runs: (sent) => matchers.some((m) => m(sent)), sameValue };
}
