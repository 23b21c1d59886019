// cluster-apply with a saved plan, through the local runner on the simulated AWS: the plan job
// plans the merged file, the approval names that plan's hash, and the apply runs only while AWS is
// as the plan read it. Something changed while the approval waited: the check refuses, naming the
// address and field, and the build's jobs never start.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadClusterFile } from '../../src/config/load.js';
import { parseSavedPlan } from '../../src/plan/saved-plan.js';
import { type RunnerOptions, repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { VirtualClock } from '../../src/time/clock.js';
import { exampleWith } from '../fixtures/cluster-files.js';

const root = repoRoot();
const wf = (name: string) => join(root, '.github/workflows', `${name}.yml`);

describe('cluster-apply holds the apply to the approved plan', () => {
  let a: Awaited<ReturnType<typeof simulatedAccount>>;
  let clustersDir: string;
  let file: string;
  /** Called once, when the approval job starts: what happens in AWS while the reviewer reads. */
  let duringApproval: (() => void) | undefined;
  /** Called once, when the plan's check has passed: what happens in AWS while the apply runs. */
  let afterCheck: (() => void) | undefined;
  const lines: string[] = [];
  const opts = (inputs: Record<string, string>, artifactsDir: string): RunnerOptions => ({
    root,
    event: { name: 'workflow_dispatch', payload: {} },
    inputs,
    secrets: a.secrets,
    deps: { ...a.deps, clustersDir },
    artifactsDir,
    log: (l) => {
      lines.push(l);
      if (/\[approve\] Approved$/.test(l) && duringApproval) {
        const f = duringApproval;
        duringApproval = undefined;
        f();
      }
      if (/AWS is as planned$/.test(l) && afterCheck) {
        const f = afterCheck;
        afterCheck = undefined;
        f();
      }
    },
  });

  beforeAll(async () => {
    a = await simulatedAccount([loadClusterFile('clusters/perf-example.yml').cluster], new VirtualClock());
    clustersDir = mkdtempSync(join(tmpdir(), 'akrida-saved-plan-'));
    file = join(clustersDir, 'perf-example.yml');
    writeFileSync(file, exampleWith());
    const up = await runWorkflowFile(
      wf('cluster-up'),
      opts({ cluster: file }, mkdtempSync(join(tmpdir(), 'a-'))),
    );
    expect(up.result).toBe('success');
  });

  test('AWS as planned: the approval names the plan, the check passes, the apply makes the change', async () => {
    writeFileSync(file, exampleWith([['acapy', 'capacity', 'max'], 4]));
    const art = mkdtempSync(join(tmpdir(), 'akrida-art-'));
    const r = await runWorkflowFile(wf('cluster-apply'), opts({ cluster: file }, art));
    expect(r.steps.filter((s) => s.result === 'failure').map((s) => `${s.step}: ${s.error}`)).toEqual([]);
    const [dir] = readdirSync(art).filter((d) => d.startsWith('akrida-plan-'));
    const plan = parseSavedPlan(readFileSync(join(art, dir ?? '', 'plan.json'), 'utf8'), 'plan.json');
    expect(
      plan.changes.map((c) => [c.resource, c.fields?.map((f) => `${f.field}: ${f.before} -> ${f.after}`)]),
    ).toEqual([['auto scaling group perf-example-acapy', ['MaxSize: 2 -> 4']]]);
    expect(lines.join('\n')).toContain(
      `approved: cluster-up of perf-example: plan ${plan.hash.slice(0, 12)}`,
    );
    expect(r.summary).toContain(`plan ${plan.hash.slice(0, 12)} of perf-example`);
    expect(a.sim.asg.groups.get('perf-example-acapy')?.max).toBe(4);
  });

  test('a rotated workflow secret: no plan reads or shows its value, and the approved apply writes it', async () => {
    const name = [...a.sim.ssm.parameters.entries()].find(
      ([, p]) => p.value === a.secrets.WALLET_ADMIN_PASSWORD,
    )?.[0];
    const before = name ? a.sim.ssm.parameters.get(name)?.value : undefined;
    expect(before).toBe(a.secrets.WALLET_ADMIN_PASSWORD);
    a.secrets.WALLET_ADMIN_PASSWORD = 'rotated-wallet-admin-password-0123';
    try {
      writeFileSync(file, exampleWith([['acapy', 'capacity', 'max'], 4]));
      const art = mkdtempSync(join(tmpdir(), 'akrida-art-'));
      const r = await runWorkflowFile(wf('cluster-apply'), opts({ cluster: file }, art));
      expect(r.steps.filter((s) => s.result === 'failure').map((s) => `${s.step}: ${s.error}`)).toEqual([]);
      expect(name && a.sim.ssm.parameters.get(name)?.value).toBe('rotated-wallet-admin-password-0123');
      const [dir] = readdirSync(art).filter((d) => d.startsWith('akrida-plan-'));
      expect(readFileSync(join(art, dir ?? '', 'plan.json'), 'utf8')).not.toContain('rotated-wallet');
    } finally {
      a.secrets.WALLET_ADMIN_PASSWORD = before ?? '';
    }
  });

  test('a template edit: the approved plan lists the instance refresh cluster-apply runs, and it runs', async () => {
    writeFileSync(
      file,
      exampleWith([['acapy', 'capacity', 'max'], 4], [['acapy', 'instanceType'], 'c7i.xlarge']),
    );
    const art = mkdtempSync(join(tmpdir(), 'akrida-art-'));
    const r = await runWorkflowFile(wf('cluster-apply'), opts({ cluster: file }, art));
    expect(r.steps.filter((s) => s.result === 'failure').map((s) => `${s.step}: ${s.error}`)).toEqual([]);
    const [dir] = readdirSync(art).filter((d) => d.startsWith('akrida-plan-'));
    const plan = parseSavedPlan(readFileSync(join(art, dir ?? '', 'plan.json'), 'utf8'), 'plan.json');
    expect(plan.run).toEqual({ rebuildImages: false, refresh: true });
    expect(plan.changes.map((c) => [c.resource, c.details])).toEqual([
      [
        'launch template perf-example-acapy',
        ['new version 2, made the default', 'InstanceType: "c7i.large" -> "c7i.xlarge"'],
      ],
      [
        'auto scaling group perf-example-acapy',
        ['instance refresh: 1 running instance on version 1 replaced by version 2'],
      ],
    ]);
    const g = a.sim.asg.groups.get('perf-example-acapy');
    expect(g && a.sim.asg.live(g).map((i) => i.instanceType)).toEqual(['c7i.xlarge']);
    // Put back, as the next test expects the first template's type.
    writeFileSync(file, exampleWith([['acapy', 'capacity', 'max'], 4]));
    const back = await runWorkflowFile(
      wf('cluster-apply'),
      opts({ cluster: file }, mkdtempSync(join(tmpdir(), 'c-'))),
    );
    expect(back.result).toBe('success');
  });

  test('AWS moved while the approval waited: refused, naming the group and field; nothing written', async () => {
    writeFileSync(file, exampleWith([['acapy', 'capacity', 'max'], 5]));
    // Someone else's change, made in the account's state at once (the runner's log is synchronous).
    duringApproval = () => {
      const g = a.sim.asg.groups.get('perf-example-workers');
      if (g) g.max = 7;
    };
    const before = a.sim.mutations().length;
    const r = await runWorkflowFile(
      wf('cluster-apply'),
      opts({ cluster: file }, mkdtempSync(join(tmpdir(), 'b-'))),
    );
    expect(r.result).toBe('failure');
    const failed = r.steps.filter((s) => s.result === 'failure');
    expect(failed.map((s) => s.step)).toEqual(['Refuse a stale plan']);
    expect(failed[0]?.error).toMatch(/stale plan [0-9a-f]{12} of perf-example: nothing was changed/);
    expect(failed[0]?.error).toMatch(/group perf-example-workers: MaxSize changed since the plan/);
    // Nothing written; the acapy group keeps its max.
    expect(a.sim.mutations().slice(before)).toEqual([]);
    expect(a.sim.asg.groups.get('perf-example-acapy')?.max).toBe(4);
    // No job of the build ran a step: they wait for the check.
    const ran = r.steps.filter((s) => s.result === 'success').map((s) => s.job);
    expect(ran.some((j) => j.includes('plan-check'))).toBe(true);
    expect(ran.filter((j) => /secrets|security-groups|tier|load-balancers/.test(j))).toEqual([]);
  });

  test('AWS moved after the check, while the apply ran: a write the plan does not list is refused, naming it', async () => {
    // The account as the file says first (the test before left the worker group moved).
    const settled = await runWorkflowFile(
      wf('cluster-apply'),
      opts({ cluster: file }, mkdtempSync(join(tmpdir(), 'e-'))),
    );
    expect(settled.result).toBe('success');
    writeFileSync(file, exampleWith([['acapy', 'capacity', 'max'], 6]));
    // The check passed; then someone changes the worker group, which the plan does not touch.
    afterCheck = () => {
      const g = a.sim.asg.groups.get('perf-example-workers');
      if (g) g.max = 9;
    };
    const r = await runWorkflowFile(
      wf('cluster-apply'),
      opts({ cluster: file }, mkdtempSync(join(tmpdir(), 'd-'))),
    );
    expect(r.result).toBe('failure');
    const failed = r.steps.filter((s) => s.result === 'failure');
    expect(failed.map((s) => s.job)).toEqual([expect.stringMatching(/worker-tier/)]);
    expect(failed[0]?.error).toMatch(
      /UpdateAutoScalingGroup on group perf-example-workers is not in the approved plan [0-9a-f]{12}, which lists no change to it: nothing more is written/,
    );
    // The worker group keeps what someone set; the approved change was made.
    expect(a.sim.asg.groups.get('perf-example-workers')?.max).toBe(9);
    expect(a.sim.asg.groups.get('perf-example-acapy')?.max).toBe(6);
  });
});
