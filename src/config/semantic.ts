// Checks a type-correct cluster for things a schema cannot say: colliding ports, plans that cannot
// fit, capacities out of order, unknown regions and instance types, secrets written in clear.
import { TOOL_TAG_KEYS } from '../cluster/tags.js';
import { toolOwnedEnvKeys } from '../render/env-files.js';
import { closest, instanceType, REGIONS } from './catalog.js';
import { IPV4 } from './fields.js';
import { canonicalCidr, isPrivate, MAX_OPERATOR_ADDRESSES, unionSize } from './network-policy.js';
import type { FieldPath, Problem } from './problems.js';
import type { Cluster } from './schema.js';
import { secretLikeKey, secretLikeValue } from './secret-policy.js';
import { adminTlsProblems } from './semantic-admin-tls.js';
import { acapyProblems, composeProblems } from './semantic-akrida.js';
import { instanceTypeProblems } from './semantic-instance-types.js';
import { machineProblems } from './semantic-machines.js';
import { parameterProblems, profileProblems } from './semantic-parameters.js';
import { regressionProblems } from './semantic-regression.js';
import { spotProblems } from './semantic-spot.js';
import { warmupProblems } from './semantic-warmup.js';
import { RESERVED_MIB, sizeWorkers } from './sizing.js';

/** A capacity in order (min <= desired <= max), each problem at the field that breaks it under `at`. */
export function capacityProblems(
  cap: { min: number; desired: number; max: number },
  at: FieldPath,
): Problem[] {
  const out: Problem[] = [];
  const hint = 'min <= desired <= max';
  if (cap.min > cap.desired)
    out.push({
      severity: 'error',
      path: [...at, 'min'],
      message: `min (${cap.min}) is above desired (${cap.desired})`,
      hint,
    });
  if (cap.desired > cap.max)
    out.push({
      severity: 'error',
      path: [...at, 'desired'],
      message: `desired (${cap.desired}) is above max (${cap.max})`,
      hint,
    });
  return out;
}

export function semanticProblems(c: Cluster): Problem[] {
  const out: Problem[] = [];
  const error = (path: FieldPath, message: string, hint?: string) =>
    out.push({ severity: 'error', path, message, ...(hint ? { hint } : {}) });
  const warn = (path: FieldPath, message: string, hint?: string) =>
    out.push({ severity: 'warning', path, message, ...(hint ? { hint } : {}) });

  if (!REGIONS.includes(c.region)) {
    const near = closest(c.region, REGIONS);
    error(
      ['region'],
      `unknown region "${c.region}"`,
      near.length ? `did you mean ${near.join(' or ')}?` : 'e.g. us-east-1',
    );
  }
  instanceTypeProblems(c, error);
  spotProblems(c, error, warn);
  networkProblems(c, error, warn);
  machineProblems(c, error);
  parameterProblems(c, error);
  profileProblems(c, error);
  adminTlsProblems(c, error);
  acapyProblems(c, error, warn);
  composeProblems(c, error, warn);
  regressionProblems(c, error, warn);

  out.push(...capacityProblems(c.acapy.capacity, ['acapy', 'capacity']));
  warmupProblems(c, warn);

  // Ports that would collide on one host or one load balancer.
  const collide = (label: string, ports: [FieldPath, number][]) => {
    const seen = new Map<number, FieldPath>();
    for (const [path, p] of ports) {
      const first = seen.get(p);
      if (first)
        error(
          path,
          `port ${p} is already used by ${first.join('.')} on the ${label}`,
          'give each a distinct port',
        );
      else seen.set(p, path);
    }
  };
  const a = c.acapy;
  collide('ACA-Py instances', [
    [['acapy', 'ports', 'admin'], a.ports.admin],
    [['acapy', 'ports', 'transport'], a.ports.transport],
    [['acapy', 'services', 'tails'], a.services.tails],
    [['acapy', 'services', 'redis'], a.services.redis],
  ]);
  collide('ACA-Py load balancers', [
    [['acapy', 'listeners', 'admin'], a.listeners.admin],
    [['acapy', 'listeners', 'transport'], a.listeners.transport],
  ]);
  const m = c.locust.master;
  collide('Locust master', [
    [['locust', 'master', 'webPort'], m.webPort],
    [['locust', 'master', 'bindPort'], m.bindPort],
  ]);
  const range = c.locust.userPorts;
  if (range.start > range.end) {
    error(
      ['locust', 'userPorts', 'end'],
      `end (${range.end}) is below start (${range.start})`,
      'start <= end',
    );
  } else {
    for (const [path, p] of [
      [['locust', 'master', 'webPort'], m.webPort],
      [['locust', 'master', 'bindPort'], m.bindPort],
    ] as const) {
      if (p >= range.start && p <= range.end) {
        error(
          ['locust', 'userPorts'],
          `user ports ${range.start}-${range.end} include ${path.join('.')} (${p})`,
          'move the range clear of 8089/8090',
        );
      }
    }
  }

  // Worker count and the users they must hold.
  const w = c.locust.workers;
  if (w.count !== undefined && w.count > w.max) {
    error(
      ['locust', 'workers', 'count'],
      `count (${w.count}) is above max (${w.max})`,
      'raise locust.workers.max or lower count',
    );
  }
  const workerType = instanceType(w.instanceType);
  if (workerType && range.start <= range.end) {
    const s = sizeWorkers(c);
    if (w.targetUsers !== undefined && s.workers > w.max) {
      error(
        ['locust', 'workers', 'targetUsers'],
        `${w.targetUsers} users need ${s.workers} workers of ${w.instanceType} (${s.maxUsersPerWorker} users each), above max (${w.max})`,
        'raise locust.workers.max, use a larger instance type or widen locust.userPorts',
      );
    }
    if (s.workers === 0) {
      warn(['locust', 'workers'], 'no workers: the cluster can run no load test until workers are added');
    } else {
      if (s.usersPerWorker > s.portsPerWorker) {
        error(
          ['locust', 'userPorts'],
          `${s.usersPerWorker} users per worker need ${s.usersPerWorker} ports, but ${range.start}-${range.end} has ${s.portsPerWorker}`,
          `set locust.userPorts.end to at least ${range.start + s.usersPerWorker - 1}, or add workers`,
        );
      }
      if (s.usersPerWorker > s.memoryUsersPerWorker) {
        error(
          ['loadTest', 'users'],
          `${s.usersPerWorker} users per worker need ${s.usersPerWorker * c.locust.memoryPerAgentMiB} MiB, but a ${w.instanceType} holds ${s.memoryUsersPerWorker} agents (${workerType.memoryMiB} MiB less ${RESERVED_MIB} MiB reserved)`,
          'add workers, use a larger instance type, or lower loadTest.users',
        );
      }
    }
  }
  if (c.loadTest.spawnRate > c.loadTest.users) {
    error(
      ['loadTest', 'spawnRate'],
      `spawn rate (${c.loadTest.spawnRate}/s) is above the user count (${c.loadTest.users})`,
      'lower loadTest.spawnRate',
    );
  }
  if (c.locust.waitSeconds.min > c.locust.waitSeconds.max) {
    error(
      ['locust', 'waitSeconds', 'min'],
      `min (${c.locust.waitSeconds.min}) is above max (${c.locust.waitSeconds.max})`,
      'min <= max',
    );
  }

  secretProblems(c, error);
  envKeyProblems(c, error);

  const hc = c.acapy.healthCheck;
  if (hc.timeoutSeconds >= hc.intervalSeconds)
    error(
      ['acapy', 'healthCheck', 'timeoutSeconds'],
      `the health-check timeout (${hc.timeoutSeconds} s) must be shorter than its interval (${hc.intervalSeconds} s)`,
      'AWS refuses a timeout at or above the interval',
    );
  for (const key of Object.keys(c.tags)) {
    if (TOOL_TAG_KEYS.includes(key) || key.startsWith('akrida:'))
      error(['tags', key], `the toolkit writes the tag ${key} itself`, 'choose another tag key');
  }

  return out;
}

type Report = (path: FieldPath, message: string, hint?: string) => void;

function networkProblems(c: Cluster, error: Report, warn: Report): void {
  for (const [field, list] of [
    ['operatorCidrs', c.access.operatorCidrs],
    ['vpcCidrs', c.network.vpcCidrs],
  ] as const) {
    list.forEach((cidr, i) => {
      const canonical = canonicalCidr(cidr);
      const path = field === 'vpcCidrs' ? ['network', field, i] : ['access', field, i];
      if (canonical) error(path, `${cidr} has host bits set`, `write it as ${canonical}`);
    });
  }
  // Operator access: at most a /8 worth of addresses in any combination, unless loudly opted in.
  const opened = unionSize(c.access.operatorCidrs);
  if (opened > MAX_OPERATOR_ADDRESSES) {
    const share = `${((opened / 2 ** 32) * 100).toPrecision(3)} % of the IPv4 internet`;
    if (c.access.allowAnywhere)
      warn(
        ['access', 'operatorCidrs'],
        `these ranges open the ACA-Py admin listener and Locust UI to ${share}`,
      );
    else
      error(
        ['access', 'operatorCidrs'],
        `these ranges together open the ACA-Py admin listener and Locust UI to ${opened} addresses (${share}); at most a /8 is allowed`,
        'list your own ranges, or set access.allowAnywhere: true if you really mean it',
      );
  }
  // The wallet database receives the wallet account and password: an address must be private.
  const db = c.acapy.databaseHost;
  if (db !== undefined && IPV4.test(db) && !isPrivate(`${db}/32`))
    error(
      ['acapy', 'databaseHost'],
      `${db} is not a private address; ACA-Py would send the wallet account and password to it`,
      'use the database address inside the VPC (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)',
    );
  c.network.vpcCidrs.forEach((cidr, i) => {
    if (!isPrivate(cidr))
      error(
        ['network', 'vpcCidrs', i],
        `${cidr} is not a private range; it would open the database, redis, mediator and tails ports to it`,
        'use the VPC ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10',
      );
  });
}

/** Secrets never in clear: no free-text field may carry one. */
function secretProblems(c: Cluster, error: Report): void {
  const texts: [FieldPath, string][] = [
    [['locust', 'messageToSend'], c.locust.messageToSend],
    [['locust', 'credAttr'], c.locust.credAttr],
    [['acapy', 'genesisUrl'], c.acapy.genesisUrl],
    [['source', 'repository'], c.source.repository],
    // Identifiers land in the Locust .env and the plan like any value; tag keys in every resource.
    ...(c.locust.schema ? [[['locust', 'schema'], c.locust.schema] as [FieldPath, string]] : []),
    ...(c.locust.credDef ? [[['locust', 'credDef'], c.locust.credDef] as [FieldPath, string]] : []),
    ...Object.entries(c.tags).map(([k, v]): [FieldPath, string] => [['tags', k], v]),
    ...Object.keys(c.tags).map((k): [FieldPath, string] => [['tags', k], k]),
  ];
  if (c.locust.mediation.url) texts.push([['locust', 'mediation', 'url'], c.locust.mediation.url]);
  for (const [tier, env] of [
    ['acapy', c.acapy.environment],
    ['locust', c.locust.environment],
  ] as const) {
    const hint = `move it to Parameter Store and reference it from ${tier === 'acapy' ? 'acapy.secrets' : 'locust.issuer.headers'}`;
    for (const [key, value] of Object.entries(env)) {
      if (secretLikeKey(key)) error([tier, 'environment', key], 'a secret written as a literal value', hint);
      else texts.push([[tier, 'environment', key], value]);
    }
  }
  for (const [path, value] of texts) {
    const why = secretLikeValue(value);
    if (why)
      error(
        path,
        `a secret written as a literal value (${why})`,
        'store it in Parameter Store and reference it; values here end up in user data and pull requests',
      );
  }
}

/** Extra .env keys must not replace a key the toolkit writes (a second ISSUER_URL would win). */
function envKeyProblems(c: Cluster, error: Report): void {
  for (const tier of ['acapy', 'locust'] as const) {
    const owned = toolOwnedEnvKeys(c, tier);
    for (const key of Object.keys(c[tier].environment)) {
      if (owned.has(key))
        error(
          [tier, 'environment', key],
          `${key} is written by the toolkit itself`,
          'set it through its own field of the cluster file',
        );
    }
  }
}
