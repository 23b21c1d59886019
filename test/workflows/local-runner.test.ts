// The generated workflows run end to end by the local runner on the simulated AWS.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { awsContext } from '../../src/action/context.js';
import { loadClusterFile } from '../../src/config/load.js';
import { storeSecrets } from '../../src/resources/parameters.js';
import { type RunnerOptions, repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { WorkflowError } from '../../src/runner/workflow.js';
import { VirtualClock } from '../../src/time/clock.js';
import { exampleWith } from '../fixtures/cluster-files.js';

const root = repoRoot();
const wf = (name: string) => join(root, '.github/workflows', `${name}.yml`);

async function account() {
  const a = await simulatedAccount(
    [loadClusterFile('clusters/perf-example.yml').cluster],
    new VirtualClock(),
  );
  const lines: string[] = [];
  const opts = (inputs: Record<string, string>, event = 'workflow_dispatch'): RunnerOptions => ({
    root,
    event: { name: event, payload: {} },
    inputs,
    secrets: a.secrets,
    deps: a.deps,
    artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-artifacts-')),
    log: (l) => lines.push(l),
  });
  return { ...a, lines, opts };
}

describe('cluster-up through the local runner', () => {
  let a: Awaited<ReturnType<typeof account>>;
  let first: Awaited<ReturnType<typeof runWorkflowFile>>;

  beforeAll(async () => {
    a = await account();
    first = await runWorkflowFile(wf('cluster-up'), a.opts({ cluster: 'clusters/perf-example.yml' }));
  });

  test('from an empty account the verification passes', () => {
    expect(first.result).toBe('success');
    expect(Object.fromEntries(Object.entries(first.jobs).map(([k, j]) => [k, j.result]))).toEqual({
      validate: 'success',
      plan: 'skipped',
      approve: 'success',
      'plan-check': 'success',
      secrets: 'success',
      'security-groups': 'success',
      machines: 'success',
      'locust-image': 'success',
      'acapy-image': 'success',
      'load-balancers': 'success',
      'locust-master': 'success',
      'acapy-tier': 'success',
      'worker-tier': 'success',
      verify: 'success',
    });
    expect(first.summary).toContain('| pass | workers counted by the Locust master | 2 | 2 |');
    expect(first.summary).toMatch(
      /\| ACA-Py admin \(API docs\) \| http:\/\/internal-perf-example-acapy-adm-[0-9a-f]+\.us-east-1\.elb\.amazonaws\.com:8080\/api\/doc \|/,
    );
    expect(first.summary).toContain('| perf-example-workers | 2 / 2 / 10 | 2 | EC2 |');
    expect(first.summary).toContain('Estimated cost: **$0.4831 per hour**');
    // Seconds of real time: one digit on an idle machine, more beside another test suite.
    expect(first.summary).toMatch(/\| job \| took \|\n\|---\|---\|\n\| secrets \| \d+ s \|/);
    // The Locust UI and the admin API through SSM port forwarding to the master, not a private IP.
    expect(first.summary).toMatch(
      /aws ssm start-session --region us-east-1 --target i-[0-9a-f]+ --document-name AWS-StartPortForwardingSession --parameters '\{"portNumber":\["8089"\],"localPortNumber":\["8089"\]\}'/,
    );
    expect(first.summary).toMatch(
      /--document-name AWS-StartPortForwardingSessionToRemoteHost --parameters '\{"host":\["internal-perf-example-acapy-adm-[0-9a-f]+\.us-east-1\.elb\.amazonaws\.com"\],"portNumber":\["8080"\]/,
    );
    expect(first.summary).not.toMatch(/http:\/\/10\.\d+\.\d+\.\d+/);
    expect(first.jobs['acapy-tier']?.outputs).toMatchObject({
      version: '1',
      started: expect.stringMatching(/^\d+$/),
    });
  });

  test('jobs ran in parallel where the graph allows', () => {
    const start = (id: string) => first.jobs[id]?.startWallMs ?? Number.NaN;
    const end = (id: string) => first.jobs[id]?.endWallMs ?? Number.NaN;
    expect(start('locust-image')).toBeGreaterThanOrEqual(end('machines'));
    expect(start('acapy-image')).toBeLessThan(end('load-balancers'));
    expect(start('verify')).toBeGreaterThanOrEqual(Math.max(end('acapy-tier'), end('worker-tier')));
  });

  test('no secret value reaches the log or the summary', () => {
    const text = a.lines.join('\n') + first.summary;
    for (const v of Object.values(a.secrets)) expect(text).not.toContain(v);
    for (const p of a.sim.ssm.parameters.values()) expect(text).not.toContain(p.value);
  });

  test('a second run changes nothing but the verification command', async () => {
    const before = a.sim.mutations().length;
    const again = await runWorkflowFile(wf('cluster-up'), a.opts({ cluster: 'clusters/perf-example.yml' }));
    expect(again.result).toBe('success');
    expect(
      a.sim
        .mutations()
        .slice(before)
        .map((m) => `${m.service}:${m.operation}`),
    ).toEqual(['SSM:SendCommand']);
  });

  test('cluster-plan after cluster-up reports no changes', async () => {
    const r = await runWorkflowFile(wf('cluster-plan'), a.opts({ cluster: 'clusters/perf-example.yml' }));
    expect(r.result).toBe('success');
    expect(r.summary).toContain(
      '## Plan for cluster perf-example (clusters/perf-example.yml), against live state\n\nNo changes.',
    );
  });

  test('a changed cluster file: the plan shows exactly that change; cluster-apply makes one version, the default, and refreshes', async () => {
    // The changed file lives in a scratch clusters directory, under its canonical name.
    const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-change-'));
    const changed = join(clustersDir, 'perf-example.yml');
    writeFileSync(changed, exampleWith([['acapy', 'genesisUrl'], 'https://example.org/genesis/other']));
    const opts = (inputs: Record<string, string>) => {
      const o = a.opts(inputs);
      return { ...o, deps: { ...o.deps, clustersDir } };
    };
    const plan = await runWorkflowFile(wf('cluster-plan'), opts({ cluster: changed }));
    // The template's new version, and the instance refresh cluster-apply then runs: both planned.
    expect(plan.summary).toContain('0 to add, 2 to change, 0 to remove;');
    expect(plan.summary).toContain(
      '| change | launch template perf-example-acapy | new version 2, made the default |',
    );
    expect(plan.summary).toContain(
      '| change | auto scaling group perf-example-acapy | instance refresh: 1 running instance on version 1 replaced by version 2 |',
    );
    expect(plan.summary).toContain(
      "+  printf '%s=%s\\n' 'ACAPY_GENESIS_URL' 'https://example.org/genesis/other'",
    );

    const before = a.sim.mutations().length;
    const apply = await runWorkflowFile(wf('cluster-apply'), opts({ cluster: changed }));
    expect(
      apply.steps.filter((s) => s.result === 'failure').map((s) => `${s.job} / ${s.step}: ${s.error}`),
    ).toEqual([]);
    expect(apply.result).toBe('success');
    const ops = a.sim
      .mutations()
      .slice(before)
      .map((m) => `${m.service}:${m.operation}`);
    expect(ops.filter((o) => o !== 'SSM:SendCommand')).toEqual([
      'EC2:CreateLaunchTemplateVersion',
      'EC2:ModifyLaunchTemplate',
      'AutoScaling:StartInstanceRefresh',
    ]);
    const acapy = [...a.sim.ec2.templates.values()].find((t) => t.name === 'perf-example-acapy');
    expect(acapy?.defaultVersion).toBe(2);
    const group = a.sim.asg.groups.get('perf-example-acapy');
    expect(group?.refreshes[0]?.status).toBe('Successful');
    const running = [...(group?.instances ?? [])]
      .map((id) => a.sim.ec2.instances.get(id))
      .filter((i) => i?.state === 'running');
    expect(running.map((i) => i?.launchTemplate?.version)).toEqual(['2']);

    const after = await runWorkflowFile(wf('cluster-plan'), opts({ cluster: changed }));
    expect(after.summary).toContain('No changes.');
  });

  test('cluster-down scales both groups to zero, the mode the example file names', async () => {
    const r = await runWorkflowFile(wf('cluster-down'), a.opts({ cluster: 'clusters/perf-example.yml' }));
    expect(r.summary).toContain('## Teardown of perf-example (scale-to-zero)');
    expect(r.result).toBe('success');
    const groups = [...a.sim.asg.groups.values()].map((g) => [g.name, g.min, g.desired]).sort();
    expect(groups).toEqual([
      ['perf-example-acapy', 0, 0],
      ['perf-example-workers', 0, 0],
    ]);
  });

  test('cluster-down with mode destroy leaves nothing; the sweeper then finds nothing expired', async () => {
    const r = await runWorkflowFile(
      wf('cluster-down'),
      a.opts({ cluster: 'clusters/perf-example.yml', mode: 'destroy' }),
    );
    expect(r.result).toBe('success');
    expect([...a.sim.asg.groups.keys()]).toEqual([]);
    expect([...a.sim.elb.lbs.keys()]).toEqual([]);
    const sweep = await runWorkflowFile(wf('cluster-sweep'), a.opts({}, 'schedule'));
    expect(sweep.result).toBe('success');
    expect(sweep.jobs.find?.outputs.expired).toBe('[]');
    expect(sweep.jobs.sweep?.result).toBe('skipped');
  });
});

describe('what the local runner refuses, clearly', () => {
  test('an external action it does not know fails the step naming it', async () => {
    const a = await account();
    const dir = mkdtempSync(join(tmpdir(), 'akrida-wf-'));
    const file = join(dir, 'x.yml');
    writeFileSync(
      file,
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: some/thing@v1\n',
    );
    const r = await runWorkflowFile(file, a.opts({}));
    expect(r.result).toBe('failure');
    expect(r.steps[0]?.error).toBe(
      'the local runner cannot run uses: some/thing@v1; run this workflow on GitHub, or use one of ./actions/* and actions/checkout, actions/setup-node, aws-actions/configure-aws-credentials, actions/upload-artifact, actions/download-artifact',
    );
  });

  test('an invalid workflow, a container job and an unknown input are rejected before anything runs', async () => {
    const a = await account();
    const dir = mkdtempSync(join(tmpdir(), 'akrida-wf-'));
    writeFileSync(join(dir, 'bad.yml'), 'on: workflow_dispatch\njobs:\n  a:\n    steps: []\n');
    await expect(runWorkflowFile(join(dir, 'bad.yml'), a.opts({}))).rejects.toThrow(WorkflowError);
    writeFileSync(
      join(dir, 'c.yml'),
      'on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: node:20\n    steps:\n      - run: echo hi\n',
    );
    await expect(runWorkflowFile(join(dir, 'c.yml'), a.opts({}))).rejects.toThrow(
      'cannot run locally:\n  job a: container jobs are not supported locally',
    );
    await expect(runWorkflowFile(wf('cluster-up'), a.opts({ clustr: 'x' }))).rejects.toThrow(
      /has no input clustr; it takes cluster, workers, rebuild-images, refresh/,
    );
  });
});

describe('cluster-sweep through the local runner', () => {
  test('one broken cluster file does not stop it; an expired cluster is destroyed in its own job', async () => {
    const a = await account();
    const c = loadClusterFile('clusters/perf-example.yml').cluster;
    // A build cancelled after its secrets job; its file is gone from this checkout (only a broken
    // file is left), so the region comes from AKRIDA_SWEEP_REGIONS alone.
    await storeSecrets(awsContext(c, a.deps), c, a.secrets);
    const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-sweep-'));
    writeFileSync(join(clustersDir, 'broken.yml'), 'name: [');
    const before = await runWorkflowFile(wf('cluster-sweep'), {
      ...a.opts({}, 'schedule'),
      vars: { AKRIDA_SWEEP_REGIONS: 'us-east-1' },
      deps: { ...a.deps, clustersDir },
    });
    expect(before.result).toBe('success');
    expect(before.jobs.find?.outputs.expired).toBe('[]');

    await a.sim.clock.sleep(c.teardown.ttlHours * 3_600_000);
    const r = await runWorkflowFile(wf('cluster-sweep'), {
      ...a.opts({}, 'schedule'),
      vars: { AKRIDA_SWEEP_REGIONS: 'us-east-1' },
      deps: { ...a.deps, clustersDir },
    });
    expect(r.result).toBe('success');
    expect(r.jobs.find?.outputs.expired).toBe(
      JSON.stringify([{ cluster: 'perf-example', region: 'us-east-1' }]),
    );
    expect(r.summary).toContain('## Teardown of perf-example (destroy)');
    expect([...a.sim.ssm.parameters.keys()].filter((n) => n.startsWith('/akrida-ops/'))).toEqual([]);
  });
});
