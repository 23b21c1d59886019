// The steps of a cluster build (the jobs of cluster-up, from the one step graph) with their
// expected durations; the critical path through them is what the build costs.
import type { Cluster } from '../config/schema.js';
import { STEP_GRAPH, STEP_IDS } from './step-graph.js';

export interface BuildStep {
  id: string;
  title: string;
  needs: string[];
  seconds: number;
}

export function buildSteps(c: Cluster): BuildStep[] {
  return STEP_IDS.map((id) => {
    const step = STEP_GRAPH[id];
    return { id, title: step.title, needs: [...step.needs], seconds: step.seconds(c) };
  });
}

export interface Schedule {
  start: Map<string, number>;
  finish: Map<string, number>;
  criticalPath: string[];
  totalSeconds: number;
}

/** Earliest start of every step with unlimited parallelism, and the longest chain through them. */
export function schedule(steps: readonly BuildStep[]): Schedule {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const start = new Map<string, number>();
  const finish = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const done = finish.get(id);
    if (done !== undefined) return done;
    const step = byId.get(id);
    if (!step) throw new Error(`build step ${id} is needed but not defined`);
    if (visiting.has(id)) throw new Error(`build steps form a cycle through ${id}`);
    visiting.add(id);
    const s = Math.max(0, ...step.needs.map(visit));
    visiting.delete(id);
    start.set(id, s);
    finish.set(id, s + step.seconds);
    return s + step.seconds;
  };
  for (const s of steps) visit(s.id);
  let last: string | undefined = [...finish].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1] as [
    string,
    number,
  ])[0];
  const path: string[] = [];
  while (last) {
    path.unshift(last);
    const step = byId.get(last);
    const st: number = start.get(last) ?? 0;
    last = step?.needs.find((n) => finish.get(n) === st);
  }
  return { start, finish, criticalPath: path, totalSeconds: Math.max(0, ...finish.values()) };
}
