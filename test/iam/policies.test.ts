// The generated IAM policies are exactly enough: the end-to-end scenarios pass on a simulated AWS
// that enforces them (the deploy role's for cluster-up, a no-change re-run, an apply of a change,
// a regression with a real Locust, destroy and the sweeper; the plan role's for the live cluster-plan), the operations they make are
// the ones each role's policy is generated from, and removing any one statement fails a scenario.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parseDocument } from 'yaml';
import { loadClusterFile } from '../../src/config/load.js';
import { OPERATIONS, type Sid, STATEMENTS } from '../../src/iam/actions.js';
import {
  ACTION_OPERATIONS,
  grantsOf,
  LOAD_TEST_OPERATIONS,
  MACHINE_EDIT_OPERATIONS,
  MACHINE_REMOVE_OPERATIONS,
  type PolicyDocument,
  REPLACE_OPERATIONS,
  ROLE_OPERATIONS,
  type Role,
  rolePolicy,
  roleSids,
} from '../../src/iam/policies.js';
import { attachIssuerStandIn } from '../../src/runner/issuer-stand-in.js';
import { localGitServer } from '../../src/runner/local-remote.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { IamEnforcer } from '../../src/sim/iam-enforcer.js';
import { VirtualClock } from '../../src/time/clock.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

// Each day runs whole workflows on virtual time; alone a day takes seconds, but beside the other
// suites on two cores it can take more than jest's 30 s. The timeout is a safety net, not a measure.
jest.setTimeout(180_000);

const root = repoRoot();
const FILE = 'clusters/perf-example.yml';
/** The from-zero form: the toolkit launches, prepares, stops, starts and terminates its machines. */
const ZERO = 'clusters/example.yml';
const cluster = loadClusterFile(FILE).cluster;
/** The role secrets as an operator sets them (the runner reports which one each job asks for). */
const ROLE_SECRETS = {
  AKRIDA_AWS_ROLE_ARN: 'arn:aws:iam::123456789012:role/akrida-ops-deploy',
  AKRIDA_AWS_READONLY_ROLE_ARN: 'arn:aws:iam::123456789012:role/akrida-ops-plan',
  AKRIDA_AWS_TEARDOWN_ROLE_ARN: 'arn:aws:iam::123456789012:role/akrida-ops-teardown',
};
const clusters = [cluster, loadClusterFile(ZERO).cluster];
/** The regression's load tests need a real Locust; without one the day leaves the regression out. */
const WITH_LOCUST = locustAvailable();
const real = WITH_LOCUST ? useLocust(2) : undefined;
/** Operations only the regression makes. */
const REGRESSION_ONLY = ['CloudWatch:GetMetricData'];

/** example.yml with short runs against the real Locust: the regression's two variants, once each. */
function regressionCluster(webUrl: string): { clustersDir: string; file: string } {
  const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-iam-regression-'));
  const doc = parseDocument(readFileSync(ZERO, 'utf8'));
  doc.setIn(['locust', 'master', 'webPort'], Number(new URL(webUrl).port));
  // Seconds of real load are what the day waits for (five days run the regression): the shortest
  // runs that still make every call of a warm-up, a load test and its samples.
  doc.setIn(['loadTest'], doc.createNode({ users: 4, spawnRate: 4, runTimeSeconds: 3 }));
  doc.setIn(['regression', 'repetitions'], 1);
  doc.setIn(['regression', 'warmupSeconds'], 1);
  doc.setIn(
    ['regression', 'thresholds'],
    doc.createNode({ p95LatencyPercent: 1000, throughputPercent: 1000, errorRatio: 1 }),
  );
  const file = join(clustersDir, 'example.yml');
  writeFileSync(file, doc.toString());
  return { clustersDir, file };
}

interface Day {
  /** The first workflow that did not succeed, with its denied calls; undefined when all passed. */
  failed?: string;
  /** What the workflows logged (the preflight's report among it). */
  log: string[];
  /** The same lines by the role the job that logged them had taken. */
  logOf: Record<Role, string[]>;
  /** Operations each role made (successful or not). */
  operations: Record<Role, Set<string>>;
}

/**
 * The operator's day, each workflow under its role's policy; stops at the first failure. With
 * `teardownSoon` the day goes from its first cluster-up straight to the teardowns (no re-run, no
 * apply, no plan): a day without a teardown statement fails there, or later in the day; a shorter
 * day can only fail a case that the whole day would pass, never pass one it would fail.
 */
async function day(policies: Record<Role, PolicyDocument>, teardownSoon = false): Promise<Day> {
  const a = await simulatedAccount(clusters, new VirtualClock());
  const closeIssuer = await attachIssuerStandIn(a.akrida, { unref: true });
  const enforcer = new IamEnforcer(a.sim, policies.deploy);
  const operations: Day['operations'] = { deploy: new Set(), plan: new Set(), teardown: new Set() };
  const log: string[] = [];
  const logOf: Day['logOf'] = { deploy: [], plan: [], teardown: [] };
  const gitDir = mkdtempSync(join(tmpdir(), 'akrida-iam-git-'));
  let role: Role = 'deploy';
  // Each workflow takes its role from its own secret; the day holds that it takes the expected one.
  const secrets = { ...a.secrets, ...ROLE_SECRETS };
  let assumed = new Set<string>();
  a.sim.world.authorize = (service, operation, input) => {
    operations[role].add(`${service}:${operation}`);
    enforcer.assume(`akrida-ops-${role}`, policies[role]);
    enforcer.authorize(service, operation, input);
  };
  const run = async (
    as: Role | Role[],
    name: string,
    inputs: Record<string, string>,
    extra = {},
    event = 'workflow_dispatch',
  ) => {
    const roles = [as].flat();
    role = roles[0] as Role;
    assumed = new Set();
    const from = a.sim.ledger.length;
    const r = await runWorkflowFile(join(root, '.github/workflows', `${name}.yml`), {
      root,
      // The regression's history goes to a local bare repository, never the network.
      serverUrl: localGitServer(gitDir),
      event: { name: event, payload: {} },
      inputs,
      secrets,
      deps: { ...a.deps, ...extra },
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-iam-')),
      log: (line) => {
        log.push(line);
        logOf[role].push(line);
      },
      // The jobs that take different roles run one after the other (plan, approval, apply).
      onCredentials: (arn = 'none') => {
        role = arn.replace(/.*:role\/akrida-ops-/, '') as Role;
        assumed.add(role);
      },
    });
    if ([...assumed].join() !== roles.join())
      throw new Error(
        `${name} took the role(s) ${[...assumed].join(', ') || 'none'}, not ${roles.join(', ')}`,
      );
    if (r.result === 'success') return true;
    const preflight = log.filter((l) => /preflight: \d+ missing/.test(l)).slice(0, 1);
    const refused = a.sim.ledger
      .slice(from)
      .filter((e) => /Unauthorized|AccessDenied/.test(e.error ?? ''))
      .map((e) => `${e.service}:${e.operation}`);
    throw new Error(
      `${name} ended ${r.result}; refused: ${[...new Set(refused)].join(', ') || 'none'}${preflight.length ? `; ${preflight[0]}` : ''}`,
    );
  };
  /** The cluster made, run again, planned, changed by hand and by an apply, planned again. */
  const everythingBeforeTheTeardown = async () => {
    await run('plan', 'cluster-plan', { cluster: FILE });
    await run('deploy', 'cluster-up', { cluster: FILE });
    await run('deploy', 'cluster-up', { cluster: FILE });
    // The admin listener made HTTPS in place (ModifyListener) with the operator's certificate, the
    // name they pointed at the admin load balancer.
    const certificateArn = a.sim.elb.issueCertificate('acapy-admin.example.org');
    const adminDns = [...a.sim.elb.lbs.values()].find((lb) => lb.name === 'perf-example-acapy-adm')?.dns;
    a.sim.elb.dnsRecords.set('acapy-admin.example.org', adminDns ?? '?');
    const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-iam-change-'));
    const changed = join(clustersDir, 'perf-example.yml');
    // A changed and a removed tag (groups and security groups re-tagged), and a target group
    // detached by hand with a foreign one attached: the apply re-attaches ours, detaches the other.
    // The workers go on Spot: a mixed-instances policy, and the summary's Spot price.
    writeFileSync(
      changed,
      exampleWith(
        [['acapy', 'genesisUrl'], 'https://example.org/genesis/other'],
        [['tags', 'team'], 'x'],
        [['tags', 'type']],
        [['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge', 't3a.xlarge'] }],
        [['acapy', 'adminTls'], { certificateArn, hostName: 'acapy-admin.example.org' }],
        [
          ['network', 'subnetIds'],
          ['subnet-0123456789abcdef0', 'subnet-0aaaabbbbccccdddd'],
        ],
        // What the apply removes with the deploy role: the old operators' rule, the copy of a
        // secret the file no longer names, the image beyond `keep` after a bake of the new source.
        [['access', 'operatorCidrs'], ['198.51.100.0/24']],
        [['locust', 'issuer', 'headers']],
        [['source', 'ref'], 'f'.repeat(40)],
        [['images', 'keep'], 1],
      ),
    );
    const acapy = a.sim.asg.groups.get('perf-example-acapy');
    if (acapy)
      acapy.targetGroupArns = [...acapy.targetGroupArns.slice(1), `${acapy.targetGroupArns[0]}-foreign`];
    // A subnet moved to another zone (the load balancers follow), and the admin load balancer's
    // security group swapped by hand (the apply sets it back).
    a.sim.ec2.addSubnet('subnet-0aaaabbbbccccdddd', 'vpc-0123456789abcdef0', '10.0.64.0/20', 'us-east-1c');
    const admin = [...a.sim.elb.lbs.values()].find((lb) => lb.name === 'perf-example-acapy-adm');
    const perfSg = [...a.sim.ec2.groups.values()].find((g) => g.name === 'perf-example-perf-sg');
    if (admin && perfSg) admin.securityGroups = [perfSg.id];
    // A listener on a port the file does not name (the apply removes it).
    const adminListener = [...a.sim.elb.listeners.values()].find((l) => l.lbArn === admin?.arn);
    if (adminListener) {
      const arn = `${adminListener.arn.replace(/\/[^/]+$/, '')}/0000000000000000`;
      a.sim.elb.listeners.set(arn, { ...adminListener, arn, port: 8443, tags: {} });
    }
    await run(['plan', 'deploy'], 'cluster-apply', { cluster: changed }, { clustersDir });
    await run('plan', 'cluster-plan', { cluster: FILE });
  };
  try {
    if (teardownSoon) await run('deploy', 'cluster-up', { cluster: FILE });
    else await everythingBeforeTheTeardown();
    await run('teardown', 'cluster-down', { cluster: FILE, mode: 'destroy' });
    await run('deploy', 'cluster-up', { cluster: ZERO });
    await run('plan', 'cluster-plan', { cluster: ZERO });
    // Stopped and started again before the regression: a day without a teardown statement ends at
    // the stop, before the seconds of real load.
    await run('teardown', 'cluster-down', { cluster: ZERO, mode: 'scale-to-zero' });
    await a.sim.clock.sleep(600_000);
    await run('deploy', 'cluster-up', { cluster: ZERO });
    if (real) {
      // A regression of the from-zero cluster's two variants, its load tests on the real Locust.
      const reg = regressionCluster(real.locust.webUrl);
      a.akrida.loopbackLocust = true;
      await run('deploy', 'regression', { cluster: reg.file }, { clustersDir: reg.clustersDir });
      a.akrida.loopbackLocust = false;
    }
    await run('teardown', 'cluster-down', { cluster: ZERO, mode: 'destroy' });
    await run('deploy', 'cluster-up', { cluster: FILE });
    await a.sim.clock.sleep(cluster.teardown.ttlHours * 3_600_000 + 60_000);
    await run('teardown', 'cluster-sweep', {}, {}, 'schedule');
    return { operations, log, logOf };
  } catch (err) {
    return { failed: (err as Error).message, operations, log, logOf };
  } finally {
    await closeIssuer();
  }
}

const generated = (): Record<Role, PolicyDocument> => ({
  deploy: rolePolicy('deploy', clusters),
  plan: rolePolicy('plan', clusters),
  teardown: rolePolicy('teardown', clusters),
});

describe('the generated policies', () => {
  test('no "*" action; "Resource": "*" only where AWS supports nothing narrower', () => {
    for (const role of ['deploy', 'plan', 'teardown'] as const)
      for (const s of rolePolicy(role, clusters).Statement) {
        expect(s.Action.filter((a) => a.includes('*'))).toEqual([]);
        if (s.Resource === '*') expect(STATEMENTS[s.Sid as Sid].target).toBe('any');
      }
  });

  test('the plan role reads no SecureString: GetParameter only on last-run records and the issuer ids, no decryption', () => {
    const plan = rolePolicy('plan', clusters);
    const get = plan.Statement.filter((s) => s.Effect === 'Allow' && s.Action.includes('ssm:GetParameter'));
    expect(get.map((s) => s.Resource)).toEqual([
      [
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/example/issuer/schema-id',
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/perf-example/issuer/schema-id',
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/example/issuer/cred-def-id',
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/perf-example/issuer/cred-def-id',
      ],
      [
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/example/last-run/*',
        'arn:aws:ssm:us-east-1:*:parameter/akrida-ops/perf-example/last-run/*',
      ],
    ]);
    expect(
      plan.Statement.filter((s) => s.Effect === 'Allow')
        .flatMap((s) => s.Action)
        .filter((a) => /^kms:|GetParameters|Put|Delete|Create/.test(a)),
    ).toEqual([]);
    // And the DID seed is denied outright.
    expect(plan.Statement.find((s) => s.Sid === 'DenyIssuerSeed')?.Effect).toBe('Deny');
  });

  test('the teardown role creates, launches, writes and runs nothing; it deletes only under tag conditions', () => {
    const teardown = rolePolicy('teardown', clusters);
    const actions = teardown.Statement.flatMap((s) => s.Action);
    expect(
      actions.filter((a) =>
        /:(Create|Run|Put|Start|Authorize|Attach|Add|Send|Import|Copy|Register|Modify(?!InstanceAttribute)|Set|Enable)/.test(
          a,
        ),
      ),
    ).toEqual([]);
    // Every delete, stop and terminate is conditioned on our tags (or, for images, snapshots,
    // security groups and templates, Ec2Ours' managed-by and cluster tags).
    for (const st of teardown.Statement.filter((s) =>
      s.Action.some((a) => /:(Delete|Deregister|Terminate|Stop|Update)/.test(a)),
    ))
      expect(JSON.stringify(st.Condition)).toMatch(/ResourceTag\/(managed-by|akrida:prepare)/);
    expect(ROLE_OPERATIONS.teardown.some((op) => ROLE_OPERATIONS.deploy.includes(op))).toBe(true);
  });

  test("every role's grants find their resources as the enforcer does (the same target per action as the table)", () => {
    const targets = new Map<string, string[]>();
    for (const [op, grants] of Object.entries(OPERATIONS))
      for (const [action, sid] of grants) {
        const key = `${op} ${action}`;
        targets.set(key, [...(targets.get(key) ?? []), STATEMENTS[sid].target]);
      }
    for (const role of ['deploy', 'plan', 'teardown'] as const)
      for (const op of ROLE_OPERATIONS[role])
        for (const [action, sid] of grantsOf(role, op))
          expect(targets.get(`${op} ${action}`)).toContain(STATEMENTS[sid].target);
  });

  test('every scenario passes with them enforced, and each role makes exactly the operations its policy lists', async () => {
    const d = await day(generated());
    expect(d.failed).toBeUndefined();
    // run-on-instances' own operations are held by test/actions/cluster-actions.test.ts; the
    // regression (and the load test inside it) runs only where a real Locust does.
    expect([...d.operations.deploy].sort()).toEqual(
      ROLE_OPERATIONS.deploy.filter(
        (op) =>
          !ACTION_OPERATIONS.includes(op) &&
          !MACHINE_EDIT_OPERATIONS.includes(op) &&
          !MACHINE_REMOVE_OPERATIONS.includes(op) &&
          !REPLACE_OPERATIONS.includes(op) &&
          (WITH_LOCUST || (!REGRESSION_ONLY.includes(op) && !LOAD_TEST_OPERATIONS.includes(op))),
      ),
    );
    expect([...d.operations.plan].sort()).toEqual(ROLE_OPERATIONS.plan);
    // cluster-down (destroy, scale-to-zero) and the sweeper, under the teardown role.
    expect([...d.operations.teardown].sort()).toEqual(ROLE_OPERATIONS.teardown);
  });
});

/**
 * Statements only the load tests need (the regression's docker stats on the ACA-Py instances, the
 * load test's worker samples): with a real Locust the day's regression needs them; without one
 * test/iam/load-test.test.ts is where they are needed.
 */
const NEEDED_BY_LOAD_TEST: readonly Sid[] = WITH_LOCUST ? [] : ['CommandOnClusterInstances'];
/** The preflight's self-check: without it the preflight cannot ask IAM, says so, and the work goes on. */
const PREFLIGHT_ONLY: readonly Sid[] = ['DeploySelfCheck', 'PlanSelfCheck'];

describe('every statement is needed', () => {
  const cases = (['deploy', 'plan', 'teardown'] as const).flatMap((role) =>
    roleSids(role, clusters)
      .filter((sid) => !NEEDED_BY_LOAD_TEST.includes(sid) && !PREFLIGHT_ONLY.includes(sid))
      .map((sid) => [role, sid] as const),
  );
  test.each(cases)('without %s statement %s, a scenario fails', async (role, sid) => {
    const policies = generated();
    policies[role] = rolePolicy(role, clusters, sid);
    // A teardown statement is first needed by a teardown: the day gets there sooner.
    const d = await day(policies, role === 'teardown');
    // The preflight names the missing grant before any work, or the call AWS refused does.
    expect(d.failed).toMatch(/refused: (?!none)|preflight: \d+ missing/);
  });

  // One day without both self-checks: a role's policy without its self-check grants less than one
  // without it alone, so each role's work going on here holds for each statement removed alone.
  test(`without the statements ${PREFLIGHT_ONLY.join(' and ')}, each role's preflight says what it could not check; the work goes on`, async () => {
    const policies = generated();
    const without = (['deploy', 'plan'] as const).map((role) => {
      const sid = roleSids(role, clusters).find((x) => PREFLIGHT_ONLY.includes(x));
      if (sid) policies[role] = rolePolicy(role, clusters, sid);
      return [role, sid] as const;
    });
    expect(without).toEqual([
      ['deploy', 'DeploySelfCheck'],
      ['plan', 'PlanSelfCheck'],
    ]);
    const d = await day(policies);
    expect(d.failed).toBeUndefined();
    for (const [role] of without) expect(d.logOf[role].join('\n')).toMatch(/could not ask IAM what/);
  });
});
