import {
  awsCredentialsIn,
  CHECKOUT,
  clusterNameConcurrency,
  DRY_RUN_INPUT,
  ENV,
  type Job,
  listClustersJob,
  TEARDOWN_ROLE_SECRET,
} from './fragments.js';

/**
 * Hourly, destroy every cluster whose expiry has passed, including what cancelled or failed builds
 * left behind. The in-AWS backstop (a scheduled action on each group) covers delayed or disabled
 * GitHub schedules for the instances; this removes the rest.
 *
 * One bad cluster file is an annotation, not a stop; regions come from the files and from the
 * AKRIDA_SWEEP_REGIONS variable (so clusters whose file was deleted are still found by their
 * tags); each expired cluster is its own job in the cluster's concurrency group, so a sweep waits
 * for a running cluster-up and then re-checks the expiry that run may have extended.
 */
export const clusterSweep = {
  name: 'cluster-sweep',
  on: {
    schedule: [{ cron: '17 * * * *' }],
    workflow_dispatch: {
      inputs: {
        regions: {
          description: 'More regions to sweep, comma separated (added to the files and AKRIDA_SWEEP_REGIONS)',
          required: false,
          type: 'string',
          default: '',
        },
        'dry-run': DRY_RUN_INPUT,
      },
    },
  },
  concurrency: { group: 'akrida-sweep', 'cancel-in-progress': false },
  permissions: { contents: 'read' },
  jobs: {
    regions: listClustersJob(
      'Regions to sweep',
      'List clusters and regions',
      { regions: '${{ inputs.regions }},${{ vars.AKRIDA_SWEEP_REGIONS }}' },
      ['regions'],
      false,
    ),
    find: {
      name: 'Find expired clusters',
      needs: ['regions'],
      if: "needs.regions.outputs.regions != '[]'",
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 15,
      environment: ENV.teardown,
      permissions: { contents: 'read', 'id-token': 'write' },
      outputs: { expired: '${{ steps.find.outputs.expired }}' },
      steps: [
        CHECKOUT,
        awsCredentialsIn('${{ fromJSON(needs.regions.outputs.regions)[0] }}', TEARDOWN_ROLE_SECRET),
        {
          name: 'Find expired clusters in every region',
          id: 'find',
          uses: './actions/sweep-expired',
          with: { regions: "${{ join(fromJSON(needs.regions.outputs.regions), ',') }}", 'list-only': true },
        },
      ],
    } as Job,
    sweep: {
      name: 'Sweep ${{ matrix.cluster }} (${{ matrix.region }})',
      needs: ['find'],
      if: "needs.find.outputs.expired != '[]'",
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 90,
      strategy: { matrix: { include: '${{ fromJSON(needs.find.outputs.expired) }}' }, 'fail-fast': false },
      concurrency: clusterNameConcurrency('${{ matrix.cluster }}'),
      environment: ENV.teardown,
      permissions: { contents: 'read', 'id-token': 'write' },
      steps: [
        CHECKOUT,
        awsCredentialsIn('${{ matrix.region }}', TEARDOWN_ROLE_SECRET),
        {
          name: 'Destroy the cluster if it is still expired',
          uses: './actions/sweep-expired',
          with: {
            regions: '${{ matrix.region }}',
            cluster: '${{ matrix.cluster }}',
            'dry-run': '${{ inputs.dry-run || false }}',
          },
        },
      ],
    } as Job,
  },
};
