// Bad cluster files: one exact message per problem, located on the right line, and no AWS call.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { formatPath, type LocatedProblem } from '../../src/config/problems.js';
import { akrida } from '../fixtures/cli.js';
import { exampleWith, problemsOf } from '../fixtures/cluster-files.js';

const awsMocks = [
  mockClient(EC2Client),
  mockClient(AutoScalingClient),
  mockClient(ElasticLoadBalancingV2Client),
  mockClient(SSMClient),
  mockClient(STSClient),
];
afterAll(() => {
  for (const m of awsMocks) m.restore();
});

type Case = [title: string, text: string, expected: string[]];

/** `severity path: message [hint]`, the location checked separately. */
const describeProblem = (p: LocatedProblem) =>
  `${p.severity} ${formatPath(p.path)}: ${p.message}${p.hint ? ` [${p.hint}]` : ''}`;

const cases: Case[] = [
  [
    'name not DNS-safe',
    exampleWith([['name'], 'Perf_Example']),
    [
      'error name: expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter [e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters]',
    ],
  ],
  [
    'name too long for load balancer names',
    exampleWith([['name'], 'a-very-long-cluster-name-x']),
    [
      'error name: expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter [e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters]',
    ],
  ],
  [
    'name missing',
    exampleWith([['name']]),
    ['error name: required string is missing [add name: to the top level]'],
  ],
  [
    'unknown region',
    exampleWith([['region'], 'us-east-9']),
    ['error region: unknown region "us-east-9" [did you mean us-east-1 or us-east-2 or ap-east-1?]'],
  ],
  [
    'misspelt top-level field',
    exampleWith([['regoin'], 'us-east-1']),
    ['error regoin: unknown field [did you mean region?]'],
  ],
  [
    'misspelt nested field',
    exampleWith([['acapy', 'capacty'], { min: 1 }]),
    ['error acapy.capacty: unknown field [did you mean capacity?]'],
  ],
  [
    'bad VPC id',
    exampleWith([['network', 'vpcId'], 'vpc-xyz']),
    ['error network.vpcId: expected a VPC id vpc-…'],
  ],
  [
    'one subnet only',
    exampleWith([['network', 'subnetIds'], ['subnet-0123456789abcdef0']]),
    ['error network.subnetIds: an Application Load Balancer needs subnets in at least 2 availability zones'],
  ],
  [
    'CIDR prefix out of range',
    exampleWith([['network', 'vpcCidrs'], ['10.0.0.0/33']]),
    ['error network.vpcCidrs[0]: expected an IPv4 CIDR such as 10.0.0.0/16'],
  ],
  [
    'CIDR octet out of range',
    exampleWith([['access', 'operatorCidrs'], ['300.1.1.1/32']]),
    ['error access.operatorCidrs[0]: expected an IPv4 CIDR whose octets are 0-255'],
  ],
  [
    'open to the internet without opt-in',
    exampleWith([['access', 'operatorCidrs'], ['0.0.0.0/0']]),
    [
      'error access.operatorCidrs: these ranges together open the ACA-Py admin listener and Locust UI to 4294967296 addresses (100 % of the IPv4 internet); at most a /8 is allowed [list your own ranges, or set access.allowAnywhere: true if you really mean it]',
    ],
  ],
  [
    'ssh repository URL',
    exampleWith([['source', 'repository'], 'git@github.com:org/akrida.git']),
    [
      'error source.repository: expected an https:// git URL [e.g. https://github.com/openwallet-foundation/owl-akrida.git]',
    ],
  ],
  [
    'locustfile not Python',
    exampleWith([['source', 'locustFiles'], ['locustIssue.txt']]),
    ['error source.locustFiles[0]: expected a Python locustfile ending in .py'],
  ],
  [
    'compose file outside the checkout',
    exampleWith([['source', 'compose', 'worker'], '../worker.yml']),
    [
      'error source.compose.worker: expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot',
    ],
  ],
  [
    'image source neither id nor tags',
    exampleWith([['images', 'acapy'], { instanceId: 'abc' }]),
    ['error images.acapy.instanceId: expected an instance id i-…'],
  ],
  ['keep no images', exampleWith([['images', 'keep'], 0]), ['error images.keep: expected at least 1']],
  [
    'unknown ACA-Py instance type',
    exampleWith([['acapy', 'instanceType'], 't3.lage']),
    [
      'error acapy.instanceType: unknown instance type "t3.lage" [did you mean t3.large or t2.large or t3.xlarge?]',
    ],
  ],
  [
    'min above desired',
    exampleWith([['acapy', 'capacity', 'min'], 2]),
    ['error acapy.capacity.min: min (2) is above desired (1) [min <= desired <= max]'],
  ],
  [
    'desired above max',
    exampleWith([['acapy', 'capacity', 'desired'], 5]),
    ['error acapy.capacity.desired: desired (5) is above max (2) [min <= desired <= max]'],
  ],
  [
    'ACA-Py ports collide',
    exampleWith([['acapy', 'ports'], { admin: 8150, transport: 8150 }]),
    [
      'error acapy.ports.transport: port 8150 is already used by acapy.ports.admin on the ACA-Py instances [give each a distinct port]',
    ],
  ],
  [
    'listener ports collide',
    exampleWith([['acapy', 'listeners'], { admin: 80 }]),
    [
      'error acapy.listeners.transport: port 80 is already used by acapy.listeners.admin on the ACA-Py load balancers [give each a distinct port]',
    ],
  ],
  [
    'port out of range',
    exampleWith([['acapy', 'ports'], { admin: 70000 }]),
    ['error acapy.ports.admin: expected at most 65535'],
  ],
  [
    'health-check interval not a number',
    exampleWith([['acapy', 'healthCheck'], { intervalSeconds: 'twelve' }]),
    ['error acapy.healthCheck.intervalSeconds: expected number, got string'],
  ],
  [
    'health-check success codes',
    exampleWith([['acapy', 'healthCheck'], { successCodes: 'OK' }]),
    ['error acapy.healthCheck.successCodes: expected HTTP codes such as 200 or 200-299'],
  ],
  [
    'secret written in clear',
    exampleWith([['acapy', 'secrets', 'adminApiKey'], 'not-a-reference']),
    [
      'error acapy.secrets.adminApiKey: a secret written as a literal value [store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }]',
    ],
  ],
  [
    'secret missing',
    exampleWith([['acapy', 'secrets', 'walletPassword']]),
    [
      'error acapy.secrets.walletPassword: required setting is missing [add walletPassword: to acapy.secrets]',
    ],
  ],
  [
    'secret reference of the wrong shape',
    exampleWith([['acapy', 'secrets', 'walletAccount'], { parameter: 'no-slash' }]),
    [
      'error acapy.secrets.walletAccount.parameter: expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes',
    ],
  ],
  [
    'password in the plain environment',
    exampleWith([['acapy', 'environment'], { DB_PASSWORD: 'hunter2' }]),
    [
      'error acapy.environment.DB_PASSWORD: a secret written as a literal value [move it to Parameter Store and reference it from acapy.secrets]',
    ],
  ],
  [
    'bearer token in the plain environment',
    exampleWith([['locust', 'environment'], { EXTRA: 'Bearer abc.def' }]),
    [
      'error locust.environment.EXTRA: a secret written as a literal value (it has the shape of a token, key or private key) [store it in Parameter Store and reference it; values here end up in user data and pull requests]',
    ],
  ],
  [
    'issuer header in clear',
    exampleWith([['locust', 'issuer', 'headers', 'Authorization'], 'Bearer abc']),
    [
      'error locust.issuer.headers.Authorization: a secret written as a literal value [store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }]',
    ],
  ],
  [
    'count and targetUsers together',
    exampleWith([['locust', 'workers', 'targetUsers'], 100]),
    ['error locust.workers: give exactly one of count or targetUsers'],
  ],
  [
    'unknown worker instance type',
    exampleWith([['locust', 'workers', 'instanceType'], 'x9.huge']),
    [
      'error locust.workers.instanceType: unknown instance type "x9.huge" [use a type listed in data/aws-prices.json]',
    ],
  ],
  [
    'worker count above max',
    exampleWith([['locust', 'workers', 'count'], 20]),
    ['error locust.workers.count: count (20) is above max (10) [raise locust.workers.max or lower count]'],
  ],
  [
    'port range too small for the users per worker',
    exampleWith([['locust', 'userPorts'], { start: 10000, end: 10050 }]),
    [
      'error locust.userPorts: 100 users per worker need 100 ports, but 10000-10050 has 51 [set locust.userPorts.end to at least 10099, or add workers]',
    ],
  ],
  [
    'user ports overlap the master ports',
    exampleWith([['locust', 'userPorts'], { start: 8000, end: 9000 }]),
    [
      'error locust.userPorts: user ports 8000-9000 include locust.master.webPort (8089) [move the range clear of 8089/8090]',
      'error locust.userPorts: user ports 8000-9000 include locust.master.bindPort (8090) [move the range clear of 8089/8090]',
    ],
  ],
  [
    'port range reversed',
    exampleWith([['locust', 'userPorts'], { start: 10500, end: 10000 }]),
    ['error locust.userPorts.end: end (10000) is below start (10500) [start <= end]'],
  ],
  [
    'users beyond worker memory',
    exampleWith([['loadTest', 'users'], 400]),
    [
      'error loadTest.users: 200 users per worker need 20000 MiB, but a t3.xlarge holds 153 agents (16384 MiB less 1024 MiB reserved) [add workers, use a larger instance type, or lower loadTest.users]',
    ],
  ],
  [
    'target users need more workers than max',
    exampleWith([['locust', 'workers', 'count']], [['locust', 'workers', 'targetUsers'], 5000]),
    [
      'error locust.workers.targetUsers: 5000 users need 33 workers of t3.xlarge (153 users each), above max (10) [raise locust.workers.max, use a larger instance type or widen locust.userPorts]',
    ],
  ],
  [
    'master ports collide',
    exampleWith([['locust', 'master', 'bindPort'], 8089]),
    [
      'error locust.master.bindPort: port 8089 is already used by locust.master.webPort on the Locust master [give each a distinct port]',
    ],
  ],
  [
    'mediation without URL',
    exampleWith([['locust', 'mediation'], { enabled: true }]),
    [
      "error locust.mediation.url: mediation is enabled but no url is given and machines.mediator is not listed [give the mediator's invitation URL, or add machines: { mediator: {} } for the toolkit to make one]",
    ],
  ],
  [
    'no database: no host and no database machine',
    exampleWith([['acapy', 'databaseHost']]),
    [
      'error acapy.databaseHost: no wallet database: acapy.databaseHost is not given and machines.database is not listed [give the database address inside the VPC, or add machines: { database: {} } for the toolkit to make one]',
    ],
  ],
  [
    'a database host and a database machine',
    exampleWith([['machines'], { database: {} }]),
    [
      'error acapy.databaseHost: acapy.databaseHost is given and machines.database makes a database too [remove one: the toolkit points ACA-Py at the database machine it makes]',
      'error acapy.secrets.walletAccount: with machines.database, the wallet account must be the same secret as walletAdminAccount [the database machine creates one Postgres user (POSTGRES_USER) from walletAdminAccount; point both at it]',
      'error acapy.secrets.walletPassword: with machines.database, the wallet password must be the same secret as walletAdminPassword [the database machine sets POSTGRES_PASSWORD from walletAdminPassword; point both at it]',
    ],
  ],
  [
    'a machine selected that is not listed',
    exampleWith([['images', 'locust'], { machine: 'locust' }]),
    [
      'error images.locust.machine: selects the locust machine, but machines.locust is not listed [add machines: { locust: {} }, or select an existing instance with { tags: { Name: … } }]',
    ],
  ],
  [
    'no schema and no issuer machine',
    exampleWith([['locust', 'schema']]),
    [
      'error locust.schema: locust.schema is not given and machines.issuer is not listed, so nothing makes it [give the anchored id, or add machines: { issuer: {} } for the toolkit to make the schema]',
    ],
  ],
  [
    "a base image that is not Canonical's public parameter",
    exampleWith([['machines'], { baseImage: '/akrida/my-ami', locust: {} }]),
    [
      "error machines.baseImage: expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/...",
    ],
  ],
  [
    'wait times reversed',
    exampleWith([['locust', 'waitSeconds'], { min: 10, max: 1 }]),
    ['error locust.waitSeconds.min: min (10) is above max (1) [min <= max]'],
  ],
  [
    'spawn rate above users',
    exampleWith([['loadTest', 'spawnRate'], 500]),
    ['error loadTest.spawnRate: spawn rate (500/s) is above the user count (200) [lower loadTest.spawnRate]'],
  ],
  [
    'cron not a cron',
    exampleWith([['teardown', 'schedule'], 'daily']),
    [
      'error teardown.schedule: expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range [minute hour day-of-month month day-of-week, in UTC]',
    ],
  ],
  [
    'negative time-to-live',
    exampleWith([['teardown', 'ttlHours'], -1]),
    ['error teardown.ttlHours: expected at least 1 hour'],
  ],
  [
    'unknown teardown mode',
    exampleWith([['teardown', 'mode'], 'delete']),
    ['error teardown.mode: expected one of "scale-to-zero", "destroy"'],
  ],
  ['file is a list', '- name: x\n', ['error (file): expected a mapping of cluster settings, got a list']],
  [
    'YAML syntax error',
    'name: [perf\nregion: us-east-1\n',
    [
      'error (file): not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [fix the YAML syntax]',
    ],
  ],
  [
    'duplicate key',
    `${exampleWith()}region: eu-west-1\n`,
    [
      'error (file): duplicate key "region" [give each key once; the second would silently replace the first]',
    ],
  ],
  [
    'IS_ANONCREDS True with an askar wallet',
    exampleWith([['locust', 'isAnoncreds'], true]),
    [
      "error locust.isAnoncreds: IS_ANONCREDS=True, but acapy.walletType askar cannot issue in the anoncreds format: ACA-Py's AnonCreds issuer needs an askar-anoncreds or kanon-anoncreds wallet [remove locust.isAnoncreds (it follows acapy.walletType), or set acapy.walletType to askar-anoncreds]",
    ],
  ],
  [
    'IS_ANONCREDS False with an askar-anoncreds wallet',
    exampleWith([['acapy', 'walletType'], 'askar-anoncreds'], [['locust', 'isAnoncreds'], false]),
    [
      "error locust.isAnoncreds: IS_ANONCREDS=False, but acapy.walletType askar-anoncreds issues only in the anoncreds format: ACA-Py refuses the indy filter Akrida's load agent would send [remove locust.isAnoncreds (it follows acapy.walletType), or set acapy.walletType to askar]",
    ],
  ],
  [
    'a Kanon wallet on ACA-Py 1.3',
    exampleWith([['acapy', 'walletType'], 'kanon-anoncreds']),
    [
      'error acapy.walletType: wallet type kanon-anoncreds needs ACA-Py 1.4 or later; this cluster runs 1.3.0 (from docker/Dockerfile at Akrida 404c7a16fd7cedc85fa24c14851affc22878749c) [use one of askar, askar-anoncreds, or an Akrida ref that builds ACA-Py 1.4]',
    ],
  ],
  [
    'an unknown wallet type',
    exampleWith([['acapy', 'walletType'], 'indy']),
    ['error acapy.walletType: expected one of "askar", "askar-anoncreds", "kanon-anoncreds"'],
  ],
  [
    'an ACA-Py version the pinned Dockerfile does not build',
    exampleWith([['acapy', 'version'], '1.4.0']),
    [
      'error acapy.version: Akrida 404c7a16fd7cedc85fa24c14851affc22878749c builds ACA-Py 1.3.0 (docker/Dockerfile), not 1.4.0 [remove acapy.version, or pin a source.ref whose Dockerfile builds 1.4.0]',
    ],
  ],
  [
    "Akrida's worker compose file that cannot build",
    exampleWith([['source', 'compose', 'worker'], 'worker.docker-compose.yml']),
    [
      "error source.compose.worker: Akrida 404c7a16fd7cedc85fa24c14851affc22878749c's worker.docker-compose.yml cannot run: it builds target 'release', which Akrida's Dockerfile lacks, and runs LOCUST_FILES outside locust-files/ [remove source.compose.worker: the workers then run the master's compose file with the toolkit's worker command]",
    ],
  ],
  [
    'Spot workers with one instance type',
    exampleWith([['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge'] }]),
    [
      'error locust.workers.spot.instanceTypes: give at least two instance types: one Spot pool alone is interrupted together',
    ],
  ],
  [
    'Spot workers of different sizes',
    exampleWith([['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge', 't3.2xlarge'] }]),
    [
      "error locust.workers.spot.instanceTypes[1]: t3.2xlarge has 8 vCPU / 32 GiB, but the workers' t3.xlarge has 4 vCPU / 16 GiB: every Spot type must be the same size, since each worker is given the same number of users [use types of 4 vCPU / 16 GiB, e.g. t3.xlarge, t3a.xlarge, t2.xlarge, m5.xlarge, m6i.xlarge, m7i.xlarge]",
    ],
  ],
  [
    'a Spot share over 100',
    exampleWith([
      ['locust', 'workers', 'spot'],
      { instanceTypes: ['t3.xlarge', 'm5.xlarge'], spotPercent: 150 },
    ]),
    ['error locust.workers.spot.spotPercent: expected at most 100'],
  ],
  [
    'a Spot type missing from the price table',
    exampleWith([['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge', 'm5.xlarg'] }]),
    [
      'error locust.workers.spot.instanceTypes[1]: unknown instance type "m5.xlarg" [did you mean m5.xlarge or c5.xlarge or m5.2xlarge?]',
    ],
  ],
];

const problemsOfBad = (text: string) => problemsOf(text, 'clusters/bad.yml');

describe('an invalid cluster file', () => {
  test('there are at least 30 distinct cases', () => {
    expect(new Set(cases.map(([, text]) => text)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  test.each(cases)('%s: exact messages', (_title, text, expected) => {
    const problems = problemsOfBad(text);
    expect(problems.map(describeProblem)).toEqual(expected);
    for (const p of problems) {
      expect(p.file).toBe('clusters/bad.yml');
      // The location points at the field itself where the file has it.
      const key = [...p.path].reverse().find((s): s is string => typeof s === 'string');
      const line = text.split('\n')[p.line - 1] ?? '';
      if (key && text.includes(`${key}:`)) expect(line).toContain(key);
    }
  });

  test.each(cases)(
    '%s: the CLI fails with the message and makes no AWS call',
    async (_title, text, expected) => {
      const dir = mkdtempSync(join(tmpdir(), 'akrida-bad-'));
      const file = join(dir, 'bad.yml');
      writeFileSync(file, text);
      const r = await akrida(['plan', '--cluster', file]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${file}: `);
      expect(r.err).toContain(
        expected[0]
          ?.split(': ')
          .slice(1)
          .join(': ')
          .replace(/ \[.*$/, ''),
      );
      for (const m of awsMocks) expect(m.calls()).toHaveLength(0);
    },
  );
});
