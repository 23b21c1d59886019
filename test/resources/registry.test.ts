// One registry of kinds (issue 24): the live plan walks it forward, teardown backwards, and each
// step of the cluster-up graph names the kinds it makes; its needs make what those come after.
import { STEP_GRAPH, STEP_IDS, type StepId } from '../../src/plan/step-graph.js';
import { KIND_IDS, KINDS, needsOf, waves } from '../../src/resources/registry.js';

const ancestors = (id: StepId): Set<StepId> => {
  const out = new Set<StepId>();
  const visit = (s: StepId) => {
    for (const n of STEP_GRAPH[s].needs)
      if (!out.has(n)) {
        out.add(n);
        visit(n);
      }
  };
  visit(id);
  return out;
};

test('the waves order every kind after what it needs, and teardown is the reverse', () => {
  const forward = waves('forward');
  const at = (id: string, w: string[][]) => w.findIndex((x) => x.includes(id));
  expect(forward.flat().sort()).toEqual([...KIND_IDS].sort());
  for (const id of KIND_IDS)
    for (const n of KINDS[id].after) expect(at(n, forward)).toBeLessThan(at(id, forward));
  const reverse = waves('reverse');
  for (const id of KIND_IDS)
    for (const n of KINDS[id].after) expect(at(n, reverse)).toBeGreaterThan(at(id, reverse));
  // What that means on AWS: groups first (they hold target groups and templates), security groups last.
  expect(reverse[0]).toEqual(['groups']);
  expect(reverse.at(-1)).toContain('security-groups');
  expect(needsOf('groups').size).toBe(KIND_IDS.length - 1);
});

test('every kind is made by a step, and every step needs the steps that make what its kinds come after', () => {
  const made = new Map<string, StepId[]>();
  for (const id of STEP_IDS) for (const k of STEP_GRAPH[id].kinds) made.set(k, [...(made.get(k) ?? []), id]);
  expect([...made.keys()].sort()).toEqual([...KIND_IDS].sort());
  for (const id of STEP_IDS) {
    const before = ancestors(id);
    const step = STEP_GRAPH[id];
    for (const k of step.kinds)
      for (const n of KINDS[k].after) {
        if (step.kinds.includes(n) || step.reads?.not === n) continue;
        expect([id, k, n, (made.get(n) ?? []).some((s) => before.has(s))]).toEqual([id, k, n, true]);
      }
  }
});

test('a cycle in the edges is refused by name', () => {
  const saved = KINDS['security-groups'].after;
  (KINDS['security-groups'] as { after: readonly string[] }).after = ['groups'];
  try {
    expect(() => waves('forward')).toThrow(/cycle among security-groups/);
  } finally {
    (KINDS['security-groups'] as { after: readonly string[] }).after = saved;
  }
});
