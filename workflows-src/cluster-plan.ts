import { CHECKOUT, type Job } from './fragments.js';

/**
 * Pull requests that change cluster configuration get a validated plan. The workflow runs the PR's
 * code under `pull_request` (never `pull_request_target`), with no cloud credentials: forks get
 * the same offline plan as everyone else.
 */
export const clusterPlan = {
  name: 'cluster-plan',
  on: { pull_request: { paths: ['clusters/**', 'templates/**'] } },
  permissions: { contents: 'read' },
  jobs: {
    changed: {
      name: 'Changed clusters',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 5,
      permissions: { contents: 'read' },
      outputs: { clusters: '${{ steps.list.outputs.clusters }}', any: '${{ steps.list.outputs.any }}' },
      steps: [
        { ...CHECKOUT, with: { 'fetch-depth': 0 } },
        {
          name: 'List changed cluster files',
          id: 'list',
          uses: './actions/list-clusters',
          with: { 'changed-since': '${{ github.event.pull_request.base.sha }}' },
        },
      ],
    } as Job,
    plan: {
      name: 'Plan ${{ matrix.cluster }}',
      needs: ['changed'],
      if: "needs.changed.outputs.any == 'true'",
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 10,
      strategy: {
        matrix: { cluster: '${{ fromJSON(needs.changed.outputs.clusters) }}' },
        'fail-fast': false,
      },
      permissions: { contents: 'read' },
      steps: [
        CHECKOUT,
        {
          name: 'Plan',
          id: 'plan',
          uses: './actions/plan-cluster',
          with: { cluster: '${{ matrix.cluster }}', 'output-file': 'cluster-plan.md', summary: 'true' },
        },
        {
          name: 'Keep the plan',
          uses: 'actions/upload-artifact@v4',
          with: { name: 'cluster-plan-${{ strategy.job-index }}', path: 'cluster-plan.md' },
        },
      ],
    } as Job,
  },
};
