// The fields and values an approved plan holds a create or an update to: a create sends exactly
// the fields its add change shows (none more, none left out), an update each field to the value
// the plan shows after. src/aws/approved-writes.ts calls these for every write under an approval.
import { type Address, describeAddress } from './address.js';
import { PLAN_AGAIN, sameAs } from './approved-values.js';
import { type Approval, type ApprovedChange, UnapprovedWriteError } from './approved-writes.js';
import { canonical } from './canonical.js';

/** A create request read back (src/resources/created-fields.ts). */
export interface CreateReadBack {
  /** The kind of resource the operation makes. */
  kind: string;
  name?: string;
  in?: string;
  fields: Record<string, unknown>;
  /** Fields the create does not send (written after it, or what it results in). */
  later: readonly string[];
}

/**
 * A create sends exactly the fields the plan's add change shows it made with, each with the value
 * shown: none more, none left out (AWS's default in its place), under the name and in the container
 * the add names.
 */
export function checkCreated(
  approval: Approval,
  operation: string,
  address: Address,
  adds: readonly ApprovedChange[],
  made: CreateReadBack,
): void {
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const refuse = (what: string) =>
    new UnapprovedWriteError(
      `${operation} on ${describeAddress(address)} ${what}: nothing is sent; plan again and approve the new plan`,
    );
  if (made.name !== undefined && made.name !== address.name)
    throw refuse(`names it ${JSON.stringify(made.name)}, which is not the resource ${plan} makes`);
  if (made.in !== undefined && address.in !== undefined && made.in !== address.in)
    throw refuse(`makes it in ${made.in}, not in ${address.in} as ${plan} shows`);
  const sent = made.fields;
  const shown = adds.flatMap((c) => c.fields ?? []);
  const unshown = Object.keys(sent).filter((k) => sent[k] !== undefined && !shown.some((f) => f.field === k));
  if (unshown.length) throw refuse(`sets ${unshown.join(', ')}, which ${plan} does not show it made with`);
  const left = [
    ...new Set(
      shown
        .filter((f) => f.after !== undefined && sent[f.field] === undefined && !made.later.includes(f.field))
        .map((f) => f.field),
    ),
  ];
  if (left.length) throw refuse(`leaves out ${left.join(', ')}, which ${plan} shows it made with`);
  checkValues(approval, operation, address, adds, sent);
}

/** An update sets each field to the value the plan shows for it (where the plan shows one). */
export function checkValues(
  approval: Approval,
  operation: string,
  address: Address,
  covering: readonly ApprovedChange[],
  input: Record<string, unknown>,
): void {
  const same = sameAs(approval);
  for (const [field, value] of Object.entries(input)) {
    const shown = covering
      .flatMap((c) => c.fields ?? [])
      .filter((f) => f.field === field && f.after !== undefined);
    if (shown.length && !shown.some((f) => same(f.after, value, field)))
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)} sets ${field} to ${briefly(value, shown[0]?.after, same)}; the approved plan ${approval.hash.slice(0, 12)} shows ${shown.map((f) => briefly(f.after, value, same)).join(' or ')}: ${PLAN_AGAIN}`,
      );
  }
}

/** A value as an error shows it: whole when short, else the keys in which it differs from the other. */
function briefly(
  value: unknown,
  other: unknown,
  same: (planned: unknown, sent: unknown, field: string) => boolean,
): string {
  const text = canonical(value);
  if (text.length <= 160 || !value || typeof value !== 'object' || !other || typeof other !== 'object')
    return text.length <= 160 ? text : `${text.slice(0, 120)}… (${text.length} characters)`;
  const a = value as Record<string, unknown>;
  const b = other as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !same(a[k], b[k], k) && !same(b[k], a[k], k),
  );
  return `one whose ${keys.sort().join(', ')} ${keys.length === 1 ? 'differs' : 'differ'}`;
}
