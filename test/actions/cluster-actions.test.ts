// The cluster-building actions, run in dependency order through their entry points (with
// @actions/core faked) against the simulated AWS, as the workflows will chain them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { stringify } from 'yaml';
import type { ActionDeps } from '../../src/action/context.js';
import { ACTION_OPERATIONS, rolePolicy } from '../../src/iam/policies.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';
import { ALL_SECRET_VALUES, cluster, exampleAccount, WORKFLOW_SECRETS } from '../fixtures/example-cluster.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
type Run = (deps?: ActionDeps) => Promise<void>;
const load = async (name: string): Promise<Run> => (await import(`../../actions/${name}/src/main.js`)).run;

const dir = mkdtempSync(join(tmpdir(), 'akrida-actions-'));
const file = join(dir, 'perf-example.yml');
writeFileSync(file, exampleWith());

const seen: string[] = [];
const masked: string[] = [];
async function act(name: string, deps: ActionDeps, inputs: Record<string, string> = {}) {
  resetCore({ cluster: file, ...inputs });
  await (await load(name))(deps);
  const { secrets, ...visible } = state;
  masked.push(...secrets);
  seen.push(JSON.stringify(visible));
  if (state.failed) throw new Error(`${name} failed: ${state.failed}`);
  return { ...state.outputs };
}

async function build(deps: ActionDeps) {
  await act('store-secrets', deps);
  const sgs = await act('ensure-security-groups', deps);
  const [images, lbs] = await Promise.all([
    act('create-ami', deps, { role: 'both' }),
    act('ensure-load-balancer', deps, { 'lb-sg': sgs['lb-sg'] ?? '' }),
  ]);
  const master = await act('configure-locust-master', deps);
  const acapyLt = await act('render-launch-template', deps, {
    tier: 'acapy',
    'image-id': images['acapy-image-id'] ?? '',
  });
  await act('set-default-template-version', deps, { tier: 'acapy', version: acapyLt.version ?? '' });
  await act('ensure-auto-scaling-group', deps, { tier: 'acapy' });
  const workerLt = await act('render-launch-template', deps, { tier: 'worker' });
  await act('set-default-template-version', deps, { tier: 'worker', version: workerLt.version ?? '' });
  await act('ensure-auto-scaling-group', deps, { tier: 'worker' });
  return { sgs, images, lbs, master, acapyLt, workerLt };
}

async function clusterUp(deps: ActionDeps) {
  const built = await build(deps);
  const verify = await act('verify-cluster', deps, { 'settle-seconds': '900' });
  return { ...built, verify };
}

describe('cluster-building actions on the simulated AWS', () => {
  let account: Awaited<ReturnType<typeof exampleAccount>>;
  let deps: ActionDeps;
  let first: Awaited<ReturnType<typeof clusterUp>>;

  beforeAll(async () => {
    account = await exampleAccount(cluster());
    deps = {
      clients: account.clients,
      clock: account.sim.clock,
      templates: account.templates,
      env: WORKFLOW_SECRETS,
    };
    first = await clusterUp(deps);
  });

  test('from an empty account: images, load balancers, groups and a passing verification', () => {
    expect(first.images['locust-image-id']).toMatch(/^ami-/);
    expect(first.images['acapy-image-id']).toMatch(/^ami-/);
    expect(first.lbs['transport-dns']).toMatch(/^internal-perf-example-acapy-trn-/);
    expect(first.acapyLt).toMatchObject({ version: '1', changed: 'true' });
    expect(first.verify.passed).toBe('true');
    expect(first.verify.table).toContain('| pass | workers counted by the Locust master | 2 | 2 |');
    expect(state.summaryText.join('')).toContain('| pass | invitation_url on the transport LB and port |');
  });

  test('running the build sequence again makes zero mutating calls; verifying again sends one read-only command', async () => {
    const before = account.sim.mutations().length;
    const again = await build(deps);
    expect(account.sim.mutations().slice(before)).toEqual([]);
    expect(again.acapyLt).toMatchObject({ version: '1', changed: 'false' });
    await act('verify-cluster', deps);
    expect(
      account.sim
        .mutations()
        .slice(before)
        .map((m) => `${m.service}:${m.operation}`),
    ).toEqual(['SSM:SendCommand']);
  });

  test('without a version the latest becomes the default; a refresh replaces only instances on another version', async () => {
    const before = account.sim.mutations().length;
    expect(await act('set-default-template-version', deps, { tier: 'worker', refresh: 'true' })).toEqual({
      changed: 'false',
    });
    expect(account.sim.mutations().slice(before)).toEqual([]);
  });

  test('workflow secrets are masked, and no secret value appears in any output, log, annotation or summary', () => {
    resetCore({});
    expect(seen.join('\n')).not.toBe('');
    for (const v of ALL_SECRET_VALUES) expect(seen.join('\n')).not.toContain(v);
    expect([...new Set(masked)].sort()).toEqual(Object.values(WORKFLOW_SECRETS).sort());
  });

  test('collect logs from every ACA-Py instance into files', async () => {
    const out = join(dir, 'logs');
    account.sim.onCommand(({ instance }) => ({
      exitCode: 0,
      stdout: `=== /home/ubuntu ===\nissuer_1 | started on ${instance.id}\n`,
      seconds: 2,
    }));
    // Under the deploy policy: targets by tags need the command's invocations listed.
    const enforcer = new IamEnforcer(account.sim, rolePolicy('deploy', [cluster()]));
    const made = new Set<string>();
    account.sim.world.authorize = (service, operation, input) => {
      made.add(`${service}:${operation}`);
      enforcer.authorize(service, operation, input);
    };
    const r = await act('run-on-instances', deps, {
      tags: 'akrida:role=acapy-group',
      template: 'collect-logs.sh.hbs',
      'output-dir': out,
    }).finally(() => {
      account.sim.world.authorize = undefined;
    });
    expect(ACTION_OPERATIONS.filter((op) => !made.has(op))).toEqual([]);
    const results = JSON.parse(r.results ?? '[]') as { instanceId: string; status: string }[];
    expect(results.map((x) => x.status)).toEqual(['Success']);
    expect(readFileSync(join(out, `${results[0]?.instanceId}.log`), 'utf8')).toContain(
      'issuer_1 | started on',
    );
  });

  test('bad inputs fail clearly before any AWS call', async () => {
    const before = account.sim.ledger.length;
    resetCore({ cluster: file, tier: 'database' });
    await (await load('render-launch-template'))(deps);
    expect(state.failed).toBe('input tier must be one of acapy, worker (got "database")');
    resetCore({ cluster: file, tier: 'worker', desired: 'many' });
    await (await load('set-capacity'))(deps);
    expect(state.failed).toBe('input desired must be a whole number (got "many")');
    resetCore({ cluster: join(dir, 'missing.yml'), tier: 'worker' });
    await (await load('set-capacity'))(deps);
    expect(state.failed).toContain('missing.yml: 1 problem; nothing was changed in AWS.');
    expect(account.sim.ledger.length).toBe(before);
    expect(existsSync(file)).toBe(true);
    expect(stringify({ ok: true })).toBe('ok: true\n');
  });
});
