// The stand-alone machines' preparation scripts (issue 14): shellcheck-clean for every role and
// option, and run under bash on a fake Ubuntu machine: packages once, the checkout, the .env with
// its secrets fetched but never printed, replacements, Locust's log rotation and swap (listed once
// however often it runs), the database wipe, the mediator's invitation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
import { akridaCheckout, akridaFile, composeConfig } from '../fixtures/akrida-files.js';
import { fakeInstance, shellcheck } from '../fixtures/shims.js';

const t = new TemplateSet();
const PARAMS = {
  '/akrida/perf/postgres-password': 'SECRET-pg-5d1e',
  '/akrida/perf/redis-password': 'SECRET-redis-77',
};

/**
 * An Ubuntu machine: dpkg knows what apt-get installed, git clones Akrida's files at the pinned
 * commit (plus `extra` files), docker compose resolves each compose file's volumes as compose does.
 */
function machine(extra: Record<string, string> = {}) {
  const upstream = mkdtempSync(join(tmpdir(), 'akrida-upstream-'));
  akridaCheckout(upstream);
  for (const [f, body] of Object.entries(extra)) {
    mkdirSync(join(upstream, f, '..'), { recursive: true });
    writeFileSync(join(upstream, f), body);
  }
  const home = mkdtempSync(join(tmpdir(), 'akrida-home-'));
  const root = mkdtempSync(join(tmpdir(), 'akrida-root-'));
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc', 'fstab'), 'LABEL=cloudimg-rootfs / ext4 defaults 0 1\n');
  const inst = fakeInstance({ parameters: PARAMS, env: { AKRIDA_ROOT: root } });
  // What compose resolves, for the checkout's final place: written beside each compose file.
  const dir = join(home, 'owl-akrida');
  for (const sub of [
    'instance-configs/database',
    'instance-configs/acapy-agent',
    'instance-configs/mediator',
  ])
    writeFileSync(
      join(upstream, sub, '.compose-config.json'),
      composeConfig(readFileSync(join(upstream, sub, 'docker-compose.yml'), 'utf8'), join(dir, sub)),
    );
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
  shim(
    'docker-compose',
    'case " $* " in *" config --format json "*) cat .compose-config.json ;; esac; exit 0',
  );
  shim('mkswap', 'exit 0');
  const swaps = join(inst.root, 'swaps');
  writeFileSync(swaps, '');
  shim(
    'swapon',
    `if [ "$1" = --show=NAME ]; then cat '${swaps}'; else printf '%s\\n' "$1" >> '${swaps}'; fi`,
  );
  return { inst, home, root, shim, dir };
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
    ref: '0123456789abcdef0123456789abcdef01234567',
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
const ISSUER_SETTINGS: Partial<MachineScriptInput> = {
  argFile: {
    file: 'configs/issuer.yml',
    settings: [
      { key: 'wallet-type', value: 'askar-anoncreds' },
      { key: 'wallet-allow-insecure-seed', value: 'true' },
    ],
  },
  acapy: { release: '1.3.0', dockerfile: 'docker/Dockerfile' },
};

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
  anoncreds: false,
};

describe('prepare-machine', () => {
  test('is shellcheck-clean for every role and option, and its first line names only the purpose', () => {
    const dir = '/home/ubuntu/owl-akrida';
    const variants: MachineScriptInput[] = [
      input(dir, 'database', { env: DB_ENV, wipeBindMounts: true }),
      input(dir, 'database', { env: DB_ENV, start: false, wipeBindMounts: true }),
      input(dir, 'issuer', {
        replacements: [{ file: 'configs/issuer.yml', placeholder: '{INTERNAL_IP}', value: '10.0.1.5' }],
      }),
      input(dir, 'issuer', ISSUER_SETTINGS),
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
    expect(machineScript(t, variants[5] as MachineScriptInput).split('\n')[1]).toBe(
      '# Prepare the stand-alone Locust machine.',
    );
  });

  test("database: packages once, clone, .env with secrets fetched not printed, build, wipe of compose's writable bind mounts, up; a second run installs nothing", () => {
    const m = machine();
    const script = machineScript(t, input(m.dir, 'database', { env: DB_ENV, wipeBindMounts: true }));
    const compose = `${m.dir}/instance-configs/database`;
    // Akrida's compose file at the pinned commit keeps Postgres in ./issuer-db and Redis in
    // ./redis-data, and mounts ./redis.conf read-only: data goes, configuration stays.
    mkdirSync(join(compose, 'issuer-db', 'pgdata'), { recursive: true });
    mkdirSync(join(compose, 'redis-data'), { recursive: true });
    writeFileSync(join(compose, 'redis.conf'), 'appendonly yes\n');
    mkdirSync(join(compose, 'holder-db'), { recursive: true });
    const r = m.inst.run(script);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'akrida-ops: wiped issuer-db\nakrida-ops: wiped redis-data\nakrida-ops: database machine prepared\n',
    );
    expect(existsSync(join(compose, 'issuer-db'))).toBe(false);
    expect(existsSync(join(compose, 'redis-data'))).toBe(false);
    expect(readFileSync(join(compose, 'redis.conf'), 'utf8')).toBe('appendonly yes\n');
    // An old name that the compose file no longer mounts is not the toolkit's to remove.
    expect(existsSync(join(compose, 'holder-db'))).toBe(true);
    expect(readFileSync(join(compose, '.env'), 'utf8')).toBe(
      'POSTGRES_USER=akrida\nPOSTGRES_PASSWORD=SECRET-pg-5d1e\nREDIS_PASSWORD=SECRET-redis-77\n',
    );
    const calls = m.inst.calls();
    expect(calls.filter((c) => /^(apt-get|git|docker-compose|systemctl)/.test(c))).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends docker.io docker-compose-v2 git tmux htop sysstat iftop tcpdump jq curl',
      'systemctl enable --now docker',
      `git clone --quiet -- https://github.com/openwallet-foundation/owl-akrida.git ${m.dir}`,
      'git fetch --quiet origin 0123456789abcdef0123456789abcdef01234567',
      'git checkout --quiet --force --detach 0123456789abcdef0123456789abcdef01234567',
      'git rev-parse HEAD',
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f docker-compose.yml down -v',
      'docker-compose -f docker-compose.yml config --format json',
      `git ls-files -- ${compose}/issuer-db`,
      `git ls-files -- ${compose}/redis-data`,
      'docker-compose -f docker-compose.yml up -d',
    ]);
    for (const secret of Object.values(PARAMS))
      expect(calls.join('\n') + r.stdout + r.stderr).not.toContain(secret);

    const again = m.inst.run(script);
    expect(again.status).toBe(0);
    const second = m.inst.calls().slice(calls.length);
    expect(second.filter((c) => c.startsWith('apt-get') || c.startsWith('git clone'))).toEqual([]);
    expect(second).toContain('docker-compose -f docker-compose.yml down -v');
  });

  test("issuer: the ACA-Py settings written in Akrida's pristine issuer.yml, the same after every run", () => {
    const m = machine();
    const script = machineScript(t, input(m.dir, 'issuer', ISSUER_SETTINGS));
    const file = join(m.dir, 'instance-configs/acapy-agent/configs/issuer.yml');
    const pristine = akridaFile('instance-configs/acapy-agent/configs/issuer.yml');
    const want = `${pristine
      .trimEnd()
      .replace('wallet-type: askar', 'wallet-type: askar-anoncreds')}\nwallet-allow-insecure-seed: true\n`;
    for (let i = 0; i < 2; i++) {
      const r = m.inst.run(script);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(want);
    }
  });

  test('issuer: a Dockerfile that builds another ACA-Py than planned stops the script before any build', () => {
    const m = machine();
    const r = m.inst.run(
      machineScript(
        t,
        input(m.dir, 'issuer', {
          ...ISSUER_SETTINGS,
          acapy: { release: '1.4.0', dockerfile: 'docker/Dockerfile' },
        }),
      ),
    );
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `akrida-ops: ${m.dir}/instance-configs/acapy-agent/docker/Dockerfile at ref 0123456789abcdef0123456789abcdef01234567 builds ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0, not ACA-Py 1.4.0 as planned; set acapy.version or source.ref\n`,
    );
    expect(m.inst.calls().filter((c) => c.startsWith('docker-compose'))).toEqual([]);
  });

  test('a placeholder missing from its file stops the script with exit 3', () => {
    const m = machine({ 'instance-configs/acapy-agent/configs/extra.yml': 'db: {INTERNAL_IP}:5432\n' });
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
      `akrida-ops: {NOPE} not found in ${m.dir}/instance-configs/acapy-agent/configs/issuer.yml at ref 0123456789abcdef0123456789abcdef01234567\n`,
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
      [{ ref: '--upload-pack=touch /tmp/x' }, /ref .* is not a full 40-hex commit id/],
      [{ repository: 'ext::sh -c touch% /tmp/x' }, /repository .* is not an https git URL/],
      [{ composeFile: '../../etc/passwd' }, /compose file .* is not a relative path/],
      [{ argFile: { file: '/etc/passwd', settings: [] } }, /arg file .* is not a relative path/],
      [
        { argFile: { file: 'configs/issuer.yml', settings: [{ key: 'a: b\nc', value: 'x' }] } },
        /ACA-Py setting/,
      ],
      [
        { argFile: { file: 'configs/issuer.yml', settings: [{ key: 'wallet-type', value: 'a b' }] } },
        /ACA-Py setting wallet-type value/,
      ],
      [{ acapy: { release: '1.3; rm -rf /', dockerfile: 'docker/Dockerfile' } }, /ACA-Py release/],
      [
        { replacements: [{ file: 'configs/issuer.yml', placeholder: '{X}', value: "1.2.3.4/;s/$/'" }] },
        /replacement value/,
      ],
    ];
    for (const [over, re] of bad) expect(() => machineScript(t, input(dir, 'database', over))).toThrow(re);
    // Rendered directly, past the checks: a value with every special character is still replaced literally.
    const m = machine({ 'instance-configs/acapy-agent/configs/extra.yml': 'db: {INTERNAL_IP}:5432\n' });
    const hostile = 'a&b/c\\1$(touch pwned)\'"`x`';
    const script = machineScript(
      t,
      input(m.dir, 'issuer', {
        replacements: [{ file: 'configs/extra.yml', placeholder: '{INTERNAL_IP}', value: 'V' }],
      }),
    ).replace("value='V'", `value=${shellQuote(hostile)}`);
    expect(m.inst.run(script).status).toBe(0);
    expect(readFileSync(join(m.dir, 'instance-configs/acapy-agent/configs/extra.yml'), 'utf8')).toContain(
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
