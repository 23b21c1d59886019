// Checks a type-correct cluster for things a schema cannot say: colliding ports, plans that cannot
// fit, capacities out of order, unknown regions and instance types, secrets written in clear.
import { closest, INSTANCE_TYPES, instanceType, REGIONS } from './catalog.js';
import type { FieldPath, Problem } from './problems.js';
import type { Cluster } from './schema.js';
import { RESERVED_MIB, sizeWorkers } from './sizing.js';

const SECRET_KEY = /(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|PRIVATE|CREDENTIAL|HEADERS)/;
const SECRET_VALUE = /(^Bearer\s|^eyJ[A-Za-z0-9_-]{10,}\.|AKIA[0-9A-Z]{16}|-----BEGIN)/;
const REMOVED_UPSTREAM: Record<string, string> = {
  'master.docker-compose.yml':
    'upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml',
};

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
  for (const path of [
    ['acapy', 'instanceType'],
    ['locust', 'workers', 'instanceType'],
  ] as const) {
    const name = path.length === 2 ? c.acapy.instanceType : c.locust.workers.instanceType;
    if (!instanceType(name)) {
      const near = closest(name, Object.keys(INSTANCE_TYPES));
      error(
        path,
        `unknown instance type "${name}"`,
        near.length ? `did you mean ${near.join(' or ')}?` : 'use a type listed in data/aws-prices.json',
      );
    }
  }

  // Operator access: 0.0.0.0/0 only by explicit, loud opt-in.
  c.access.operatorCidrs.forEach((cidr, i) => {
    if (cidr.endsWith('/0')) {
      if (c.access.allowAnywhere) {
        warn(
          ['access', 'operatorCidrs', i],
          `${cidr} opens the ACA-Py admin listener and Locust UI to the internet`,
        );
      } else {
        error(
          ['access', 'operatorCidrs', i],
          `${cidr} would open the ACA-Py admin listener and Locust UI to the whole internet`,
          'list your own ranges, or set access.allowAnywhere: true if you really mean it',
        );
      }
    }
  });

  // Capacities in order.
  const cap = c.acapy.capacity;
  if (cap.min > cap.desired)
    error(
      ['acapy', 'capacity', 'min'],
      `min (${cap.min}) is above desired (${cap.desired})`,
      'min <= desired <= max',
    );
  if (cap.desired > cap.max)
    error(
      ['acapy', 'capacity', 'desired'],
      `desired (${cap.desired}) is above max (${cap.max})`,
      'min <= desired <= max',
    );

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

  // Secrets never in clear: non-secret environment maps must not carry them.
  for (const [tier, env] of [
    ['acapy', c.acapy.environment],
    ['locust', c.locust.environment],
  ] as const) {
    for (const [key, value] of Object.entries(env)) {
      if (SECRET_KEY.test(key) || SECRET_VALUE.test(value)) {
        error(
          [tier, 'environment', key],
          'a secret written as a literal value',
          `move it to Parameter Store and reference it from ${tier === 'acapy' ? 'acapy.secrets' : 'locust.issuer.headers'}`,
        );
      }
    }
  }

  for (const [role, file] of Object.entries(c.source.compose)) {
    const why = REMOVED_UPSTREAM[file];
    if (why) warn(['source', 'compose', role], why, 'check the file exists at source.ref');
  }
  return out;
}
