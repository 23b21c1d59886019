// The regression's scripts on the cluster's machines. The wallet reset runs under bash against a
// fake compose project whose psql keeps a set of databases: the first run copies the wallet, every
// run drops and recreates it from the copy, and names reach psql only as variables (a hostile name
// is never SQL text). The docker stats lines parse into samples per kind of container.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterFile } from '../../src/config/load.js';
import {
  containerPeaks,
  kindOf,
  mebibytes,
  parseContainerStats,
  resetWalletsScript,
  sampleContainersScript,
  sampleEvery,
} from '../../src/regression/server-scripts.js';
import { TemplateSet } from '../../src/render/render.js';
import { shellcheck } from '../fixtures/shims.js';

const t = new TemplateSet();
const cluster = loadClusterFile('clusters/example.yml').cluster;

/** A machine with docker-compose, psql and redis-cli shims; psql keeps its databases in a file. */
function fakeDatabaseMachine(databases: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'akrida-db-'));
  const bin = join(root, 'bin');
  const state = join(root, 'databases.json');
  const log = join(root, 'psql.log');
  spawnSync('mkdir', ['-p', bin, join(root, 'compose')]);
  writeFileSync(state, JSON.stringify(databases));
  writeFileSync(log, '');
  const shim = (name: string, body: string) => {
    writeFileSync(join(bin, name), body);
    chmodSync(join(bin, name), 0o755);
  };
  // `docker-compose -f FILE exec -T SERVICE CMD...` runs CMD here, with the container's environment.
  shim(
    'docker-compose',
    `#!/bin/bash
[ "$1 $3 $4" = "-f exec -T" ] || { echo "compose shim: $*" >&2; exit 2; }
shift 5
POSTGRES_USER=wallet REDIS_PASSWORD=secret exec "$@"`,
  );
  shim('redis-cli', `#!/bin/bash\necho "redis-cli $* auth=$REDISCLI_AUTH" >> '${log}'`);
  shim(
    'psql',
    `#!/usr/bin/env python3
import json, sys
args = sys.argv[1:]
vars = dict(a.split('=', 1) for a in (args[i + 1] for i, x in enumerate(args) if x == '-v'))
sql = sys.stdin.read()
with open('${log}', 'a') as f:
    f.write(json.dumps({'args': args, 'sql': sql}) + '\\n')
dbs = json.load(open('${state}'))
if "datname = :'db'" in sql: print(1 if vars['db'] in dbs else 0)
if "datname = :'copy'" in sql: print(1 if vars['copy'] in dbs else 0)
if 'CREATE DATABASE :"copy" TEMPLATE :"db"' in sql: dbs.append(vars['copy'])
json.dump(dbs, open('${state}', 'w'))
`,
  );
  const run = (script: string) =>
    spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      // HOME: bash reads ~/.bashrc when its stdin is a socket, as Node's pipes are.
      env: { PATH: `${bin}:/usr/bin:/bin`, AKRIDA_LOCK_DIR: root, HOME: root },
    });
  const calls = () =>
    readFileSync(log, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { args: string[]; sql: string });
  return { root, run, calls, databases: () => JSON.parse(readFileSync(state, 'utf8')) as string[], log };
}

/** The reset script with the compose project moved to the fake machine's folder. */
function script(root: string, databases = [{ name: 'issuer', copy: 'akrida_copy_of_issuer' }]): string {
  return t.render('reset-wallets.sh.hbs', {
    region: 'us-east-1',
    composeDirectory: join(root, 'compose'),
    composeFile: 'docker-compose.yml',
    postgresService: 'issuer-db',
    redisService: 'redis-host',
    databases,
  });
}

describe('the wallet reset', () => {
  test('is shellcheck-clean and names the compose project of the database machine', () => {
    const s = resetWalletsScript(t, cluster);
    expect(shellcheck(s)).toBe('');
    expect(s).toMatch(/^# Reset the wallet databases\.$/m);
    expect(s).toContain("cd '/home/ubuntu/owl-akrida/instance-configs/database'");
    expect(s).toContain("reset_wallet 'issuer' 'akrida_copy_of_issuer'");
  });

  test('copies the wallet the first time, then drops and recreates it from the copy each time', () => {
    const m = fakeDatabaseMachine(['postgres', 'issuer']);
    const first = m.run(script(m.root));
    expect([first.status, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toBe(
      'akrida-reset copied issuer\nakrida-reset reset issuer\nakrida-reset flushed redis-host\n',
    );
    expect(m.databases()).toEqual(['postgres', 'issuer', 'akrida_copy_of_issuer']);
    const second = m.run(script(m.root));
    expect(second.stdout).toBe('akrida-reset reset issuer\nakrida-reset flushed redis-host\n');
    const sql = m.calls().map((c) => c.sql);
    // The copy is taken with nobody connected; the reset forces the agents' connections off.
    expect(sql.filter((q) => q.includes('CREATE DATABASE :"copy" TEMPLATE :"db"'))).toHaveLength(1);
    expect(
      sql.filter((q) =>
        q.includes('DROP DATABASE :"db" WITH (FORCE);\nCREATE DATABASE :"db" TEMPLATE :"copy"'),
      ),
    ).toHaveLength(2);
    expect(sql.find((q) => q.includes('TEMPLATE :"db"'))).toContain('ALLOW_CONNECTIONS false');
    // psql runs as the container's own user, stops at the first error, reads SQL from stdin only.
    expect(m.calls()[0]?.args).toEqual([
      '-X',
      '-q',
      '-tA',
      '-v',
      'ON_ERROR_STOP=1',
      '-U',
      'wallet',
      '-d',
      'postgres',
      '-v',
      'db=issuer',
      '-v',
      'copy=akrida_copy_of_issuer',
    ]);
    expect(readFileSync(m.log, 'utf8')).toContain('redis-cli FLUSHALL auth=secret');
  });

  test('a hostile name reaches psql as a variable, never as SQL text', () => {
    const m = fakeDatabaseMachine(["x'; DROP TABLE t; --"]);
    const hostile = "x'; DROP TABLE t; --";
    const r = m.run(script(m.root, [{ name: hostile, copy: '$(touch pwned)' }]));
    expect(r.status).toBe(0);
    for (const c of m.calls()) {
      expect(c.sql).not.toContain('DROP TABLE t');
      expect(c.sql).not.toContain('pwned');
    }
    expect(m.calls()[0]?.args).toContain(`db=${hostile}`);
    expect(m.calls()[0]?.args).toContain('copy=$(touch pwned)');
  });

  test('a database machine without the wallet fails, saying what to do', () => {
    const m = fakeDatabaseMachine(['postgres']);
    const r = m.run(script(m.root));
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(
      'wallet database issuer not found on the database machine; run cluster-up first',
    );
  });
});

describe('docker stats', () => {
  test('the sampler is shellcheck-clean and keeps its output within what SSM returns', () => {
    expect(shellcheck(sampleContainersScript(t, 600))).toBe('');
    expect(sampleEvery(60)).toBe(5);
    // 200 lines at most: an hour's run is sampled every 18 s.
    expect(sampleEvery(3600)).toBe(18);
  });

  test('one line per sample parses into each container’s CPU and memory', () => {
    const out = [
      'akrida-stats 1700000000 acapy-agent-issuer-1|12.50%|310.5MiB acapy-agent-tails-1|0.10%|42MiB',
      'akrida-stats 1700000005 database-issuer-db-1|3.00%|1.2GiB database-redis-host-1|0.30%|900KiB',
      'noise',
      'akrida-stats 1700000010 ',
    ].join('\n');
    const s = parseContainerStats('i-1', out);
    expect(s.map((x) => [x.at, x.kind, x.cpuPercent, Math.round(x.memMiB)])).toEqual([
      [1700000000000, 'acapy', 12.5, 311],
      [1700000005000, 'postgres', 3, 1229],
      [1700000005000, 'redis', 0.3, 1],
    ]);
    expect(containerPeaks(s)).toEqual({
      acapy: { maxCpuPercent: 12.5, maxMemMiB: 310.5 },
      postgres: { maxCpuPercent: 3, maxMemMiB: 1228.8 },
      redis: { maxCpuPercent: 0.3, maxMemMiB: 900 / 1024 },
    });
    expect(kindOf('acapy-agent-tails-1')).toBeUndefined();
    expect(mebibytes('12kB')).toBeUndefined();
  });
});
