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
  awsCredentials,
  awsJob,
  CHECKOUT,
  type Job,
  pinned,
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
  return action(a.uses, a.title, { ...mapValues(a.with ?? {}), 'approved-plan': APPROVED_PLAN_FILE }, extra);
}

function stepJob(step: GraphStep): Job {
  return awsJob(
    step.name,
    // The first writes wait for the approved plan's check; the others follow them.
    step.needs.length ? [...step.needs] : ['plan-check'],
    [approvedPlanStep(), ...step.actions.map(actionStep)],
    step.outputs ? { outputs: mapValues(step.outputs) } : {},
  );
}

const SAVED_PLAN = 'inputs.saved-plan';
const PLAN_DIR = '${{ runner.temp }}/akrida-plan';
/** One artifact per cluster: cluster-apply calls this workflow once per changed cluster, in one run. */
const PLAN_ARTIFACT = 'akrida-plan-${{ needs.validate.outputs.name }}';
/** With saved-plan, each build step's writes are held to the approved plan; without, to none. */
const APPROVED_PLAN_FILE = `\${{ ${SAVED_PLAN} && format('{0}/akrida-plan/plan.json', runner.temp) || '' }}`;

/** The approved plan, in each build job that writes (the plan-check job refused a stale one). */
function approvedPlanStep(): Step {
  return {
    name: 'The approved plan (every write is held to it)',
    if: SAVED_PLAN,
    uses: pinned('actions/download-artifact'),
    with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
  };
}
/** The run's options: the plan is made with them, and the check refuses a plan made with others. */
const RUN_OPTIONS = {
  workers: '${{ inputs.workers }}',
  'rebuild-images': '${{ inputs.rebuild-images }}',
  refresh: '${{ inputs.refresh }}',
};

/**
 * With saved-plan: the plan before the approval, with the read-only role, kept as an artifact; the
 * approval shows its hash and counts, and its job summary the whole plan.
 */
function planJob(): Job {
  return {
    name: 'Plan (what the approval approves)',
    needs: ['validate'],
    if: `\${{ ${SAVED_PLAN} }}`,
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 15,
    permissions: { contents: 'read', 'id-token': 'write' },
    outputs: {
      hash: '${{ steps.plan.outputs.plan-hash }}',
      headline: '${{ steps.plan.outputs.plan-headline }}',
    },
    steps: [
      CHECKOUT,
      { ...awsCredentials('AKRIDA_AWS_READONLY_ROLE_ARN'), name: 'Read-only AWS credentials (OIDC)' },
      action(
        'plan-cluster',
        'Plan',
        {
          live: 'true',
          summary: 'true',
          'output-file': `${PLAN_DIR}/plan.md`,
          'plan-out': `${PLAN_DIR}/plan.json`,
          ...RUN_OPTIONS,
        },
        { id: 'plan' },
      ),
      {
        name: 'Keep the plan for the apply',
        uses: pinned('actions/upload-artifact'),
        with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
      },
    ],
  };
}

/** The approval, after the plan when there is one, naming the plan it approves. */
function approveJob(): Job {
  const base = approvalJob('cluster-up');
  return {
    ...base,
    needs: ['validate', 'plan'],
    if: "always() && needs.validate.result == 'success' && (needs.plan.result == 'success' || needs.plan.result == 'skipped')",
    steps: [
      {
        name: 'Approved',
        run: 'echo "approved: cluster-up of $CLUSTER${PLAN:+: $PLAN}"',
        env: { CLUSTER: '${{ needs.validate.outputs.name }}', PLAN: '${{ needs.plan.outputs.headline }}' },
      },
    ],
  };
}

/**
 * Before the first write: the approved plan must still hold (same file, same toolkit, AWS as it
 * read it), or nothing is changed. Without saved-plan the job has nothing to do, and runs so
 * the build's jobs can need it.
 */
function planCheckJob(): Job {
  const when = { if: SAVED_PLAN };
  return awsJob(
    'Check the approved plan',
    ['plan'],
    [
      {
        name: 'The approved plan',
        ...when,
        uses: pinned('actions/download-artifact'),
        with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
      },
      action(
        'check-plan',
        'Refuse a stale plan',
        { 'plan-file': `${PLAN_DIR}/plan.json`, hash: '${{ needs.plan.outputs.hash }}', ...RUN_OPTIONS },
        when,
      ),
    ],
    { if: "always() && needs.approve.result == 'success'" },
  );
}

/** Validation, the plan and approval, the plan's check, then the build steps in the step graph's order. */
export function buildJobs(): Record<string, Job> {
  return {
    validate: validateJob(),
    plan: planJob(),
    approve: approveJob(),
    'plan-check': planCheckJob(),
    ...Object.fromEntries(STEP_IDS.map((id) => [id, stepJob(STEP_GRAPH[id])])),
  };
}
