import { awsCredentialsIn, CHECKOUT, DRY_RUN_INPUT, type Job, listClustersJob } from './fragments.js';

/**
 * Hourly, destroy every cluster whose expiry has passed, including what cancelled or failed builds
 * left behind. The in-AWS backstop (a scheduled action on each group) covers delayed or disabled
 * GitHub schedules for the instances; this removes the rest.
 */
export const clusterSweep = {
  name: 'cluster-sweep',
  on: {
    schedule: [{ cron: '17 * * * *' }],
    workflow_dispatch: {
      inputs: {
        'dry-run': DRY_RUN_INPUT,
      },
    },
  },
  permissions: { contents: 'read' },
  jobs: {
    regions: listClustersJob('Regions in use', 'List clusters', {}, ['regions'], false),
    sweep: {
      name: 'Sweep ${{ matrix.region }}',
      needs: ['regions'],
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 90,
      strategy: { matrix: { region: '${{ fromJSON(needs.regions.outputs.regions) }}' }, 'fail-fast': false },
      permissions: { contents: 'read', 'id-token': 'write' },
      steps: [
        CHECKOUT,
        awsCredentialsIn('${{ matrix.region }}'),
        {
          name: 'Destroy expired clusters',
          uses: './actions/sweep-expired',
          with: { region: '${{ matrix.region }}', 'dry-run': '${{ inputs.dry-run || false }}' },
        },
      ],
    } as Job,
  },
};
