import {
  awsCredentialsIn,
  CHECKOUT,
  clusterInput,
  type Job,
  listClustersJob,
  pinned,
  validateStep,
} from './fragments.js';

const SAME_REPO = 'github.event.pull_request.head.repo.full_name == github.repository';
/** A manual run (workflow_dispatch) is the repository's own too. */
const TRUSTED = `github.event_name == 'workflow_dispatch' || ${SAME_REPO}`;
const MATRIX = { cluster: '${{ fromJSON(needs.changed.outputs.clusters) }}' };
const PLAN_DIR = '${{ runner.temp }}/akrida-plan';
/** One per matrix entry: the comment job's entry of the same index takes the same cluster's. */
const PLAN_ARTIFACT = 'cluster-plan-${{ strategy.job-index }}';

/**
 * Pull requests that change cluster configuration get a validated plan as one sticky comment.
 * The PR's code runs under `pull_request` (never `pull_request_target`), in the plan job, which
 * holds no write token: pull requests from the repository itself plan against live state with a
 * read-only role; forks get no cloud credentials (GitHub gives them no OIDC token or write token)
 * and the offline plan in the job summary. The comment job takes the cluster's lock and posts the
 * plan with the base branch's code, reading the plan job's files as data.
 */
export const clusterPlan = {
  name: 'cluster-plan',
  on: {
    pull_request: { paths: ['clusters/**', 'templates/**'] },
    workflow_dispatch: {
      inputs: {
        cluster: clusterInput('Cluster file to plan'),
      },
    },
  },
  permissions: { contents: 'read' },
  jobs: {
    changed: listClustersJob(
      'Changed clusters',
      'List changed cluster files',
      { cluster: '${{ inputs.cluster }}', 'changed-since': '${{ github.event.pull_request.base.sha }}' },
      ['clusters', 'any'],
      true,
    ),
    plan: {
      name: 'Plan ${{ matrix.cluster }}',
      needs: ['changed'],
      if: "needs.changed.outputs.any == 'true'",
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 15,
      strategy: { matrix: MATRIX, 'fail-fast': false },
      // The pull request's code runs here: the read-only role, and no write token of any kind.
      permissions: { contents: 'read', 'id-token': 'write' },
      steps: [
        CHECKOUT,
        validateStep('${{ matrix.cluster }}'),
        {
          ...awsCredentialsIn('${{ steps.validate.outputs.region }}', 'AKRIDA_AWS_READONLY_ROLE_ARN'),
          name: 'Read-only AWS credentials (OIDC; not for forks)',
          if: TRUSTED,
        },
        {
          // Names a missing instance profile or grant of the plan role instead of a bare AccessDenied.
          name: 'Preflight',
          if: TRUSTED,
          uses: './actions/preflight',
          with: { cluster: '${{ matrix.cluster }}', role: 'plan' },
        },
        {
          name: 'Plan',
          id: 'plan',
          uses: './actions/plan-cluster',
          with: {
            cluster: '${{ matrix.cluster }}',
            // The job's own temp folder: nothing left in the checkout (or a local tree).
            'output-file': `${PLAN_DIR}/cluster-plan.md`,
            summary: 'true',
            live: `\${{ ${TRUSTED} }}`,
            // The plan as data beside the Markdown: its hash is in the comment.
            'plan-out': `\${{ (${TRUSTED}) && format('{0}/akrida-plan/cluster-plan.json', runner.temp) || '' }}`,
            // As cluster-apply runs it after the merge: instances off the new template version replaced.
            refresh: 'true',
          },
        },
        {
          // Also when validation or the plan failed: the comment must never keep an older commit's plan.
          name: 'Note the outcome',
          if: 'always()',
          run: 'mkdir -p "$PLAN_DIR" && printf \'%s\\n\' "$OUTCOME" > "$PLAN_DIR/cluster-plan.outcome"',
          env: { PLAN_DIR, OUTCOME: '${{ steps.plan.outcome }}' },
        },
        {
          name: 'Keep the plan',
          if: 'always()',
          uses: pinned('actions/upload-artifact'),
          with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
        },
      ],
    } as Job,
    comment: {
      name: 'Comment ${{ matrix.cluster }}',
      needs: ['changed', 'plan'],
      if: `always() && needs.changed.outputs.any == 'true' && github.event_name == 'pull_request' && ${SAME_REPO}`,
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 5,
      strategy: { matrix: MATRIX, 'fail-fast': false },
      // The write token, with the base branch's code only: the pull request's plan is data here.
      permissions: { contents: 'read', 'pull-requests': 'write' },
      steps: [
        {
          ...CHECKOUT,
          name: "Check out the base branch (its code runs here, not the pull request's)",
          with: { 'persist-credentials': false, ref: '${{ github.event.pull_request.base.sha }}' },
        },
        {
          name: 'The plan',
          'continue-on-error': true,
          uses: pinned('actions/download-artifact'),
          with: { name: PLAN_ARTIFACT, path: PLAN_DIR },
        },
        {
          // One open pull request plans a cluster at a time; the comment names the holder.
          name: 'Lock the cluster for this pull request',
          id: 'lock',
          uses: './actions/cluster-lock',
          with: { cluster: '${{ matrix.cluster }}', 'body-file': `${PLAN_DIR}/cluster-plan.md` },
        },
        {
          name: 'Comment the plan',
          if: 'always()',
          uses: './actions/comment-plan',
          with: {
            'body-file': `${PLAN_DIR}/cluster-plan.md`,
            marker: 'plan ${{ matrix.cluster }}',
            commit: '${{ github.event.pull_request.head.sha }}',
            // Locked by another pull request: the body says which (and the job fails at the lock).
            'outcome-file':
              "${{ steps.lock.outputs.held != 'false' && format('{0}/akrida-plan/cluster-plan.outcome', runner.temp) || '' }}",
          },
        },
      ],
    } as Job,
  },
};
