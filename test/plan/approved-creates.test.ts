// A create sends what the approved plan's add change shows: in an apply from an empty account
// (both forms of cluster file), every create of a kind that creates is read back as the kind's
// compared fields and held to its add change; the same request with any one of its fields changed
// or left out, or with a field the plan does not show, is refused before it is sent.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkApproved, UnapprovedWriteError, underApproval } from '../../src/aws/approved-writes.js';
import { canonical } from '../../src/aws/canonical.js';
import { approvalOf } from '../../src/plan/approval.js';
import { CREATING_PROVIDERS, readCreate } from '../../src/resources/created-fields.js';
import { type Call, day } from '../fixtures/plan-apply.js';

/**
 * Request fields no plan shows: the request's token, a secret's value, the image a machine
 * resolves when it launches, why a template version exists, and a listener's load balancer by ARN
 * (its address names it).
 */
const UNSHOWN = new Set(['ClientToken', 'Value', 'ImageId', 'VersionDescription', 'LoadBalancerArn']);

/** An image's source instance, name (a timestamp) and description: its recipe, which hashes the source and script, is held. */
const IMAGE_UNSHOWN = new Set(['InstanceId', 'Name', 'Description']);
const unshown = (op: string, field: string) =>
  UNSHOWN.has(field) || (op === 'CreateImage' && IMAGE_UNSHOWN.has(field));

const kindOf = new Map(CREATING_PROVIDERS.flatMap((p) => (p.creates ? [[p.creates.operation, p.kind]] : [])));

/** The value changed at its first leaf: a number up, a string longer, a flag flipped. */
function mutated(v: unknown): unknown {
  if (typeof v === 'number') return v + 1;
  if (typeof v === 'string') return `${v}-x`;
  if (typeof v === 'boolean') return !v;
  if (Array.isArray(v)) return v.length ? [mutated(v[0]), ...v.slice(1)] : ['x'];
  if (v && typeof v === 'object') {
    const [k] = Object.keys(v);
    return k === undefined ? { x: 'x' } : { ...v, [k]: mutated((v as Record<string, unknown>)[k]) };
  }
  return 'x';
}

const refusal = (fn: () => void): unknown => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e;
  }
};

const MADE = [
  'CreateAutoScalingGroup',
  'CreateImage',
  'CreateLaunchTemplate',
  'CreateListener',
  'CreateLoadBalancer',
  'CreateSecurityGroup',
  'CreateTargetGroup',
  'PutParameter',
];

describe.each([
  // The existing-master form: its master is the operator's; the secrets come from the workflow.
  ['clusters/perf-example.yml', MADE],
  // The from-zero form makes its machines too.
  ['clusters/example.yml', [...MADE, 'RunInstances']],
])('the creates of an apply from zero of %s are held to the plan by content', (base, made) => {
  let calls: Call[] = [];
  let approval: ReturnType<typeof approvalOf>;
  beforeAll(async () => {
    const r = await (await day(base))([]);
    // A parameter a machine's preparation writes is part of that machine (its address), not a create of its own.
    const parameters = new Set(
      r.plan.changes.filter((a) => a.address.kind === 'parameter').map((a) => a.address.name),
    );
    calls = r.calls.filter(
      (c) => kindOf.has(c.op) && (c.op !== 'PutParameter' || parameters.has(c.input.Name)),
    );
    approval = approvalOf({ hash: 'f'.repeat(64), ...r.plan });
  }, 120_000);

  test('every create is one its add change shows, field by field (the apply passed under the plan)', () => {
    expect([...new Set(calls.map((c) => c.op))].sort()).toEqual(made);
    for (const c of calls) {
      const kind = kindOf.get(c.op) as string;
      const read = readCreate(c.op, c.input);
      // A value overwrite of a parameter is not a create.
      if (c.op === 'PutParameter' && c.input.Overwrite) continue;
      expect(read).toBeDefined();
      const adds = approval.changes.filter((a) => a.action === 'add' && a.address.kind === kind);
      const held = adds.filter(
        (a) =>
          refusal(() => underApprovalSync(approval, () => checkApproved(c.op, a.address, c.input))) ===
          undefined,
      );
      expect(held.map((a) => a.resource)).toHaveLength(1);
    }
  });

  test('the same create with any one field changed or left out, or one more field, is refused', () => {
    let tried = 0;
    for (const c of calls) {
      if (c.op === 'PutParameter' && c.input.Overwrite) continue;
      const kind = kindOf.get(c.op) as string;
      const [add] = approval.changes.filter(
        (a) =>
          a.action === 'add' &&
          a.address.kind === kind &&
          refusal(() => underApprovalSync(approval, () => checkApproved(c.op, a.address, c.input))) ===
            undefined,
      );
      if (!add) throw new Error(`${c.op}: no add change holds it`);
      const variants = [
        ...Object.keys(c.input)
          .filter((k) => !unshown(c.op, k) && c.input[k] !== undefined)
          .map((k) => [k, { ...c.input, [k]: mutated(c.input[k]) }] as const),
        ['(a field more)', { ...c.input, Extra: 'x' }] as const,
        // A field left out (AWS's default in its place), unless leaving it out reads back the same.
        ...Object.keys(c.input)
          .filter((k) => !unshown(c.op, k) && c.input[k] !== undefined)
          .map((k) => [`${k} (left out)`, { ...c.input, [k]: undefined }] as const)
          .filter(
            ([, input]) =>
              canonical(readCreate(c.op, input)?.fields) !== canonical(readCreate(c.op, c.input)?.fields),
          ),
      ];
      for (const [field, input] of variants) {
        const e = refusal(() => underApprovalSync(approval, () => checkApproved(c.op, add.address, input)));
        if (!(e instanceof UnapprovedWriteError))
          throw new Error(`${c.op} of ${add.resource} with ${field} changed was not refused`);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(40);
    console.log(
      `${base}: ${calls.length} creates held to their add changes; ${tried} changed requests refused`,
    );
  });
});

/** checkApproved is synchronous: run it inside the approval's scope. */
function underApprovalSync(approval: ReturnType<typeof approvalOf>, fn: () => void): void {
  let thrown: unknown;
  void underApproval(approval, async () => {
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
  });
  if (thrown) throw thrown;
}

test('every provider that creates is in the list the approval reads creates from', async () => {
  const dir = join(process.cwd(), 'src/resources');
  const providers = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('-provider.ts'))) {
    const mod = (await import(join(dir, file))) as Record<string, unknown>;
    for (const v of Object.values(mod))
      if (v && typeof v === 'object' && 'spec' in v && 'apply' in v && 'kind' in v) providers.push(v);
  }
  // The Locust master is the operator's own instance (or a machine): configured, never created.
  const creating = providers.filter((p) => (p as { kind: string }).kind !== 'locust-master');
  expect(creating.length).toBeGreaterThanOrEqual(9);
  for (const p of creating) {
    expect(p).toHaveProperty('creates');
    expect(CREATING_PROVIDERS).toContain(p);
  }
});
