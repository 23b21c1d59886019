// One step graph: the table, the generated cluster-up jobs and the plan's critical path name the
// same steps with the same edges, and every value a step reads comes from a step it waits for.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadClusterFile } from '../../src/config/load.js';
import { buildSteps, schedule } from '../../src/plan/build-steps.js';
import { STEP_GRAPH, STEP_IDS, type StepValue } from '../../src/plan/step-graph.js';

type Job = { needs?: string[]; outputs?: Record<string, string>; steps?: { id?: string; uses?: string }[] };
const jobs = (
  parse(readFileSync('.github/workflows/cluster-up.yml', 'utf8')) as { jobs: Record<string, Job> }
).jobs;
/** Every build step waits for these first (the plan, when saved, through its check); they are not build steps. */
const GATES = ['validate', 'approve', 'plan-check'];
const edges = (needs: Record<string, readonly string[]>) =>
  Object.entries(needs)
    .flatMap(([id, n]) => n.map((from) => `${from} -> ${id}`))
    .sort();

test('the generated cluster-up has one job per step, in order, with the same needs', () => {
  expect(Object.keys(jobs)).toEqual(['validate', 'plan', 'approve', 'plan-check', ...STEP_IDS]);
  expect(jobs.approve?.needs).toEqual(['validate', 'plan']);
  expect(jobs['plan-check']?.needs).toEqual(['validate', 'approve', 'plan']);
  // The first writes wait for the plan's check; every other step waits for a step that did.
  for (const id of STEP_IDS)
    expect([id, jobs[id]?.needs]).toEqual([
      id,
      ['validate', 'approve', ...(STEP_GRAPH[id].needs.length ? STEP_GRAPH[id].needs : ['plan-check'])],
    ]);
  const fromJobs = Object.fromEntries(
    STEP_IDS.map((id) => [id, (jobs[id]?.needs ?? []).filter((n) => !GATES.includes(n))]),
  );
  expect(edges(fromJobs)).toEqual(
    edges(Object.fromEntries(STEP_IDS.map((id) => [id, STEP_GRAPH[id].needs]))),
  );
});

test("each job runs its step's actions, in order, and declares its outputs", () => {
  for (const id of STEP_IDS) {
    const ours = (jobs[id]?.steps ?? [])
      .map((s) => /^\.\/\.akrida-ops\/actions\/(.+)$/.exec(s.uses ?? '')?.[1])
      .filter(Boolean);
    expect([id, ours]).toEqual([id, STEP_GRAPH[id].actions.map((a) => a.uses)]);
    const outputs = Object.keys(jobs[id]?.outputs ?? {}).filter((o) => o !== 'started' && o !== 'finished');
    expect([id, outputs]).toEqual([id, Object.keys(STEP_GRAPH[id].outputs ?? {})]);
  }
});

test('the plan schedules the same steps and edges; its critical path follows them', () => {
  const c = loadClusterFile('clusters/perf-example.yml').cluster;
  const steps = buildSteps(c);
  expect(steps.map((s) => s.id)).toEqual([...STEP_IDS]);
  expect(edges(Object.fromEntries(steps.map((s) => [s.id, s.needs])))).toEqual(
    edges(Object.fromEntries(STEP_IDS.map((id) => [id, STEP_GRAPH[id].needs]))),
  );
  const { criticalPath } = schedule(steps);
  expect(steps.find((s) => s.id === criticalPath[0])?.needs).toEqual([]);
  expect(criticalPath.at(-1)).toBe('verify');
  for (let i = 1; i < criticalPath.length; i++) {
    const step = steps.find((s) => s.id === criticalPath[i]);
    expect([criticalPath[i], step?.needs]).toEqual([
      criticalPath[i],
      expect.arrayContaining([criticalPath[i - 1]]),
    ]);
  }
});

test('every value a step reads is an output of a step it needs, or of an earlier action of its own', () => {
  const problems: string[] = [];
  for (const id of STEP_IDS) {
    const step = STEP_GRAPH[id];
    const earlier = new Set<string>();
    const check = (where: string, v: StepValue) => {
      if (typeof v === 'string' || 'input' in v || 'expr' in v) return;
      if ('need' in v) {
        if (!step.needs.includes(v.need)) problems.push(`${where}: reads ${v.need} without needing it`);
        else if (!(v.output in (STEP_GRAPH[v.need].outputs ?? {})))
          problems.push(`${where}: ${v.need} has no output ${v.output}`);
      } else if (!earlier.has(v.action)) problems.push(`${where}: no earlier action ${v.action}`);
    };
    for (const a of step.actions) {
      const declared = Object.keys(
        (parse(readFileSync(`actions/${a.uses}/action.yml`, 'utf8')) as { inputs?: object }).inputs ?? {},
      );
      for (const [input, v] of Object.entries(a.with ?? {})) {
        if (!declared.includes(input)) problems.push(`${id}/${a.uses}: no input ${input}`);
        check(`${id}/${a.uses}.${input}`, v);
      }
      if (a.id) earlier.add(a.id);
    }
    for (const [name, v] of Object.entries(step.outputs ?? {})) check(`${id} output ${name}`, v);
  }
  expect(problems).toEqual([]);
});
