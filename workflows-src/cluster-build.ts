// The cluster build's jobs, generated from the step graph (src/plan/step-graph.ts): one job per
// step, after validation and the approval. cluster-up runs them; cluster-apply calls cluster-up.
import {
  type Step as GraphStep,
  STEP_GRAPH,
  STEP_IDS,
  type StepAction,
  type StepValue,
} from '../src/plan/step-graph.js';
import {
  action,
  approvalJob,
  awsJob,
  type Job,
  type Step,
  validateJob,
  workflowSecrets,
} from './fragments.js';

/** A step-graph value as the workflow writes it. */
export function valueText(v: StepValue): string {
  if (typeof v === 'string') return v;
  if ('need' in v) return `\${{ needs.${v.need}.outputs.${v.output} }}`;
  if ('action' in v) return `\${{ steps.${v.action}.outputs.${v.output} }}`;
  if ('input' in v) return `\${{ inputs.${v.input} }}`;
  return `\${{ ${v.expr} }}`;
}

const mapValues = (values: Record<string, StepValue>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, valueText(v)]));

function actionStep(a: StepAction): Step {
  const extra: Step = {
    ...(a.id ? { id: a.id } : {}),
    ...(a.always ? { if: 'always()' } : {}),
    ...(a.workflowSecrets
      ? { env: Object.fromEntries(workflowSecrets().map((s) => [s, `\${{ secrets.${s} }}`])) }
      : {}),
  };
  return action(a.uses, a.title, mapValues(a.with ?? {}), extra);
}

function stepJob(step: GraphStep): Job {
  return awsJob(
    step.name,
    [...step.needs],
    step.actions.map(actionStep),
    step.outputs ? { outputs: mapValues(step.outputs) } : {},
  );
}

/** Validation, the approval, then the build steps in the step graph's order. */
export function buildJobs(): Record<string, Job> {
  return {
    validate: validateJob(),
    approve: approvalJob('cluster-up'),
    ...Object.fromEntries(STEP_IDS.map((id) => [id, stepJob(STEP_GRAPH[id])])),
  };
}
