// The regression section: a bad variant list is refused with one located message per problem before
// any AWS call; a release the toolkit does not know fails only that variant; a variant's checkout is
// the FROM line's tag and the arg file's wallet lines, in the script the plan shows.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseClusterText } from '../../src/config/load.js';
import { formatPath, type LocatedProblem } from '../../src/config/problems.js';
import {
  interleavedRuns,
  variantBlocker,
  variantCheckout,
  variantIssuerInput,
} from '../../src/regression/variants.js';
import { OFFLINE_MACHINE_FACTS } from '../../src/render/machine-inputs.js';
import { machineScript } from '../../src/render/machine-scripts.js';
import { TemplateSet } from '../../src/render/render.js';
import { problemsOf } from '../fixtures/cluster-files.js';

const FILE = 'clusters/example.yml';
const text = readFileSync(FILE, 'utf8');

function withRegression(edit: (variants: Record<string, unknown>[]) => unknown[], more: object = {}): string {
  const doc = parseDocument(text);
  const r = doc.toJS().regression as { variants: Record<string, unknown>[] };
  doc.setIn(['regression'], doc.createNode({ ...r, variants: edit(r.variants), ...more }));
  return doc.toString();
}

const describe_ = (p: LocatedProblem) =>
  `${p.severity} ${formatPath(p.path)}: ${p.message}${p.hint ? ` [${p.hint}]` : ''}`;
/** The line of the last occurrence of needle (the variant the problem is about comes second). */
const lineOf = (t: string, needle: string) => t.split('\n').findLastIndex((l) => l.includes(needle)) + 1;

test('the shipped example compares two releases on one baseline', () => {
  const c = parseClusterText(text, FILE).cluster;
  expect(c.regression?.variants.map((v) => [v.name, v.acapyTag, v.baseline])).toEqual([
    ['acapy-1-3', 'py3.12-1.3.0', true],
    ['acapy-1-4', 'py3.12-1.4.0', false],
  ]);
  expect(interleavedRuns(c.regression?.variants ?? [], 2)).toEqual([
    { variant: 'acapy-1-3', repetition: 1 },
    { variant: 'acapy-1-4', repetition: 1 },
    { variant: 'acapy-1-3', repetition: 2 },
    { variant: 'acapy-1-4', repetition: 2 },
  ]);
});

test.each([
  [
    'unknown wallet type',
    (v: Record<string, unknown>[]) => [v[0], { ...v[1], walletType: 'sqlite' }],
    [
      'error regression.variants[1].walletType: expected one of "askar", "askar-anoncreds", "kanon-anoncreds"',
    ],
    'sqlite',
  ],
  [
    'no baseline',
    (v: Record<string, unknown>[]) => v.map((x) => ({ ...x, baseline: false })),
    [
      'error regression.variants: no variant is the baseline; the others are compared with it and the cluster is left on it [add baseline: true to exactly one variant]',
    ],
    'variants:',
  ],
  [
    'two baselines',
    (v: Record<string, unknown>[]) => v.map((x) => ({ ...x, baseline: true })),
    [
      'error regression.variants[1].baseline: a second baseline: variant acapy-1-3 is already the baseline [keep baseline: true on exactly one variant]',
    ],
    'baseline: true',
  ],
  [
    'duplicate name',
    (v: Record<string, unknown>[]) => [v[0], { ...v[1], name: 'acapy-1-3' }],
    [
      'error regression.variants[1].name: variant name acapy-1-3 is already used by variants[0] [give each variant its own name: it names its image and its rows in the report]',
    ],
    'name: acapy-1-3',
  ],
  [
    'a name that would reach Markdown and tags as markup',
    (v: Record<string, unknown>[]) => [v[0], { ...v[1], name: 'x|<b>' }],
    [
      'error regression.variants[1].name: expected 2-24 characters: lower-case letters, digits and dashes, starting with a letter (it names an image, AWS tags and report rows)',
    ],
    'x|<b>',
  ],
  [
    'an extra setting outside the constrained set',
    (v: Record<string, unknown>[]) => [v[0], { ...v[1], settings: { 'admin-insecure-mode': true } }],
    [
      'error regression.variants[1].settings.admin-insecure-mode: unknown field [known fields here: log-level, debug-connections, debug-credentials, debug-presentations, preserve-exchange-records, auto-store-credential]',
    ],
    'admin-insecure-mode',
  ],
  [
    'variants that would run different Locust scenarios',
    (v: Record<string, unknown>[]) => [v[0], { ...v[1], walletType: 'askar-anoncreds' }],
    [
      'error regression.variants[1].walletType: askar-anoncreds issues in the anoncreds format, the baseline acapy-1-3 (askar) in the other: Locust would not run the same scenario [compare askar-anoncreds with kanon-anoncreds, or askar variants with each other]',
    ],
    'askar-anoncreds',
  ],
  [
    'a baseline on a release the toolkit does not know',
    (v: Record<string, unknown>[]) => [{ ...v[0], acapyTag: 'py3.12-9.9.9' }, v[1]],
    [
      'error regression.variants[0].acapyTag: ACA-Py 9.9.9 (acapy-agent:py3.12-9.9.9) is not a release the toolkit knows (1.3.0, 1.4.0); variant acapy-1-3 was not built or load-tested [use one of py3.12-1.3.0, py3.12-1.4.0]',
    ],
    '9.9.9',
  ],
])('%s is refused, located', (_title, edit, expected, needle) => {
  const bad = withRegression(edit);
  const problems = problemsOf(bad, FILE).filter((p) => p.severity === 'error');
  expect(problems.map(describe_)).toEqual(expected);
  expect(problems[0]?.line).toBe(lineOf(bad, needle));
});

test('a schedule that is not weekly is refused', () => {
  const bad = withRegression((v) => v, { schedule: '0 * * * *' });
  expect(problemsOf(bad, FILE).map(describe_)).toEqual([
    'error regression.schedule: "0 * * * *" is not weekly: a regression takes about an hour of a cluster [one minute, hour and weekday, e.g. "0 3 * * 1" (Mondays 03:00 UTC)]',
  ]);
});

test('a variant on a release that does not exist is a warning, and that variant is blocked before its load test', () => {
  const odd = withRegression((v) => [v[0], { ...v[1], acapyTag: 'py3.12-1.9.7' }]);
  const loaded = parseClusterText(odd, FILE);
  expect(loaded.warnings.map(describe_)).toEqual([
    'warning regression.variants[1].acapyTag: ACA-Py 1.9.7 (acapy-agent:py3.12-1.9.7) is not a release the toolkit knows (1.3.0, 1.4.0); variant acapy-1-4 was not built or load-tested [use one of py3.12-1.3.0, py3.12-1.4.0]',
  ]);
  const [base, other] = loaded.cluster.regression?.variants ?? [];
  expect(base && variantBlocker(base)).toBeUndefined();
  expect(other && variantBlocker(other)).toMatch(/^ACA-Py 1\.9\.7 .* not a release the toolkit knows/);
});

test("a variant's checkout: the FROM tag replaced literally before the release check, the wallet lines set", () => {
  const c = parseClusterText(
    withRegression((v) => [
      v[0],
      { ...v[1], settings: { 'log-level': 'warning', 'debug-connections': false } },
    ]),
    FILE,
  ).cluster;
  const [base, v14] = c.regression?.variants ?? [];
  if (!base || !v14) throw new Error('two variants');
  expect(variantCheckout(c, base).replacements).toEqual([]);
  const checkout = variantCheckout(c, v14);
  expect(checkout.replacements).toEqual([
    { file: 'docker/Dockerfile', placeholder: 'acapy-agent:py3.12-1.3.0', value: 'acapy-agent:py3.12-1.4.0' },
  ]);
  const script = machineScript(new TemplateSet(), variantIssuerInput(c, OFFLINE_MACHINE_FACTS, v14));
  const replace = script.indexOf("placeholder='acapy-agent:py3.12-1.3.0'");
  const check = script.indexOf("want='1.4.0'");
  expect(replace).toBeGreaterThan(0);
  expect(check).toBeGreaterThan(replace);
  expect(script).toContain("set_arg 'wallet-type' 'askar'");
  expect(script).toContain("set_arg 'wallet-storage-type' 'postgres_storage'");
  expect(script).toContain("set_arg 'log-level' 'warning'");
  expect(script).toContain("set_arg 'debug-connections' 'false'");
});

test('a regression needs the database machine (its wallet reset) and the ACA-Py image made from the issuer', () => {
  const doc = parseDocument(text);
  doc.deleteIn(['machines', 'database']);
  doc.setIn(['images', 'acapy'], doc.createNode({ instanceId: 'i-0123456789abcdef0' }));
  const problems = problemsOf(doc.toString(), FILE).map(describe_);
  expect(problems).toContain(
    'error images.acapy: a regression bakes each variant from the issuer machine: the ACA-Py image must be made from it too [set images.acapy to { machine: issuer }]',
  );
  expect(problems).toContain(
    'error regression: a regression resets the wallet databases on machines.database before each run [add machines.database (see clusters/example.yml)]',
  );
});
