// Every field of both cluster-file forms, edited one at a time on a built cluster: an edit the
// validator accepts is either listed by the plan (a change, or a script that runs again) or is a
// field that reaches no AWS resource, declared below with where it goes instead. The fields are
// found by walking the parsed cluster (defaults included), not listed by hand, so a field added to
// the schema is swept too, and one whose edit the plan passes over fails here by its path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { awsContext } from '../../src/action/context.js';
import { INSTANCE_TYPES } from '../../src/config/catalog.js';
import { parseClusterText } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/problems.js';
import { livePlan } from '../../src/plan/live-plan.js';
import { TemplateSet } from '../../src/render/render.js';
import { repoRoot } from '../../src/runner/runner.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { day, fileWith, repositoryDocument } from '../fixtures/plan-apply.js';

type Path = (string | number)[];
type Json = unknown;

const schema = JSON.parse(readFileSync(join(repoRoot(), 'schema/cluster.schema.json'), 'utf8'));

/** The schema nodes a path may land on (unions followed into each branch). */
function schemaAt(path: Path): Record<string, Json>[] {
  let nodes: Record<string, Json>[] = [schema];
  const expand = (n: Record<string, Json>): Record<string, Json>[] => {
    const alts = (n.anyOf ?? n.oneOf ?? n.allOf) as Record<string, Json>[] | undefined;
    return alts ? [n, ...alts.flatMap(expand)] : [n];
  };
  for (const key of path) {
    nodes = nodes.flatMap(expand).flatMap((n) => {
      if (typeof key === 'number') return n.items ? [n.items as Record<string, Json>] : [];
      const props = n.properties as Record<string, Record<string, Json>> | undefined;
      if (props?.[key]) return [props[key]];
      const extra = n.additionalProperties;
      return extra && typeof extra === 'object' ? [extra as Record<string, Json>] : [];
    });
  }
  return nodes.flatMap(expand);
}

/** Values of the same type a reviewer could write instead, the schema's enums first. */
function candidates(path: Path, v: Json): Json[] {
  const nodes = schemaAt(path);
  const enums = nodes.flatMap((n) => [...((n.enum as Json[]) ?? []), ...('const' in n ? [n.const] : [])]);
  const out: Json[] = enums.filter((e) => JSON.stringify(e) !== JSON.stringify(v));
  if (typeof v === 'boolean') out.push(!v);
  if (typeof v === 'number') out.push(v + 1, v * 2, Math.max(0, v - 1), Math.round(v / 2));
  if (typeof v === 'string') {
    const id = /^([a-z]+-)([0-9a-f]+)$/.exec(v);
    if (id) out.push(`${id[1]}${'a'.repeat(id[2]?.length ?? 8)}`);
    if (/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(v)) out.push('198.51.100.0/24', '10.1.0.0/16');
    if (/^\d+\.\d+\.\d+\.\d+$/.test(v)) out.push('10.0.1.21');
    if (/^https?:\/\//.test(v)) out.push(`${v.replace(/\/$/, '')}-2`);
    if (v.startsWith('/')) out.push(`${v}-2`);
    if (/^[0-9a-f]{40}$/.test(v)) out.push('0123456789abcdef0123456789abcdef01234567');
    if (v in INSTANCE_TYPES) out.push(...BIGGER.filter((t) => t !== v));
    if (/^[0-9*,/-]+( [0-9*,/-]+){4}$/.test(v)) out.push('30 21 * * 1-5');
    if (/\.py$/.test(v)) out.push(...LOCUST_FILES.filter((f) => f !== v));
    if (/^\[\{/.test(v))
      out.push(JSON.stringify(JSON.parse(v).map((a: { value?: string }) => ({ ...a, value: 'other' }))));
    if (/^\d{3}(-\d{3})?$/.test(v)) out.push('200-299', '200,204');
    out.push(`${v}2`, `${v}-2`);
  }
  if (Array.isArray(v)) {
    if (v.length > 1) out.push(v.slice(0, -1));
    if (v.length > 0) {
      const more = candidates([...path, 0], v[0]);
      for (const m of more.slice(0, 3)) out.push([...v, m], [m, ...v.slice(1)]);
    }
  }
  return out;
}

/** Every leaf of the parsed cluster: a scalar, or an array of scalars as one value. */
function leaves(v: Json, path: Path = []): [Path, Json][] {
  if (Array.isArray(v) && v.some((x) => x && typeof x === 'object'))
    return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (v && typeof v === 'object' && !Array.isArray(v))
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [[path, v]];
}

const BIGGER = ['c7i.xlarge', 't3.2xlarge', 'm5.xlarge', 't3a.medium', 't3.large'];
const LOCUST_FILES = ['locustMediatorIssue.py', 'locustIssue.py', 'locustMediatorPresentProofExisting.py'];

/** The edit that sets `path` to `value`: where the file leaves a parent out, the whole parent. */
function editOf(base: string, cluster: Json, path: Path, value: Json): Edit {
  const doc = repositoryDocument(base);
  let at = path.length;
  while (at > 1 && !doc.hasIn(path.slice(0, at - 1))) at--;
  if (at === path.length) return [path, value];
  type Node = Record<string | number, unknown>;
  const parent = structuredClone(path.slice(0, at).reduce((o, k) => (o as Node)?.[k], cluster)) as Node;
  let node = parent;
  for (const k of path.slice(at, -1)) node = node[k] as Node;
  node[path.at(-1) as string] = value;
  return [path.slice(0, at), parent];
}

/** Fields no AWS resource carries: where each goes instead. Their edits must plan nothing. */
const ELSEWHERE: [RegExp, string][] = [
  [/^access\.allowAnywhere$/, 'lets access.operatorCidrs hold 0.0.0.0/0; the ranges are the rules'],
  [/^images\.keep$/, 'how many images a bake keeps; no more than that are there'],
  [/^locust\.workers\.maxLostShare$/, "the load test's tolerance of lost workers"],
  [/^locust\.memoryPerAgentMiB$/, "the validator's sizing of the workers"],
  [/^loadTest\./, "the load test's run"],
  [/^regression\./, 'the regression workflow'],
  [/^teardown\./, 'the generated teardown schedule and its mode; the expiry tag each apply renews'],
];

/** Per form: fields that form does not deploy. */
const FORM_ELSEWHERE: Record<string, [RegExp, string][]> = {
  'clusters/perf-example.yml': [
    [
      /^source\.repository$/,
      'the stand-alone machines were cloned by hand; only machines the toolkit makes clone it',
    ],
  ],
  'clusters/example.yml': [],
};

/** Fields with no other value the validator accepts alone, and where their edits are held. */
const NO_SINGLE_EDIT: [RegExp, string][] = [
  [/^locust\.(issuer|verifier)\.type$/, 'one value (acapy)'],
  [/^acapy\.loadBalancerScheme$/, 'needs acapy.adminTls with it: test/plan/operator-edits.test.ts'],
  [
    /^acapy\.secrets\.wallet\w+\.generated$/,
    'with machines.database the account and password pairs change together',
  ],
  [
    /^source\.ref$/,
    'a commit the toolkit does not know needs acapy.version: test/plan/plan-equals-apply-random.test.ts',
  ],
  [/^images\.acapy\.machine$/, 'a regression bakes its variants from the issuer'],
  [/^acapy\.walletType$/, "the regression baseline's wallet type (from-zero form)"],
  [/^regression\./, 'the regression workflow (above)'],
];

const FORMS = ['clusters/perf-example.yml', 'clusters/example.yml'];
const VALUES_TRIED = 4;

type Outcome = { kind: 'planned' | 'nothing' | 'refused' | 'no valid edit'; text: string };

test.each(FORMS)(
  '%s: every field edited alone is planned, or reaches no AWS resource',
  async (base) => {
    const step = await day(base);
    const first = await step([]);
    const cluster = parseClusterText(fileWith(base), base).cluster;
    const elsewhere = [...ELSEWHERE, ...(FORM_ELSEWHERE[base] ?? [])];
    const missed: string[] = [];
    let swept = 0;
    for (const [path, value] of leaves(cluster)) {
      // What names the cluster and its account: a rename is another cluster.
      if (path[0] === 'name' || path[0] === 'region') continue;
      swept++;
      const at = path.join('.');
      const outcomes: Outcome[] = [];
      let refusal = '';
      const goesElsewhere = elsewhere.find(([re]) => re.test(at));
      for (const cand of candidates(path, value)) {
        if (outcomes.length >= VALUES_TRIED) break;
        // A field that reaches AWS needs one edit the plan lists; one that goes elsewhere, none of them.
        if (!goesElsewhere && outcomes.some((o) => o.kind !== 'nothing')) break;
        let want: ReturnType<typeof parseClusterText>['cluster'];
        try {
          want = parseClusterText(fileWith(base, editOf(base, cluster, path, cand)), base).cluster;
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          refusal ||= `${JSON.stringify(cand)}: ${err.problems[0]?.message}`;
          continue;
        }
        const edited = `${at} = ${JSON.stringify(cand)}`;
        try {
          const plan = await livePlan(awsContext(want, first.account.deps), want, new TemplateSet());
          const said = [
            ...plan.changes.map((c) => c.resource),
            ...plan.notes,
            ...plan.scripts.filter((x) => x.runs && x.diff).map((x) => x.title),
          ];
          outcomes.push(
            said.length
              ? { kind: 'planned', text: `${edited}: ${said.join('; ')}` }
              : { kind: 'nothing', text: edited },
          );
        } catch (err) {
          // A refusal names the field and what to do (an edit AWS cannot make in place).
          const message = (err as Error).message;
          expect({ edited, message }).toEqual({ edited, message: expect.stringMatching(/\(.*\)/s) });
          outcomes.push({ kind: 'refused', text: `${edited}: ${message.split('\n')[0]}` });
        }
      }
      if (outcomes.length === 0) {
        if (!NO_SINGLE_EDIT.some(([re]) => re.test(at)))
          missed.push(
            `${at}: no edit the validator accepts was found (${refusal}); add candidates, or list it in NO_SINGLE_EDIT`,
          );
        continue;
      }
      const said = outcomes.filter((o) => o.kind !== 'nothing');
      if (goesElsewhere && said.length)
        missed.push(`${at} is listed as ${goesElsewhere[1]}, but its edit reached AWS: ${said[0]?.text}`);
      if (!goesElsewhere && said.length === 0)
        missed.push(`${at}: edited (${outcomes.map((o) => o.text).join(', ')}), and the plan says nothing`);
    }
    console.log(`${base}: ${swept} fields swept, each edited alone and planned`);
    expect(missed).toEqual([]);
    expect(swept).toBeGreaterThan(base.endsWith('perf-example.yml') ? 70 : 90);
  },
  300_000,
);
