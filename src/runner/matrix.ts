// A job's strategy.matrix as the list of job instances GitHub would start.
import { type Contexts, evaluateValue } from './expressions.js';
import { type Job, WorkflowError } from './workflow.js';

export function expandMatrix(job: Job, ctx: Contexts): (Record<string, unknown> | undefined)[] {
  const m = job.strategy?.matrix;
  if (m === undefined) return [undefined];
  const spec = evaluateValue(m, ctx) as Record<string, unknown>;
  // `include` alone (a list of objects from an expression) is one job per object, as on GitHub.
  if (Object.keys(spec).length === 1 && 'include' in spec) {
    const list = evaluateValue(spec.include, ctx);
    if (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'object' || x === null))
      throw new WorkflowError(
        `matrix include must be a non-empty list of objects (got ${JSON.stringify(list)})`,
      );
    return list as Record<string, unknown>[];
  }
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, raw] of Object.entries(spec)) {
    if (key === 'include' || key === 'exclude')
      throw new WorkflowError(`matrix ${key} is not supported locally`);
    const values = evaluateValue(raw, ctx);
    if (!Array.isArray(values))
      throw new WorkflowError(`matrix ${key} must be a list (got ${JSON.stringify(values)})`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  return combos;
}
