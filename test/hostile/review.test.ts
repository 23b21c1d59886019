// A second hostile review: inputs the first suite did not try. Each block is one finding: YAML the
// loader read differently from how a reviewer reads it, characters nobody can see, .env values
// docker compose reads differently from how they were written, mentions in PR comments, secrets
// under names and shapes the policy missed, and bounds on fields that had none.
import { instanceProfileOf } from '../../src/cluster/profiles.js';
import { parseClusterText } from '../../src/config/load.js';
import { ConfigError, type LocatedProblem } from '../../src/config/problems.js';
import { type LoadTestSummary, summaryMarkdown } from '../../src/loadtest/results.js';
import { offlinePlan } from '../../src/plan/offline-plan.js';
import { EnvFileError, locustEnv, OFFLINE_FACTS } from '../../src/render/env-files.js';
import { mdText } from '../../src/render/markdown.js';
import { shellQuote, TemplateError, TemplateSet } from '../../src/render/render.js';
import { exampleText, exampleWith } from '../fixtures/cluster-files.js';
import { cluster } from '../fixtures/example-cluster.js';

function problemsOf(text: string): LocatedProblem[] {
  try {
    parseClusterText(text, 'clusters/hostile.yml');
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.filter((p) => p.severity === 'error');
    throw err;
  }
  throw new Error('accepted');
}
const errorsOf = (text: string) => problemsOf(text).map((p) => p.message);
const example = exampleText();
const lineOf = (needle: string) => example.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('YAML the loader used to read differently from how a reviewer reads it', () => {
  test('an explicit tag (!foo, !!js/function, !!set) is refused where it stands, not silently dropped', () => {
    for (const tag of ['!foo', '!!js/function', '!!set', '!<tag:example.org,2024:x>']) {
      const onMap = problemsOf(example.replace('tags:\n', `tags: ${tag}\n`));
      expect(onMap.map((p) => p.message)).toContain(`the YAML tag ${tag} is not allowed here`);
      const problems = problemsOf(
        example.replace('ref: 404c7a16fd7cedc85fa24c14851affc22878749c', `ref: ${tag} main`),
      );
      expect(problems.map((p) => p.message)).toEqual([`the YAML tag ${tag} is not allowed here`]);
      expect(problems[0]?.line).toBe(lineOf('ref: 404c7a16fd7cedc85fa24c14851affc22878749c'));
      expect(problems[0]?.hint).toMatch(/remove the tag/);
    }
  });

  test('a %YAML 1.1 or %TAG directive is refused (1.1 turns on merge keys, yes/no booleans, 1:20 = 80)', () => {
    for (const head of ['%YAML 1.1\n---\n', '%TAG !e! tag:example.org,2024:\n---\n']) {
      const problems = problemsOf(`${head}${example}`);
      expect(problems.map((p) => p.message)).toEqual(['YAML directives (%YAML, %TAG) are not allowed']);
      expect(problems[0]?.line).toBe(1);
    }
    expect(() => parseClusterText(`---\n${example}`, 'clusters/x.yml')).not.toThrow();
  });

  test('an alias as a key is refused: it repeated a key past the duplicate check', () => {
    // The reviewer reads name: perf-example at the top; *n : other-name further down replaced it.
    const text = example
      .replace(/^name: perf-example$/m, '&n name: perf-example')
      .replace(/^region: us-east-1$/m, 'region: us-east-1\n*n : other-name');
    const problems = problemsOf(text);
    expect(problems.map((p) => p.message)).toEqual(['the alias *n is used as a key']);
    expect(problems[0]?.line).toBe(lineOf('region: us-east-1') + 1);
    expect(errorsOf(example.replace('team: example-team', '&k team: example-team\n  *k : evil'))).toEqual([
      'the alias *k is used as a key',
    ]);
  });

  test.each([
    ['0x1F90', '8080'],
    ['0o17', '15'],
    ['017', '17'],
  ])('the number %s is refused: write it as %s', (written, decimal) => {
    const problems = problemsOf(example.replace('count: 2', `count: ${written}`));
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [`the number ${written} is not written in plain decimal`, `write it as ${decimal}`],
    ]);
    expect(problems[0]?.line).toBe(lineOf('count: 2'));
  });

  test('a __proto__ key is refused, not dropped or turned into a hidden prototype', () => {
    const inTags = problemsOf(example.replace('team: example-team', '__proto__: example-team'));
    expect(inTags.map((p) => p.message)).toEqual(['the key __proto__ is not allowed']);
    expect(inTags[0]?.line).toBe(lineOf('team: example-team'));
    expect(errorsOf(`${example}__proto__: { name: other-cluster }\n`)).toEqual([
      'the key __proto__ is not allowed',
    ]);
    const hidden = example.replace(
      /^locust:\n/m,
      'locust:\n  environment:\n    __proto__: { ISSUER_URL: "http://evil.example" }\n',
    );
    expect(errorsOf(hidden)).toEqual(['the key __proto__ is not allowed']);
  });
});

describe('characters nobody can see in a diff', () => {
  // Zero-width space and joiner, word joiner, soft hyphen, an invisible Unicode "tag" letter (hides
  // text in plain sight), a private-use glyph, a lone surrogate (not even valid UTF-8 once written).
  const INVISIBLE: [string, string][] = [
    ['U+200B', 'hi\u200bthere'],
    ['U+200D', 'hi\u200dthere'],
    ['U+2060', 'hi\u2060there'],
    ['U+00AD', 'hi\u00adthere'],
    ['U+E0041', 'hi\u{e0041}there'],
    ['U+E000', 'hi\ue000there'],
    ['U+D800', 'hi\ud800there'],
  ];
  test.each(INVISIBLE)('%s in a free-text value is refused with its code point', (code, value) => {
    expect(errorsOf(exampleWith([['locust', 'messageToSend'], value]))).toEqual([
      `contains the invisible or unassigned character ${code}; only printable text is allowed`,
    ]);
    expect(errorsOf(exampleWith([['acapy', 'environment'], { EXTRA: value }]))).toHaveLength(1);
  });

  test('visible non-ASCII text still passes', () => {
    expect(() =>
      parseClusterText(
        exampleWith([['locust', 'messageToSend'], 'héllo wörld — 負荷テスト ✓']),
        'clusters/x.yml',
      ),
    ).not.toThrow();
  });
});

describe('.env values docker compose reads differently from how they are written', () => {
  // In a .env file compose strips surrounding quotes, lets a value opened by a quote run over the
  // following lines (MESSAGE_TO_SEND="x would swallow IS_ANONCREDS ... AGENT_IP), cuts an unquoted
  // value at " #", and trims surrounding blanks: the agents would not get what the plan shows.
  const MISREAD: [string, string][] = [
    ['a leading double quote', '"x'],
    ['a leading single quote', "'x'"],
    ['an inline comment', 'hello #world'],
    ['a trailing blank', 'hello '],
    ['a leading blank', ' hello'],
    ['a tab before #', 'hello\t#x'],
  ];
  test.each(MISREAD)('%s is refused in messageToSend and in environment', (_what, value) => {
    const m = errorsOf(exampleWith([['locust', 'messageToSend'], value]));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/docker compose would read it differently|control or direction character/);
    expect(errorsOf(exampleWith([['locust', 'environment'], { EXTRA: value }]))).toHaveLength(1);
  });

  test('quotes and # inside a value still pass (compose keeps them)', () => {
    const c = cluster([['locust', 'environment'], { EXTRA: 'say "hi" to item#1, it\'s fine' }]);
    expect(c.locust.environment.EXTRA).toBe('say "hi" to item#1, it\'s fine');
  });

  test('past validation, the writer refuses a value compose would misread', () => {
    const c = structuredClone(cluster());
    c.locust.messageToSend = '"x';
    expect(() => locustEnv(c, OFFLINE_FACTS, 'worker')).toThrow(EnvFileError);
    c.locust.messageToSend = 'x #y';
    expect(() => locustEnv(c, OFFLINE_FACTS, 'worker')).toThrow(/docker compose would read/);
  });
});

describe('Markdown: values cannot ping people or cross-reference issues', () => {
  test('a tag value @org/team in the offline plan does not mention anyone', () => {
    const c = cluster([['tags'], { type: 'Perf', owner: '@openwallet-foundation/maintainers' }]);
    const md = offlinePlan(
      { file: 'clusters/perf-example.yml', cluster: c, warnings: [], text: '' },
      new TemplateSet(),
    );
    expect(md).toContain('owner=@');
    expect(md).not.toMatch(/(^|[^\w&;])@openwallet-foundation/m);
  });

  test('mdText breaks @mentions and #123 references but keeps e-mail-like text readable', () => {
    expect(mdText('ping @octocat and #12, see GH-3')).toBe('ping @&#8203;octocat and #&#8203;12, see GH-3');
    expect(mdText('a@b.example')).toBe('a@b.example');
  });

  test("an agent's error text in the load-test summary pings nobody", () => {
    const stat = { method: 'GET', name: 'x', requests: 1, failures: 1, rps: 1, p50: 1, p95: 1, p99: 1 };
    const s: LoadTestSummary = {
      cluster: 'perf-example',
      users: 1,
      spawnRate: 1,
      runTimeSeconds: 1,
      actualSeconds: 1,
      totals: { ...stat, name: 'Aggregated' },
      requests: [stat],
      gates: [],
      failures: [{ step: 'x', occurrences: 1, errors: ['cc @octocat see #1'], hint: '' }],
      valid: false,
      invalidReason: 'asked @octocat',
      passed: false,
    };
    expect(summaryMarkdown(s, [])).not.toMatch(/(^|[^\w&;])@octocat|(^|[^\w&;])#1\b/m);
  });
});

describe('compose YAML: a service name the override file would read as another type', () => {
  // configure-master writes `services:\n  <service>:` for compose to read: null, true or 1e3 there is
  // not the service named so, and Locust would silently not run as the master.
  test.each(['null', 'true', 'False', 'yes', 'off', '1e3', '0x10', '123', '1_000'])(
    '%s is refused',
    (service) => {
      expect(errorsOf(exampleWith([['source', 'locustService'], service]))).toEqual([
        `"${service}" would be read as null, a boolean or a number in a compose file; name the service with a letter in it`,
      ]);
    },
  );

  test('ordinary service names still pass', () => {
    for (const s of ['load-agent', 'locust', 'agent2', 'v1.2.3'])
      expect(cluster([['source', 'locustService'], s]).source.locustService).toBe(s);
  });
});

describe('AWS names: a valid cluster name AWS would refuse half-way through a build', () => {
  test.each(['internal-perf', 'sg-perf'])('%s is refused before anything is made', (name) => {
    const problems = problemsOf(example.replace('name: perf-example', `name: ${name}`));
    expect(problems.map((p) => p.message)).toEqual([
      'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
    ]);
    expect(problems[0]?.line).toBe(lineOf('name: perf-example'));
  });

  test('names that merely contain them still pass', () => {
    for (const name of ['perf-internal', 'sgx-perf', 'internals'])
      expect(cluster([['name'], name]).name).toBe(name);
  });
});

describe('the wallet database host: it receives the wallet account and password', () => {
  test.each(['2130706433', '0x7f.1', '127.1', '010.0.1.20', '10.0.1.020'])(
    '%s (an address in a form a reviewer cannot read) is refused',
    (host) => {
      expect(errorsOf(exampleWith([['acapy', 'databaseHost'], host]))).toEqual([
        'a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)',
      ]);
    },
  );

  test.each(['203.0.113.5', '8.8.8.8'])('the public address %s is refused', (host) => {
    const problems = problemsOf(exampleWith([['acapy', 'databaseHost'], host]));
    expect(problems.map((p) => p.message)).toEqual([
      `${host} is not a private address; ACA-Py would send the wallet account and password to it`,
    ]);
    expect(problems[0]?.line).toBe(lineOf('databaseHost:'));
  });

  test('private addresses and DNS names still pass', () => {
    for (const host of ['10.0.1.20', '172.16.0.5', 'db.internal', 'wallet-db.perf.example.org', 'db1'])
      expect(cluster([['acapy', 'databaseHost'], host]).acapy.databaseHost).toBe(host);
  });
});

describe("instance profiles: the instances run the pull request's code with them", () => {
  test("a profile outside the toolkit's own (an admin profile of the account) is refused, located", () => {
    const problems = problemsOf(example.replace(/^tags:/m, 'instanceProfile: OrganizationAdmin\ntags:'));
    expect(problems.map((p) => p.message)).toEqual([
      "expected one of the toolkit's instance profiles, akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
    ]);
    expect(problems[0]?.line).toBe(lineOf('tags:'));
    // The cluster's own by default; a shared one named on purpose is still the operator's choice.
    expect(cluster().instanceProfile).toBeUndefined();
    expect(instanceProfileOf(cluster())).toBe('akrida-ops-instance-perf-example');
    for (const name of ['akrida-ops-instance', 'akrida-ops-perf', 'akrida-ops-instance-perf-example']) {
      expect(cluster([['instanceProfile'], name]).instanceProfile).toBe(name);
    }
    expect(errorsOf(exampleWith([['instanceProfile'], 'akrida-opsx']))).toHaveLength(1);
  });

  test.each([
    ['akrida-ops-deploy', /is a workflow role of the toolkit/],
    ['akrida-ops-teardown', /is a workflow role of the toolkit/],
    [
      'akrida-ops-issuer-perf-example',
      /an issuer machine's own profile: only that machine may read its DID seed/,
    ],
    ['akrida-ops-issuer-other', /an issuer machine's own profile/],
    [
      'akrida-ops-instance-example',
      /is cluster example's own profile: its instances would read that cluster's parameters/,
    ],
  ])('%s: refused, located, before any AWS call', (name, why) => {
    const text = example.replace(/^tags:/m, `instanceProfile: ${name}\ntags:`);
    const problems = problemsOf(text);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(why)]);
    expect(problems[0]?.line).toBe(lineOf('tags:'));
    expect(problems[0]?.hint).toBe(
      "leave instanceProfile out: the cluster's own profile is akrida-ops-instance-perf-example",
    );
  });

  test("a secret reference to the issuer's DID seed is refused: only the issuer machine reads it", () => {
    const messages = errorsOf(
      exampleWith([
        ['acapy', 'secrets', 'adminApiKey'],
        { parameter: '/akrida-ops/perf-example/issuer/did-seed' },
      ]),
    );
    expect(messages).toEqual([
      "/akrida-ops/perf-example/issuer/did-seed is the issuer's DID seed: only the issuer machine's own profile may read it",
    ]);
  });
});

describe('secrets under names and shapes the policy missed', () => {
  const AS_ENV: [string, string][] = [
    ['ACAPY_WALLET_STORAGE_CREDS', '{"account":"postgres","password":"mysecretpassword"}'],
    ['POSTGRES_PW', 'hunter2'],
    ['ADMINKEY', 'hunter2'],
    ['AUTHORIZATION', 'hunter2'],
    ['DB_URL', 'postgres://admin:hunter2@db.internal/wallet'],
    ['WALLET_CONFIG', 'password=hunter2'],
    ['DID', '000000000000000000000000Steward1'],
  ];
  test.each(AS_ENV)('environment %s is refused as a secret written in clear', (key, value) => {
    const m = errorsOf(exampleWith([['acapy', 'environment'], { [key]: value }]));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^a secret written as a literal value/);
  });

  test('a token as locust.schema, locust.credDef or a tag key is refused (they were not scanned)', () => {
    const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
    for (const field of ['schema', 'credDef']) {
      expect(errorsOf(exampleWith([['locust', field], token]))).toEqual([
        'a secret written as a literal value (it has the shape of a token, key or private key)',
      ]);
    }
    expect(errorsOf(exampleWith([['tags'], { type: 'Perf', [token]: 'x' }]))).toEqual([
      'a secret written as a literal value (it has the shape of a token, key or private key)',
    ]);
    // Real ledger identifiers still pass.
    const c = cluster(
      [['locust', 'schema'], 'Th7MpTaRZVRYnPiabds81Y:2:score:1.0'],
      [['locust', 'credDef'], 'Th7MpTaRZVRYnPiabds81Y:3:CL:12:default'],
    );
    expect(c.locust.schema).toBe('Th7MpTaRZVRYnPiabds81Y:2:score:1.0');
  });

  test('ordinary settings still pass', () => {
    const env = {
      LOG_LEVEL: 'debug',
      ACAPY_LABEL: 'perf agent 1',
      ACAPY_WALLET_TYPE: 'askar',
      KEYCLOAK: 'off',
    };
    expect(cluster([['acapy', 'environment'], env]).acapy.environment).toEqual(env);
  });
});

/** CPU milliseconds this process spent since `from`: the work's cost, however busy the machine is. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

describe('bounds: brackets hidden from the pre-parse scan', () => {
  // The scan skips quoted text, but guessed a quote where YAML has none (a plain scalar with a
  // blank and a ' in it): everything after went unscanned, and 256 KB of [ took 300 MB to refuse.
  test('deep brackets after a fake quote are refused before parsing, located', () => {
    const text = `${example.replace('team: example-team', "team: it is 'fine")}deep: ${'['.repeat(5000)}\n`;
    const started = process.cpuUsage();
    const problems = problemsOf(text);
    expect(cpuMs(started)).toBeLessThan(1000);
    expect(problems.map((p) => p.message)).toEqual([
      'more than 1000 bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)',
    ]);
    expect(problems[0]?.line).toBe(example.split('\n').length);
  });

  test('brackets in quotes and comments of an ordinary file still pass', () => {
    const text = example
      .replace('ledger: bcovrin', 'ledger: bcovrin # see [the docs] {x}')
      .replace(/^locust:\n/m, 'locust:\n  messageToSend: "it\'s [x] {y}"\n');
    expect(parseClusterText(text, 'clusters/x.yml').cluster.locust.messageToSend).toBe("it's [x] {y}");
  });
});

describe('bounds on fields that had none', () => {
  test('a 200 KB instance type is refused by length, without echoing it back', () => {
    const long = `c${'x'.repeat(200_000)}.large`;
    const started = process.cpuUsage();
    const problems = problemsOf(example.replace('instanceType: c7i.large', `instanceType: ${long}`));
    expect(cpuMs(started)).toBeLessThan(1000);
    expect(problems.map((p) => p.message)).toEqual(['expected at most 32 characters']);
  });

  test('the source ref is a full commit id: a branch, a tag or a short id can name other code later', () => {
    for (const ref of [
      'main',
      'main.',
      'a/.hidden',
      'release/v1.2.3',
      'v1.2.0',
      '404c7a16',
      '404C7A16FD7CEDC85FA24C14851AFFC22878749C',
      `${'404c7a16fd7cedc85fa24c14851affc22878749c'}0`,
    ]) {
      expect(
        errorsOf(example.replace('ref: 404c7a16fd7cedc85fa24c14851affc22878749c', `ref: "${ref}"`)),
      ).toEqual([
        'expected the full 40-hex commit id (a branch, tag or short id can name other code later); resolve one with git ls-remote REPOSITORY REF',
      ]);
    }
    expect(() => parseClusterText(example, 'clusters/x.yml')).not.toThrow();
  });
});

describe('shell quoting of what no field should carry', () => {
  test('shq refuses a NUL byte (bash would refuse the whole script as binary)', () => {
    expect(() => shellQuote('x\u0000y')).toThrow(TemplateError);
  });
});
