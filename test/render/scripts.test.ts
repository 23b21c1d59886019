// The scripts sent through SSM, rendered, shellcheck-clean, and run under bash on a fake instance.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseVerifyOutput, verifyScript } from '../../src/ops/verify.js';
import { TemplateSet } from '../../src/render/render.js';
import { COLLECTED_LOGS, collectLogsScript, growRootScript } from '../../src/render/scripts.js';
import { prepareScript } from '../../src/resources/images.js';
import { masterScript } from '../../src/resources/master.js';
import { cluster, INSTANCE_PARAMETERS, SCRIPT_FACTS } from '../fixtures/example-cluster.js';
import { fakeInstance, shellcheck } from '../fixtures/shims.js';

const t = new TemplateSet();
const FACTS = SCRIPT_FACTS;
const PARAMS = INSTANCE_PARAMETERS;

function checkout(files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-checkout-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

/** A checkout at the planned commit: `git rev-parse HEAD` answers it. */
const HEAD_IS_REF = 'if [ "$1" = rev-parse ]; then echo 404c7a16fd7cedc85fa24c14851affc22878749c; fi\n';

describe('prepare-image', () => {
  test('is shellcheck-clean for both roles, with and without the Docker reset', () => {
    for (const reset of [true, false]) {
      const c = cluster([['images', 'resetDocker'], reset]);
      expect(shellcheck(prepareScript(t, c, 'locust'))).toBe('');
      expect(shellcheck(prepareScript(t, c, 'acapy'))).toBe('');
    }
  });

  test('resets Docker, checks out the ref and pre-builds every compose file', () => {
    const dir = checkout(['docker-compose.yml', 'fork-worker.yml']);
    // A fork's own worker file (Akrida's at 404c7a16fd7cedc85fa24c14851affc22878749c cannot build; the default runs the master's).
    const c = cluster([['source', 'directory'], dir], [['source', 'compose', 'worker'], 'fork-worker.yml']);
    const inst = fakeInstance({ parameters: PARAMS });
    writeFileSync(
      join(inst.bin, 'git'),
      `#!/bin/bash\nprintf '%s\\n' "git $*" >> '${inst.log}'\n${HEAD_IS_REF}`,
      {
        mode: 0o755,
      },
    );
    writeFileSync(join(inst.bin, 'rm'), `#!/bin/bash\nprintf '%s\\n' "rm $*" >> '${inst.log}'\n`, {
      mode: 0o755,
    });
    const r = inst.run(prepareScript(t, c, 'locust'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(inst.calls()).toEqual([
      'pkill -9 -f dockerd',
      'systemctl stop docker docker.socket',
      'rm -rf /var/lib/docker',
      'systemctl start docker',
      'git fetch --quiet origin 404c7a16fd7cedc85fa24c14851affc22878749c',
      'git checkout --quiet --force --detach 404c7a16fd7cedc85fa24c14851affc22878749c',
      'git rev-parse HEAD',
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f fork-worker.yml build',
    ]);
  });

  test('a checkout that is not at the planned commit after the checkout stops the bake (exit 3)', () => {
    const dir = checkout(['docker-compose.yml']);
    const c = cluster([['source', 'directory'], dir], [['images', 'resetDocker'], false]);
    const inst = fakeInstance({ parameters: PARAMS });
    // A branch named like the commit, or a tampered checkout: HEAD is some other commit.
    writeFileSync(
      join(inst.bin, 'git'),
      `#!/bin/bash\nif [ "$1" = rev-parse ]; then echo ${'f'.repeat(40)}; fi\n`,
      {
        mode: 0o755,
      },
    );
    const r = inst.run(prepareScript(t, c, 'locust'));
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `akrida-ops: ${dir} is at ${'f'.repeat(40)}, not the planned commit 404c7a16fd7cedc85fa24c14851affc22878749c\n`,
    );
    expect(inst.calls().some((x) => x.startsWith('docker-compose'))).toBe(false);
  });

  test("removes the machine's .env after the build, so that the image holds no secret", () => {
    for (const role of ['locust', 'acapy'] as const) {
      const dir = checkout(['docker-compose.yml']);
      writeFileSync(join(dir, '.env'), 'PASSWORD=from-the-source-machine\n');
      const c = cluster(
        [['source', role === 'locust' ? 'directory' : 'acapyDirectory'], dir],
        [['images', 'resetDocker'], false],
      );
      const inst = fakeInstance({ parameters: PARAMS });
      // The build sees the .env (compose interpolates its values); the image does not.
      writeFileSync(
        join(inst.bin, 'docker-compose'),
        `#!/bin/bash\n[ -f '${dir}/.env' ] && echo "build with .env" >> '${inst.log}'\n`,
        { mode: 0o755 },
      );
      writeFileSync(join(inst.bin, 'git'), `#!/bin/bash\n${HEAD_IS_REF}`, { mode: 0o755 });
      const r = inst.run(prepareScript(t, c, role));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`akrida-ops: removed ${dir}/.env so that the image does not carry it\n`);
      expect(existsSync(join(dir, '.env'))).toBe(false);
      expect(inst.calls()).toContain('build with .env');
      // Without one there is nothing to say.
      expect(inst.run(prepareScript(t, c, role)).stdout).toBe('');
    }
  });

  test('a compose file missing at the ref fails with exit 3 and its name', () => {
    const dir = checkout(['docker-compose.yml']);
    const c = cluster(
      [['source', 'directory'], dir],
      [['images', 'resetDocker'], false],
      [['source', 'compose', 'worker'], 'fork-worker.yml'],
    );
    const inst = fakeInstance({ parameters: PARAMS });
    writeFileSync(join(inst.bin, 'git'), `#!/bin/bash\n${HEAD_IS_REF}`, { mode: 0o755 });
    const r = inst.run(prepareScript(t, c, 'locust'));
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `akrida-ops: compose file fork-worker.yml not found in ${dir} at ref 404c7a16fd7cedc85fa24c14851affc22878749c\n`,
    );
  });
});

describe('configure-master', () => {
  test('is shellcheck-clean and holds no secret value', () => {
    const script = masterScript(t, cluster(), FACTS);
    expect(shellcheck(script)).toBe('');
    for (const v of Object.values(PARAMS)) expect(script).not.toContain(v);
  });

  test('writes the .env, makes Locust the master through an override, restarts compose', () => {
    const dir = checkout([
      'docker-compose.yml',
      'load-agent/locust-files/locustMediatorPresentProofExisting.py',
    ]);
    const c = cluster([['source', 'directory'], dir]);
    const inst = fakeInstance({ parameters: PARAMS });
    const r = inst.run(masterScript(t, c, FACTS));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('akrida-ops: master configured\n');
    const env = readFileSync(join(dir, '.env'), 'utf8');
    expect(env).toContain('ISSUER_URL=http://adm.elb.example:8080\n');
    expect(env).toContain('AGENT_IP=10.0.1.10\n');
    expect(env).toContain('"X-API-Key":"SECRET-admin-api-key-7f3a"');
    expect(readFileSync(join(dir, 'akrida-ops.master.yml'), 'utf8')).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: compose interpolates these, not JavaScript
      'services:\n  load-agent:\n    command: locust -f locust-files/${LOCUST_FILES} --master --master-bind-port=${MASTER_PORT}\n',
    );
    expect(inst.calls().filter((x) => x.startsWith('docker-compose'))).toEqual([
      'docker-compose -f docker-compose.yml -f akrida-ops.master.yml down',
      'docker-compose -f docker-compose.yml -f akrida-ops.master.yml up -d',
    ]);
  });

  test('a missing locustfile fails before anything is written', () => {
    const dir = checkout(['docker-compose.yml']);
    const c = cluster([['source', 'directory'], dir]);
    const r = fakeInstance({ parameters: PARAMS }).run(masterScript(t, c, FACTS));
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      `akrida-ops: load-agent/locust-files/locustMediatorPresentProofExisting.py not found in ${dir} at 404c7a16fd7cedc85fa24c14851affc22878749c; check source.compose and source.locustFiles\n`,
    );
    expect(existsSync(join(dir, '.env'))).toBe(false);
  });
});

describe('verify-cluster', () => {
  const input = {
    masterId: 'i-0123456789abcdef0',
    adminDns: 'adm.elb.example',
    transportDns: 'trn.elb.example',
    targetGroups: [],
  };

  test('is shellcheck-clean', () => {
    expect(shellcheck(verifyScript(t, cluster(), input))).toBe('');
  });

  test('reports each check from what the endpoints answer, and never prints the key', () => {
    const inst = fakeInstance({
      parameters: PARAMS,
      http: {
        'http://adm.elb.example:8080/status/live': { code: 200, body: '{"alive": true}' },
        'http://adm.elb.example:8080/status/ready': { code: 200, body: '{"ready": true}' },
        'http://adm.elb.example:8080/out-of-band/create-invitation?auto_accept=true': {
          code: 200,
          body: '{"invi_msg_id": "3fa8", "state": "initial", "invitation_url": "http://trn.elb.example:80?oob=abc"}',
        },
        'http://trn.elb.example:80?oob=abc': { code: 200, body: 'ok' },
        'http://127.0.0.1:8089/stats/requests': { code: 200, body: '{"worker_count": 2, "state": "ready"}' },
      },
    });
    const r = inst.run(verifyScript(t, cluster(), input));
    expect(r.status).toBe(0);
    expect(parseVerifyOutput(r.stdout)).toEqual({
      live: '200',
      ready: '200',
      invitation: '200',
      invitation_url: 'http://trn.elb.example:80?oob=abc',
      invitation_resolves: '200',
      locust: '200',
      workers: '2',
    });
    expect(r.stdout + r.stderr).not.toContain('SECRET-admin-api-key-7f3a');
    // The key reaches curl in a header file, never on a command line another process could read.
    expect(inst.calls().some((x) => x.includes('SECRET-admin-api-key-7f3a'))).toBe(false);
    expect(inst.headerFiles()).toContain('X-API-Key: SECRET-admin-api-key-7f3a');
  });

  test('unreachable endpoints show as 000 and no worker count', () => {
    const r = fakeInstance({ parameters: PARAMS }).run(verifyScript(t, cluster(), input));
    expect(parseVerifyOutput(r.stdout)).toEqual({
      live: '000',
      ready: '000',
      invitation: '000',
      invitation_url: '-',
      locust: '000',
      workers: '-',
    });
  });
});

describe('collect-logs', () => {
  const render = (dir: string, acapyDir = `${dir}/none`) =>
    collectLogsScript(t, cluster([['source', 'directory'], dir], [['source', 'acapyDirectory'], acapyDir]));

  test('is shellcheck-clean', () => {
    expect(shellcheck(render('/home/ubuntu/owl-akrida'))).toBe('');
  });

  test('prints the compose logs of each project the toolkit started', () => {
    const dir = checkout(['.env']);
    const inst = fakeInstance({ parameters: PARAMS });
    const r = inst.run(render(dir));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`=== ${dir} ===\n`);
    expect(inst.calls()).toEqual(['docker-compose logs --no-color --tail 200']);
  });

  /** An instance whose compose logs print what `lines` says, in a checkout with this .env. */
  function logging(env: string, lines: string) {
    const dir = checkout([]);
    writeFileSync(join(dir, '.env'), env);
    const inst = fakeInstance({ parameters: PARAMS });
    writeFileSync(join(inst.root, 'logs.txt'), lines);
    writeFileSync(join(inst.bin, 'docker-compose'), `#!/bin/bash\ncat '${join(inst.root, 'logs.txt')}'\n`, {
      mode: 0o755,
    });
    return { dir, inst };
  }

  test("masks every secret of the project's .env before the output leaves the instance (SSM keeps it)", () => {
    const { dir, inst } = logging(
      [
        'ISSUER=trn.elb.example',
        'ACAPY_ADMIN_API_KEY=SECRET-admin-key-7f3a',
        'PASSWORD=p@ss-word.9',
        'ISSUER_HEADERS={"Authorization":"Bearer tok-77e1","X-API-Key":"SECRET-admin-key-7f3a"}',
        'MEDIATION_URL=',
        '',
      ].join('\n'),
      [
        'acapy | starting with admin key SECRET-admin-key-7f3a on trn.elb.example',
        'db    | FATAL: password authentication failed: p@ss-word.9',
        'locust | GET /status Authorization: Bearer tok-77e1',
        '',
      ].join('\n'),
    );
    const r = inst.run(render(dir));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        `=== ${dir} ===`,
        'acapy | starting with admin key [ACAPY_ADMIN_API_KEY masked] on trn.elb.example',
        'db    | FATAL: password authentication failed: [PASSWORD masked]',
        'locust | GET /status Authorization: [ISSUER_HEADERS masked]',
        '',
      ].join('\n'),
    );
  });

  test('prints only the latest lines that fit its share of the 24,000 characters SSM returns', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(90)}\n`).join('');
    const { dir, inst } = logging('PASSWORD=unused-here\n', lines);
    const r = inst.run(render(dir, dir));
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeLessThanOrEqual(24_000);
    const printed = r.stdout.split('\n').filter((l) => l.startsWith('line '));
    expect(printed.at(-1)).toMatch(/^line 199 /);
    expect(printed.join('\n').length).toBeLessThanOrEqual(2 * COLLECTED_LOGS.characters);
    expect(printed.length).toBeGreaterThan(200);
  });

  test('when the masking cannot run, no logs are printed, and the script says so', () => {
    const { dir, inst } = logging('PASSWORD=p@ss-word.9\n', 'db | p@ss-word.9\n');
    // The masking cannot run (as when the .env cannot be read): the logs are not printed unmasked.
    writeFileSync(join(inst.bin, 'python3'), '#!/bin/bash\nexit 1\n', { mode: 0o755 });
    const r = inst.run(render(dir));
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('p@ss-word.9');
    expect(r.stderr).toContain('could not be collected and masked; none are printed');
  });
});

describe('locust-http', () => {
  test('is shellcheck-clean for a GET and a form POST, first chunk and later chunks', () => {
    for (const [offset, form] of [
      ['0', []],
      ['0', ['user_count=10', 'spawn_rate=2']],
      ['16000', []],
    ] as const) {
      const script = t.render('locust-http.sh.hbs', {
        file: '/tmp/akrida-ops-locust-x.gz',
        first: offset === '0',
        offset,
        chunk: '16000',
        url: 'http://127.0.0.1:8089/swarm',
        form,
      });
      expect(shellcheck(script)).toBe('');
    }
  });
});

describe('locust-http keeps an answer only while its chunks are read', () => {
  const call = (file: string, body: string, offset: number) => {
    const bin = mkdtempSync(join(tmpdir(), 'akrida-curl-'));
    // Locust's answer, as curl writes it to -o.
    writeFileSync(
      join(bin, 'curl'),
      `#!/bin/bash\nwhile [ $# -gt 0 ]; do [ "$1" = -o ] && { printf %s '${body}' > "$2"; shift; }; shift; done\nprintf 200\n`,
      { mode: 0o755 },
    );
    const script = t.render('locust-http.sh.hbs', {
      file,
      first: offset === 0,
      offset: String(offset),
      chunk: '64',
      url: 'http://127.0.0.1:8089/stats/requests',
      form: [],
    });
    return execFileSync('bash', ['-c', script], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: 'utf8' });
  };

  test('an answer read in one chunk is not kept; a longer one is, for its later chunks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-master-'));
    const small = join(dir, 'small.gz');
    expect(call(small, '{}', 0)).toContain('akrida-http-status 200');
    expect(existsSync(small)).toBe(false);
    const large = join(dir, 'large.gz');
    call(large, randomBytes(200).toString('hex'), 0);
    expect(existsSync(large)).toBe(true);
    expect(call(large, '', 64)).toMatch(/akrida-http-chunk [A-Za-z0-9+/=]+/);
  });
});

describe('the AWS CLI on a fresh Ubuntu image', () => {
  test('is installed before the first secret is read when the image lacks it', () => {
    const dir = checkout([
      'docker-compose.yml',
      'load-agent/locust-files/locustMediatorPresentProofExisting.py',
    ]);
    const c = cluster([['source', 'directory'], dir]);
    const inst = fakeInstance({ parameters: PARAMS });
    // No aws yet: apt-get "installs" it by putting the shim back.
    renameSync(join(inst.bin, 'aws'), join(inst.root, 'aws.later'));
    writeFileSync(
      join(inst.bin, 'apt-get'),
      `#!/bin/bash\nprintf '%s\\n' "apt-get $*" >> '${inst.log}'\n[ "$1" = install ] && cp '${join(inst.root, 'aws.later')}' '${join(inst.bin, 'aws')}'\nexit 0\n`,
      { mode: 0o755 },
    );
    const r = inst.run(masterScript(t, c, FACTS));
    expect(r.stderr).toBe('');
    expect(inst.calls().slice(0, 2)).toEqual(['apt-get update -qq', 'apt-get install -y -qq awscli']);
    expect(readFileSync(join(dir, '.env'), 'utf8')).toContain('"X-API-Key":"SECRET-admin-api-key-7f3a"');
  });
});

describe('prepare-image and the build target upstream forgot', () => {
  const prepare = (files: Record<string, string>) => {
    const dir = checkout([]);
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    const c = cluster(
      [['source', 'directory'], dir],
      [['images', 'resetDocker'], false],
      [['source', 'compose', 'worker'], 'fork-worker.yml'],
    );
    const inst = fakeInstance({ parameters: PARAMS });
    writeFileSync(join(inst.bin, 'git'), `#!/bin/bash\n${HEAD_IS_REF}`, { mode: 0o755 });
    return { dir, r: inst.run(prepareScript(t, c, 'locust')), calls: inst.calls() };
  };
  const compose = 'services:\n  load-agent:\n    build:\n      context: .\n      target: release\n';

  test('a compose file naming a stage the Dockerfile lacks fails with exit 4 before building', () => {
    const { dir, r, calls } = prepare({
      'docker-compose.yml': 'services: {}\n',
      'fork-worker.yml': compose,
      Dockerfile: 'FROM node:20 AS base\n',
    });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe(
      `akrida-ops: fork-worker.yml builds target 'release', but the Dockerfile in ${dir} at ref 404c7a16fd7cedc85fa24c14851affc22878749c has no stage of that name; use a compose file or ref that builds\n`,
    );
    expect(calls.some((x) => x.startsWith('docker-compose'))).toBe(false);
  });

  test('with the stage present the images build', () => {
    const { r, calls } = prepare({
      'docker-compose.yml': 'services: {}\n',
      'fork-worker.yml': compose,
      Dockerfile: 'FROM node:20 AS base\nFROM base AS release\n',
    });
    expect(r.stderr).toBe('');
    expect(calls.filter((x) => x.startsWith('docker-compose'))).toEqual([
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f fork-worker.yml build',
    ]);
  });
});

describe('sample-load', () => {
  test('is shellcheck-clean and reads this machine’s CPU and memory', async () => {
    const script = t.render('sample-load.sh.hbs', {});
    expect(shellcheck(script)).toBe('');
    const { parseLoad } = await import('../../src/loadtest/worker-load.js');
    const r = fakeInstance({ parameters: {} }).run(script);
    expect(r.status).toBe(0);
    const load = parseLoad(r.stdout);
    expect(load?.cpu).toBeGreaterThanOrEqual(0);
    expect(load?.cpu).toBeLessThanOrEqual(100);
    expect(load?.memory).toBeGreaterThan(0);
    expect(load?.memory).toBeLessThan(1);
  });
});

describe('the root file system grow script', () => {
  const t = new TemplateSet();
  test('is shellcheck-clean, names its machine in a comment and grows the partition then the file system', () => {
    const script = growRootScript(t, cluster(), 'locust', 80);
    expect(shellcheck(script)).toBe('');
    expect(script.split('\n')[1]).toBe('# Grow the root file system.');
    expect(script).toMatch(/growpart "\$disk" "\$part" \|\| \[ "\$\?" -eq 1 \]\nresize2fs "\$root"/);
    expect(script).toContain('root volume to 80 GiB');
  });
});
