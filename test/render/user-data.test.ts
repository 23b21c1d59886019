import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseClusterText } from '../../src/config/load.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../../src/render/env-files.js';
import { shellQuote, TemplateError, TemplateSet, templatesDir } from '../../src/render/render.js';
import { acapyUserData, workerUserData } from '../../src/render/user-data.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { fakeInstance, shellcheck } from '../fixtures/shims.js';

const SECRETS: Record<string, string> = {
  '/akrida/perf-example/acapy-admin-api-key': "k3y-with-'quote-and-$dollar",
  '/akrida/perf-example/wallet-account': 'wallet-acct-S3CRET',
  '/akrida/perf-example/wallet-password': 'wallet-pass-S3CRET',
  '/akrida/perf-example/wallet-admin-account': 'wallet-admin-S3CRET',
  '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD': 'wallet-admin-pass-S3CRET',
  '/akrida-ops/perf-example/ISSUER_BEARER_TOKEN': 'Bearer eyJhbGciOiJIUzI1NiJ9.S3CRET"quoted"',
};
const FACTS: ClusterFacts = {
  transportDns: 'trn-123.elb.example',
  adminDns: 'adm-456.elb.example',
  masterPrivateIp: '10.0.1.10',
};
const templates = new TemplateSet();

function clusterIn(dir: string) {
  return parseClusterText(
    exampleWith([['source', 'directory'], dir], [['source', 'acapyDirectory'], dir]),
    'clusters/perf-example.yml',
  ).cluster;
}

describe('launch-template user data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-ud-'));
  const cluster = clusterIn(dir);
  const scripts = {
    acapy: acapyUserData(templates, cluster, FACTS),
    worker: workerUserData(templates, cluster, FACTS),
  };

  test.each(Object.entries(scripts))('%s user data is shellcheck-clean', (_name, script) => {
    expect(shellcheck(script)).toBe('');
  });

  test.each(Object.entries(scripts))('%s user data holds no secret value', (_name, script) => {
    for (const value of Object.values(SECRETS)) expect(script).not.toContain(value);
    expect(script).toContain('akrida_secret');
  });

  test('ACA-Py boot writes .env from Parameter Store (root-only) and starts compose', () => {
    const instance = fakeInstance({ parameters: SECRETS });
    const r = instance.run(scripts.acapy);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const env = readFileSync(join(dir, '.env'), 'utf8');
    expect(env).toBe(
      [
        'ISSUER=trn-123.elb.example',
        'DATABASE=10.0.1.20',
        "ACAPY_ADMIN_API_KEY=k3y-with-'quote-and-$dollar",
        'EXPOSED_PORT=80',
        'ACAPY_GENESIS_URL=https://example.org/genesis/pool_transactions_testnet_genesis',
        'ACCOUNT=wallet-acct-S3CRET',
        'PASSWORD=wallet-pass-S3CRET',
        'ADMIN_ACCOUNT=wallet-admin-S3CRET',
        'ADMIN_PASSWORD=wallet-admin-pass-S3CRET',
        '',
      ].join('\n'),
    );
    expect(statSync(join(dir, '.env')).mode & 0o777).toBe(0o600);
    expect(instance.calls().filter((c) => c.startsWith('docker-compose'))).toEqual([
      'docker-compose -f docker-compose.yml build',
      'docker-compose -f docker-compose.yml up -d',
    ]);
  });

  test('worker boot takes AGENT_IP from IMDSv2 and builds ISSUER_HEADERS as JSON', () => {
    const instance = fakeInstance({ parameters: SECRETS, privateIp: '10.0.7.42' });
    const r = instance.run(scripts.worker);
    expect(r.status).toBe(0);
    const env = readFileSync(join(dir, '.env'), 'utf8');
    expect(env).toContain('AGENT_IP=10.0.7.42\n');
    expect(env).toContain('MASTER_HOST=10.0.1.10\nMASTER_PORT=8090\n');
    expect(env).toContain('ISSUER_URL=http://adm-456.elb.example:8080\n');
    const headers = env
      .split('\n')
      .find((l) => l.startsWith('ISSUER_HEADERS='))
      ?.slice('ISSUER_HEADERS='.length);
    expect(JSON.parse(headers ?? '')).toEqual({
      Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.S3CRET"quoted"',
      'X-API-Key': "k3y-with-'quote-and-$dollar",
    });
    const calls = instance.calls();
    expect(calls).toContain(
      'curl -sS --fail -X PUT http://169.254.169.254/latest/api/token -H X-aws-ec2-metadata-token-ttl-seconds: 300',
    );
    // Akrida's compose file, its Locust service made a worker of the master by an override.
    expect(readFileSync(join(dir, 'akrida-ops.worker.yml'), 'utf8')).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: compose expands these, not JavaScript
      'services:\n  load-agent:\n    command: locust -f locust-files/${LOCUST_FILES} --worker --master-host=${MASTER_HOST} --master-port=${MASTER_PORT}\n',
    );
    expect(calls.filter((c) => c.startsWith('docker-compose'))).toEqual([
      'docker-compose -f docker-compose.yml -f akrida-ops.worker.yml down -v',
      'docker-compose -f docker-compose.yml -f akrida-ops.worker.yml build',
      'docker-compose -f docker-compose.yml -f akrida-ops.worker.yml up -d',
    ]);
  });

  test('a missing parameter stops the boot before compose starts, without an empty value', () => {
    const rest = { ...SECRETS };
    delete rest['/akrida/perf-example/wallet-password'];
    const instance = fakeInstance({ parameters: rest });
    const r = instance.run(scripts.acapy);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Parameter /akrida/perf-example/wallet-password not found');
    expect(instance.calls().some((c) => c.startsWith('docker-compose'))).toBe(false);
  });
});

describe('templates are strict', () => {
  test('a variable the context lacks is an error naming the template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-tpl-'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'lib', 'prelude.sh.hbs'), '');
    writeFileSync(join(dir, 'plain.sh.hbs'), '#!/bin/bash\necho {{clusterNmae}}\n');
    writeFileSync(join(dir, 'quoted.sh.hbs'), '#!/bin/bash\necho {{shq clusterNmae}}\n');
    writeFileSync(join(dir, 'block.sh.hbs'), '#!/bin/bash\n{{#if resetDocker}}\necho reset\n{{/if}}\n');
    const set = new TemplateSet(dir);
    const hint =
      ' — the template uses a variable the renderer does not provide; fix the template or its context';
    expect(() => set.render('plain.sh.hbs', { cluster: 'x' })).toThrow(
      new TemplateError(`templates/plain.sh.hbs: "clusterNmae" is not defined at line 2, column 8${hint}`),
    );
    expect(() => set.render('quoted.sh.hbs', { cluster: 'x' })).toThrow(
      new TemplateError(`templates/quoted.sh.hbs: shq at line 2, column 6 got an undefined value${hint}`),
    );
    expect(() => set.render('block.sh.hbs', { cluster: 'x' })).toThrow(
      new TemplateError(`templates/block.sh.hbs: #if at line 2, column 1 got an undefined value${hint}`),
    );
    expect(set.render('block.sh.hbs', { resetDocker: false })).toBe('#!/bin/bash\n');
  });

  test('a template or partial that reads otherwise renders as it reads now, also in one process that compiled the old one', () => {
    const folder = (partial: string, script: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'akrida-tpl-'));
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib', 'prelude.sh.hbs'), partial);
      writeFileSync(join(dir, 'run.sh.hbs'), script);
      return new TemplateSet(dir);
    };
    expect(folder('set -e\n', '{{> prelude}}echo {{shq a}}\n').render('run.sh.hbs', { a: 'x' })).toBe(
      "set -e\necho 'x'\n",
    );
    expect(folder('set -eu\n', '{{> prelude}}echo {{shq a}}\n').render('run.sh.hbs', { a: 'x' })).toBe(
      "set -eu\necho 'x'\n",
    );
    expect(folder('set -e\n', '{{> prelude}}printf {{shq a}}\n').render('run.sh.hbs', { a: 'x' })).toBe(
      "set -e\nprintf 'x'\n",
    );
  });

  test('values are single-quoted for bash', () => {
    expect(shellQuote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(() => shellQuote(undefined)).toThrow('shq expects a string or number, got undefined');
  });

  test('the offline placeholders render too', () => {
    expect(acapyUserData(templates, clusterIn('/home/ubuntu'), OFFLINE_FACTS)).toContain(
      "printf '%s=%s\\n' 'ISSUER' '<acapy-transport load balancer DNS name>'",
    );
    expect(templatesDir()).toMatch(/templates$/);
  });
});
