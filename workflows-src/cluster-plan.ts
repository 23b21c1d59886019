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

/**
 * Pull requests that change cluster configuration get a validated plan as one sticky comment.
 * The PR's code runs under `pull_request` (never `pull_request_target`). Pull requests from the
 * repository itself plan against live state with a read-only role; forks get no cloud credentials
 * (GitHub gives them no OIDC token or write token) and the offline plan in the job summary.
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
      strategy: {
        matrix: { cluster: '${{ fromJSON(needs.changed.outputs.clusters) }}' },
        'fail-fast': false,
      },
      permissions: { contents: 'read', 'id-token': 'write', 'pull-requests': 'write' },
      steps: [
        CHECKOUT,
        validateStep('${{ matrix.cluster }}'),
        {
          // One open pull request plans a cluster at a time; the comment names the holder.
          name: 'Lock the cluster for this pull request',
          id: 'lock',
          if: `github.event_name == 'pull_request' && ${SAME_REPO}`,
          uses: './actions/cluster-lock',
          with: { cluster: '${{ matrix.cluster }}', 'body-file': '${{ runner.temp }}/cluster-plan.md' },
        },
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
            'output-file': '${{ runner.temp }}/cluster-plan.md',
            summary: 'true',
            live: `\${{ ${TRUSTED} }}`,
            // The plan as data beside the Markdown: its hash is in the comment.
            'plan-out': `\${{ (${TRUSTED}) && format('{0}/cluster-plan.json', runner.temp) || '' }}`,
            // As cluster-apply runs it after the merge: instances off the new template version replaced.
            refresh: 'true',
          },
        },
        {
          // Also when validation or the plan failed: the comment must never keep an older commit's plan.
          name: 'Comment the plan',
          if: `always() && ${SAME_REPO}`,
          uses: './actions/comment-plan',
          with: {
            'body-file': '${{ runner.temp }}/cluster-plan.md',
            marker: 'plan ${{ matrix.cluster }}',
            commit: '${{ github.event.pull_request.head.sha }}',
            // Locked by another pull request: the body says which (and the job fails at the lock).
            failed: "${{ steps.plan.outcome != 'success' && steps.lock.outputs.held != 'false' }}",
          },
        },
        {
          name: 'Keep the plan',
          uses: pinned('actions/upload-artifact'),
          with: {
            name: 'cluster-plan-${{ strategy.job-index }}',
            path: '${{ runner.temp }}/cluster-plan.md\n${{ runner.temp }}/cluster-plan.json',
          },
        },
      ],
    } as Job,
  },
};
