// The stand-alone machines' preparation scripts (issue 14): shellcheck-clean for every role and
// option, and run under bash on a fake Ubuntu machine: packages once, the checkout, the .env with
// its secrets fetched but never printed, replacements, Locust's log rotation and swap (listed once
// however often it runs), the database wipe, the mediator's invitation.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type IssuerScriptInput,
  issuerScript,
  type MachineScriptInput,
  machineScript,
  machineSsmScripts,
  parseAnchorRequest,
  parseIssuerOutput,
  parseMediatorOutput,
} from '../../src/render/machine-scripts.js';
import { shellQuote, TemplateError, TemplateSet } from '../../src/render/render.js';
import { assigned, purposeOf } from '../../src/sim/script-facts.js';
import { fakeInstance, shellcheck } from '../fixtures/shims.js';

const t = new TemplateSet();
const PARAMS = {
  '/akrida/perf/postgres-password': 'SECRET-pg-5d1e',
  '/akrida/perf/redis-password': 'SECRET-redis-77',
};

/** An Ubuntu machine: dpkg knows what apt-get installed, git clones a fixture checkout. */
function machine() {
  const upstream = mkdtempSync(join(tmpdir(), 'akrida-upstream-'));
  const files: Record<string, string> = {
    'docker-compose.yml': 'services: {}\n',
    'instance-configs/database/docker-compose.yml': 'services: {}\n',
    'instance-configs/acapy-agent/docker-compose.yml': 'services: {}\n',
    'instance-configs/acapy-agent/configs/issuer.yml':
      'wallet-storage-config: {INTERNAL_IP}:5432\nother: {INTERNAL_IP}\n',
    'instance-configs/mediator/docker-compose.yml': 'services: {}\n',
  };
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(join(upstream, f, '..'), { recursive: true });
    writeFileSync(join(upstream, f), body);
  }
  const home = mkdtempSync(join(tmpdir(), 'akrida-home-'));
  const root = mkdtempSync(join(tmpdir(), 'akrida-root-'));
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc', 'fstab'), 'LABEL=cloudimg-rootfs / ext4 defaults 0 1\n');
  const inst = fakeInstance({ parameters: PARAMS, env: { AKRIDA_ROOT: root } });
  const shim = (name: string, body: string) =>
    writeFileSync(
      join(inst.bin, name),
      `#!/bin/bash\nprintf '%s\\n' "${name} $*" >> '${inst.log}'\n${body}\n`,
      {
        mode: 0o755,
      },
    );
  const state = join(inst.root, 'installed');
  writeFileSync(state, '');
  shim('dpkg-query', `grep -qx "\${@: -1}" '${state}' && printf installed || exit 1`);
  shim('apt-get', `[ "$1" = install ] && for p in "$@"; do printf '%s\\n' "$p" >> '${state}'; done; exit 0`);
  shim(
    'git',
    `case $1 in
  clone) mkdir -p "\${@: -1}/.git" && cp -r '${upstream}/.' "\${@: -1}/" ;;
  rev-parse) echo 0123456789abcdef0123456789abcdef01234567 ;;
  checkout) cp -r '${upstream}/.' . ;;
esac`,
  );
  shim('fallocate', `touch "\${@: -1}"`);
  shim('mkswap', 'exit 0');
  const swaps = join(inst.root, 'swaps');
  writeFileSync(swaps, '');
  shim(
    'swapon',
    `if [ "$1" = --show=NAME ]; then cat '${swaps}'; else printf '%s\\n' "$1" >> '${swaps}'; fi`,
  );
  return { inst, home, root, shim, dir: join(home, 'owl-akrida') };
}

function input(
  dir: string,
  role: MachineScriptInput['role'],
  over: Partial<MachineScriptInput> = {},
): MachineScriptInput {
  const sub = {
    database: 'instance-configs/database',
    issuer: 'instance-configs/acapy-agent',
    locust: '',
    mediator: 'instance-configs/mediator',
  }[role];
  return {
    role,
    region: 'eu-west-1',
    repository: 'https://github.com/openwallet-foundation/owl-akrida.git',
    ref: 'v1.2.0',
    directory: dir,
    composeDirectory: sub ? `${dir}/${sub}` : dir,
    composeFile: 'docker-compose.yml',
    env: [],
    start: true,
    ...over,
  };
}

const DB_ENV = [
  { key: 'POSTGRES_USER', value: 'akrida' },
  { key: 'POSTGRES_PASSWORD', secret: '/akrida/perf/postgres-password' },
  { key: 'REDIS_PASSWORD', secret: '/akrida/perf/redis-password' },
];
const LOCUST_HOST = { swapMiB: 512, logRotation: { maxSize: '10m', maxFile: 3 } };

const ISSUER: IssuerScriptInput = {
  region: 'eu-west-1',
  adminUrl: 'http://127.0.0.1:8150',
  apiKeyParameter: '/akrida/perf/acapy-admin-api-key',
  seedParameter: '/akrida/perf/issuer-seed',
  registerUrl: 'http://test.bcovrin.vonx.io/register',
  alias: 'perf-issuer',
  schema: { name: 'simple', version: '1.0', attributes: ['score', 'name'] },
  credDefTag: 'default',
  readyTimeoutSeconds: 120,
};

describe('prepare-machine', () => {
  test('is shellcheck-clean for every role and option, and its first line names only the purpose', () => {
    const dir = '/home/ubuntu/owl-akrida';
    const variants: MachineScriptInput[] = [
      input(dir, 'database', { env: DB_ENV, wipeData: ['holder-db', 'redis-data'] }),
      input(dir, 'database', { env: DB_ENV, start: false, wipeData: ['holder-db'] }),
      input(dir, 'issuer', {
        replacements: [{ file: 'configs/issuer.yml', placeholder: '{INTERNAL_IP}', value: '10.0.1.5' }],
      }),
      input(dir, 'issuer', { env: DB_ENV }),
      input(dir, 'locust', { locustHost: LOCUST_HOST }),
      input(dir, 'locust', {}),
      input(dir, 'mediator', { env: DB_ENV }),
      input(dir, 'mediator', { start: false }),
    ];
    for (const v of variants) {
      const script = machineScript(t, v);
      expect(shellcheck(script)).toBe('');
      expect(purposeOf(script)).toBe('prepare-machine');
      for (const secret of Object.values(PARAMS)) expect(script).not.toContain(secret);
    }
    expect(machineScript(t, variants[4] as MachineScriptInput).split('\n')[1]).toBe(
      '# Prepare the stand-alone Locust machine.',
    );
  });

  test('database: packages once, clone, .env with secrets fetched not printed, build, wipe, up; a second run installs nothing', () => {
    const m = machine();
    const script = machineScript(
      t,
      input(m.dir, 'database', { env: DB_ENV, wipeData: ['holder-db', 'redis-data'] }),
    );
    const compose = `${m.dir}/instance-configs/database`;
    mkdirSync(join(compose, 'holder-db', 'pgdata'), { recursive: true });
    const r = m.inst.run(script);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('akrida-ops: database machine prepared\n');
    expect(readFileSync(join(compose, '.env'), 'utf8')).toBe(
      'POSTGRES_USER=akrida\nPOSTGRES_PASSWORD=SECRET-pg-5d1e\nREDIS_PASSWORD=SECRET-redis-77\n',
    );
    const calls = m.inst.calls();
    expect(calls.filter((c) => /^(apt-get|git|docker-compose|systemctl)/.test(c))).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends docker.io docker-compose-v2 git tmux htop sysstat iftop tcpdump jq curl',
      'systemctl enable --now docker',
      `git clone --quiet -- https://github.com/openwallet-foundation/owl-akrida.git ${m.dir}`,
      'git fetch --quiet --tags origin',
      'git rev-parse --verify --quiet origin/v1.2.0^{commit}',
      'git checkout --quiet --force --detach 0123456789abcdef0123456789abcdef01234567',
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f docker-compose.yml down -v',
      'docker-compose -f docker-compose.yml up -d',
    ]);
    expect(() => readFileSync(join(compose, 'holder-db', 'pgdata'))).toThrow();
    for (const secret of Object.values(PARAMS))
      expect(calls.join('\n') + r.stdout + r.stderr).not.toContain(secret);

    const again = m.inst.run(script);
    expect(again.status).toBe(0);
    const second = m.inst.calls().slice(calls.length);
    expect(second.filter((c) => c.startsWith('apt-get') || c.startsWith('git clone'))).toEqual([]);
    expect(second).toContain('docker-compose -f docker-compose.yml down -v');
  });

  test('issuer: the placeholder replaced by the database IP on the pristine file, each run', () => {
    const m = machine();
    const run = (ip: string) =>
      m.inst.run(
        machineScript(
          t,
          input(m.dir, 'issuer', {
            replacements: [{ file: 'configs/issuer.yml', placeholder: '{INTERNAL_IP}', value: ip }],
          }),
        ),
      );
    expect(run('10.0.1.5').status).toBe(0);
    const file = join(m.dir, 'instance-configs/acapy-agent/configs/issuer.yml');
    expect(readFileSync(file, 'utf8')).toBe('wallet-storage-config: 10.0.1.5:5432\nother: 10.0.1.5\n');
    expect(run('10.0.1.9').status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('wallet-storage-config: 10.0.1.9:5432\nother: 10.0.1.9\n');
  });

  test('a placeholder missing from its file stops the script with exit 3', () => {
    const m = machine();
    const r = m.inst.run(
      machineScript(
        t,
        input(m.dir, 'issuer', {
          replacements: [{ file: 'configs/issuer.yml', placeholder: '{NOPE}', value: '10.0.1.5' }],
        }),
      ),
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `akrida-ops: {NOPE} not found in ${m.dir}/instance-configs/acapy-agent/configs/issuer.yml at ref v1.2.0\n`,
    );
  });

  test('locust: log rotation merged into daemon.json, one swap line in fstab however often it runs, build only', () => {
    const m = machine();
    mkdirSync(join(m.root, 'etc', 'docker'));
    writeFileSync(join(m.root, 'etc', 'docker', 'daemon.json'), '{"data-root": "/data/docker"}\n');
    const script = machineScript(t, input(m.dir, 'locust', { locustHost: LOCUST_HOST }));
    for (let i = 0; i < 2; i++) {
      const r = m.inst.run(script);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(m.root, 'etc', 'docker', 'daemon.json'), 'utf8'))).toEqual({
      'data-root': '/data/docker',
      'log-driver': 'json-file',
      'log-opts': { 'max-file': '3', 'max-size': '10m' },
    });
    expect(readFileSync(join(m.root, 'etc', 'fstab'), 'utf8')).toBe(
      'LABEL=cloudimg-rootfs / ext4 defaults 0 1\n/swapfile none swap sw 0 0\n',
    );
    const calls = m.inst.calls();
    expect(calls.filter((c) => c === 'systemctl restart docker')).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('fallocate'))).toEqual([`fallocate -l 512M ${m.root}/swapfile`]);
    expect(calls.filter((c) => c === `swapon ${m.root}/swapfile`)).toHaveLength(1);
    expect(calls.filter((c) => c.startsWith('docker-compose'))).toEqual([
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f docker-compose.yml build',
    ]);
  });

  test('mediator: its invitation read from the compose logs and printed for the parser', () => {
    const m = machine();
    m.shim(
      'docker-compose',
      `[ "$3" = logs ] && echo 'mediator_1 | Invitation URL: https://mediator.perf.example?c_i=eyJAdHlwZSI6ICJtZWQifQ=='; exit 0`,
    );
    const r = m.inst.run(machineScript(t, input(m.dir, 'mediator')));
    expect(r.stderr).toBe('');
    expect(parseMediatorOutput(r.stdout)).toEqual({
      invitationUrl: 'https://mediator.perf.example?c_i=eyJAdHlwZSI6ICJtZWQifQ==',
    });
  });

  test('hostile values are refused before rendering, and the template quotes them anyway', () => {
    const dir = '/home/ubuntu/owl-akrida';
    const bad: [Partial<MachineScriptInput>, RegExp][] = [
      [{ ref: '--upload-pack=touch /tmp/x' }, /ref .* is not a branch, tag or commit/],
      [{ repository: 'ext::sh -c touch% /tmp/x' }, /repository .* is not an https git URL/],
      [{ composeFile: '../../etc/passwd' }, /compose file .* is not a relative path/],
      [{ wipeData: ['/'] }, /data folder to wipe .* is not a relative path/],
      [
        { replacements: [{ file: 'configs/issuer.yml', placeholder: '{X}', value: "1.2.3.4/;s/$/'" }] },
        /replacement value/,
      ],
    ];
    for (const [over, re] of bad) expect(() => machineScript(t, input(dir, 'database', over))).toThrow(re);
    // Rendered directly, past the checks: a value with every special character is still replaced literally.
    const m = machine();
    const hostile = 'a&b/c\\1$(touch pwned)\'"`x`';
    const script = machineScript(
      t,
      input(m.dir, 'issuer', {
        replacements: [{ file: 'configs/issuer.yml', placeholder: '{INTERNAL_IP}', value: 'V' }],
      }),
    ).replace("value='V'", `value=${shellQuote(hostile)}`);
    expect(m.inst.run(script).status).toBe(0);
    expect(readFileSync(join(m.dir, 'instance-configs/acapy-agent/configs/issuer.yml'), 'utf8')).toContain(
      `${hostile}:5432`,
    );
  });
});

describe('prepare-issuer', () => {
  test('is shellcheck-clean with and without a registration endpoint, and holds no secret', () => {
    for (const i of [ISSUER, { ...ISSUER, registerUrl: undefined }]) {
      const script = issuerScript(t, i);
      expect(shellcheck(script)).toBe('');
      expect(purposeOf(script)).toBe('prepare-issuer');
      expect(script.split('\n')[1]).toBe('# Prepare the issuer through its admin API.');
    }
  });

  test('hostile names are refused; the template keeps an alias with quotes as one shell word', () => {
    expect(() => issuerScript(t, { ...ISSUER, alias: "x'; touch /tmp/x; '" })).toThrow(TemplateError);
    expect(() => issuerScript(t, { ...ISSUER, adminUrl: 'http://evil.example:8150' })).toThrow(/admin URL/);
    expect(() => issuerScript(t, { ...ISSUER, schema: { ...ISSUER.schema, attributes: ['a b'] } })).toThrow(
      /schema attribute/,
    );
    const alias = `x'; touch /tmp/pwned; "$(id)" '`;
    const script = t.render('prepare-issuer.sh.hbs', {
      ...ISSUER,
      alias,
      schemaName: 'simple',
      schemaVersion: '1.0',
      attributes: ['score'],
    });
    expect(assigned(script, 'alias')).toBe(alias);
    // bash reads the line as one assignment of exactly that text, running nothing.
    const line = script.split('\n').find((l) => l.startsWith('alias=')) ?? '';
    const r = spawnSync('bash', ['-c', `${line}\nprintf '%s' "$alias"`], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.stdout).toBe(alias);
  });

  test('machineSsmScripts lists each machine and the issuer for the plan', () => {
    const list = machineSsmScripts(t, {
      machines: [input('/home/ubuntu/owl-akrida', 'database'), input('/home/ubuntu/owl-akrida', 'locust')],
      issuer: ISSUER,
    });
    expect(list.map((s) => s.id)).toEqual([
      'prepare-database-machine',
      'prepare-locust-machine',
      'prepare-issuer',
    ]);
  });
});

describe('what the scripts print, read back', () => {
  const did = 'WgWxqztrNooG92RXvxSTWv';
  const verkey = 'GJ1SzoWzavQYfNL9XkaJdrQejfztN4XqdsiV4ct3LXKL';
  const good = [
    `akrida-issuer did=${did}`,
    `akrida-issuer verkey=${verkey}`,
    `akrida-issuer schema_id=${did}:2:simple:1.0`,
    `akrida-issuer cred_def_id=${did}:3:CL:105:default`,
  ];

  test('the four ids, among other lines', () => {
    expect(parseIssuerOutput(['akrida-ops: created', ...good, ''].join('\n'))).toEqual({
      did,
      verkey,
      schemaId: `${did}:2:simple:1.0`,
      credDefId: `${did}:3:CL:105:default`,
    });
  });

  test.each([
    ['a missing line', good.slice(0, 3), /no akrida-issuer cred_def_id= line/],
    ['a repeated line', [...good, good[0]], /did printed more than once/],
    ['a DID too short', [`akrida-issuer did=WgWxqz`, ...good.slice(1)], /did "WgWxqz" is malformed/],
    [
      'shell text after an id',
      [...good.slice(0, 2), `akrida-issuer schema_id=${did}:2:simple:1.0;rm -rf /`, good[3]],
      /schema_id .* is malformed/,
    ],
    [
      'a schema id of another DID',
      [...good.slice(0, 2), 'akrida-issuer schema_id=Th7MpTaRZVRYnPiabds81Y:2:simple:1.0', good[3]],
      /schema_id .* is malformed/,
    ],
    [
      'a space in the tag',
      [...good.slice(0, 3), `akrida-issuer cred_def_id=${did}:3:CL:105:de fault`],
      /cred_def_id .* is malformed/,
    ],
    ['an unknown field', [...good, 'akrida-issuer extra=1'], /unexpected akrida-issuer extra/],
    ['a malformed line', [...good, 'akrida-issuer no equals sign'], /malformed akrida-issuer line/],
  ])('rejects %s', (_name, lines, re) => {
    expect(() => parseIssuerOutput((lines as string[]).join('\n'))).toThrow(re);
  });

  test('the anchor request, and nothing when there is none', () => {
    expect(parseAnchorRequest(`akrida-issuer anchor did=${did} verkey=${verkey}\n`)).toEqual({ did, verkey });
    expect(parseAnchorRequest(good.join('\n'))).toBeUndefined();
    expect(() => parseAnchorRequest(`akrida-issuer anchor did=${did} verkey=$(id)\n`)).toThrow(
      /malformed anchor/,
    );
  });

  test('the mediator invitation must be a plain invitation URL', () => {
    expect(() => parseMediatorOutput('akrida-mediator invitation_url=javascript:alert(1)\n')).toThrow(
      /malformed/,
    );
    expect(() => parseMediatorOutput('')).toThrow(/no akrida-mediator invitation_url= line/);
  });
});
