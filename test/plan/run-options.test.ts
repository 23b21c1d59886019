// A run's options decide writes as the cluster file does: a worker count, images baked again,
// running instances replaced. The plan is made with them and lists what they do (the instance
// refresh as a change of its group, instances left on an old version as a note); the apply writes
// exactly that; a saved plan keeps them and is refused by a run asked for other ones.
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { DEFAULT_RUN, type RunOptions } from '../../src/cluster/run-options.js';
import { loadClusterFile } from '../../src/config/load.js';
import { livePlanMarkdown } from '../../src/plan/live-plan.js';
import { checkPlanFile, makePlanFile, StalePlanError } from '../../src/plan/plan-file.js';
import { planHeadline } from '../../src/plan/saved-plan.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { noAws } from '../fixtures/no-aws.js';
import { day, expectPlanIsApply, planned, type Step } from '../fixtures/plan-apply.js';

const BASE = 'clusters/perf-example.yml';
const ACAPY = 'auto scaling group perf-example-acapy';
const WORKERS = 'auto scaling group perf-example-workers';
const REFRESH: RunOptions = { ...DEFAULT_RUN, refresh: true };

const instanceTypes = (r: Step, group: string) =>
  r.sim.asg
    .live(r.sim.asg.groups.get(group) ?? (undefined as never))
    .map((i) => i.instanceType)
    .sort();

describe("a run's options are part of the plan", () => {
  let step: Awaited<ReturnType<typeof day>>;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day(BASE);
    await step(edits);
  });

  test('workers: the plan shows the run’s count, the apply sets it, the next plain run goes back', async () => {
    const r = await step(edits, { ...DEFAULT_RUN, workers: 4 });
    const change = r.plan.changes.find((c) => c.resource === WORKERS);
    expect(change?.fields?.map((f) => f.field)).toEqual(expect.arrayContaining(['DesiredCapacity']));
    expect(change?.details.join('\n')).toMatch(/desired: 2 -> 4/);
    expectPlanIsApply(r);
    expect(r.sim.asg.groups.get('perf-example-workers')?.desired).toBe(4);
    expect(livePlanMarkdown(r.plan, r.file)).toMatch(/Run options: workers 4/);
    const back = await step(edits);
    expect(back.plan.changes.find((c) => c.resource === WORKERS)?.details.join('\n')).toMatch(
      /desired: 4 -> 2/,
    );
    expectPlanIsApply(back);
  });

  test('an instance type edit without refresh: a new template version, and a note that the instances stay', async () => {
    edits.push([['acapy', 'instanceType'], 'c7i.xlarge']);
    const r = await step(edits);
    expect(planned(r.plan)).toEqual(['launch template perf-example-acapy']);
    expectPlanIsApply(r);
    expect(instanceTypes(r, 'perf-example-acapy')).toEqual(['c7i.large']);
    const again = await step(edits);
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.notes.join('\n')).toMatch(
      /perf-example-acapy: 1 running instance on version 1 stays so until a run with refresh replaces them/,
    );
    expect(livePlanMarkdown(again.plan, again.file)).toMatch(/Note: auto scaling group perf-example-acapy/);
  });

  test('the same with refresh: the plan lists the instance refresh of the group, and it is carried out', async () => {
    const r = await step(edits, REFRESH);
    const change = r.plan.changes.find((c) => c.resource === ACAPY);
    expect(change?.details).toEqual([
      'instance refresh: 1 running instance on version 1 replaced by version 2',
    ]);
    expect(change?.fields).toEqual([{ field: 'InstanceRefresh', before: ['1'], after: 'version 2' }]);
    expectPlanIsApply(r);
    expect(
      r.calls.filter((c) => c.op === 'StartInstanceRefresh').map((c) => c.input.AutoScalingGroupName),
    ).toEqual(['perf-example-acapy']);
    expect(instanceTypes(r, 'perf-example-acapy')).toEqual(['c7i.xlarge']);
    const again = await step(edits, REFRESH);
    expect({ changes: again.plan.changes, notes: again.plan.notes }).toEqual({ changes: [], notes: [] });
  });

  test('a secret reference switched (adminApiKey) with refresh: planned, applied, and ACA-Py answers the new key', async () => {
    const r0 = await step(edits, REFRESH);
    await r0.ctx.clients.ssm.send(
      new PutParameterCommand({
        Name: '/akrida/perf-example/acapy-admin-api-key-2',
        Value: 'second-admin-key-0123456789',
        Type: 'SecureString',
      }),
    );
    edits.push([
      ['acapy', 'secrets', 'adminApiKey'],
      { parameter: '/akrida/perf-example/acapy-admin-api-key-2' },
    ]);
    const r = await step(edits, REFRESH);
    // ACA-Py reads the key, and so do Locust's master and workers (they call its admin API).
    expect(planned(r.plan)).toEqual([
      expect.stringMatching(/^Locust master i-/),
      ACAPY,
      WORKERS,
      'launch template perf-example-acapy',
      'launch template perf-example-worker',
    ]);
    for (const g of [ACAPY, WORKERS])
      expect(r.plan.changes.find((c) => c.resource === g)?.details.join('\n')).toMatch(/instance refresh/);
    // The plan names the parameter, never its value.
    expect(JSON.stringify(r.plan)).not.toContain('second-admin-key-0123456789');
    expectPlanIsApply(r);
    const again = await step(edits, REFRESH);
    expect(again.plan.changes).toEqual([]);
  });

  test('a Spot worker group: a worker template edit with refresh replaces its instances, as planned', async () => {
    const spot: Edit = [
      ['locust', 'workers', 'spot'],
      { instanceTypes: ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'] },
    ];
    await step([...edits, spot], REFRESH);
    const r = await step([...edits, spot, [['locust', 'workers', 'instanceType'], 't3a.xlarge']], REFRESH);
    expect(r.plan.changes.find((c) => c.resource === WORKERS)?.details.join('\n')).toMatch(
      /instance refresh: 2 running instances on version \d+ replaced by version \d+/,
    );
    expectPlanIsApply(r);
    const again = await step(
      [...edits, spot, [['locust', 'workers', 'instanceType'], 't3a.xlarge']],
      REFRESH,
    );
    expect({ changes: again.plan.changes, notes: again.plan.notes }).toEqual({ changes: [], notes: [] });
    // Back to on-demand for the tests after this one.
    await step(edits, REFRESH);
  });

  test('rebuild-images: both bakes are planned with the reason, and carried out', async () => {
    const r = await step(edits, { ...DEFAULT_RUN, rebuildImages: true });
    expect(planned(r.plan)).toEqual(
      expect.arrayContaining(['acapy image', 'locust image', 'launch template perf-example-acapy']),
    );
    const why = r.plan.scripts.filter((s) => s.runs && /Prepare the/.test(s.title)).map((s) => s.why);
    expect(why).toHaveLength(2);
    for (const w of why) expect(w).toMatch(/^rebuild-images: baked again although image ami-/);
    expectPlanIsApply(r);
  });

  test('a saved plan keeps its options: a run asked for others is refused before any AWS call', async () => {
    const r = await step(edits);
    const loaded = loadClusterFile(r.file);
    const saved = (await makePlanFile(r.ctx, loaded, r.templates, { commit: null, run: REFRESH })).saved;
    expect(saved.run).toEqual(REFRESH);
    expect(planHeadline(saved)).toMatch(/; Run options: instances not on the new template version replaced/);
    const err = await checkPlanFile(noAws, saved, loaded, r.templates, { ...DEFAULT_RUN, workers: 3 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StalePlanError);
    expect((err as StalePlanError).moved).toEqual([
      "run option workers: the cluster file's in the plan, 3 in this run",
      'run option refresh: true in the plan, false in this run',
    ]);
    // With its own options (the default of a caller that has none), it holds.
    await checkPlanFile(r.ctx, saved, loaded, r.templates);
  });
});
