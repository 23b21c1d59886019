import { awsCredentials, CHECKOUT, type Job } from './fragments.js';

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
        'dry-run': {
          description: 'List what would go, change nothing',
          required: false,
          type: 'boolean',
          default: false,
        },
      },
    },
  },
  permissions: { contents: 'read' },
  jobs: {
    regions: {
      name: 'Regions in use',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 5,
      permissions: { contents: 'read' },
      outputs: { regions: '${{ steps.list.outputs.regions }}' },
      steps: [CHECKOUT, { name: 'List clusters', id: 'list', uses: './actions/list-clusters' }],
    } as Job,
    sweep: {
      name: 'Sweep ${{ matrix.region }}',
      needs: ['regions'],
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 90,
      strategy: { matrix: { region: '${{ fromJSON(needs.regions.outputs.regions) }}' }, 'fail-fast': false },
      permissions: { contents: 'read', 'id-token': 'write' },
      steps: [
        CHECKOUT,
        {
          ...awsCredentials(),
          with: {
            ...(awsCredentials().with as Record<string, string>),
            'aws-region': '${{ matrix.region }}',
          },
        },
        {
          name: 'Destroy expired clusters',
          uses: './actions/sweep-expired',
          with: { region: '${{ matrix.region }}', 'dry-run': '${{ inputs.dry-run || false }}' },
        },
      ],
    } as Job,
  },
};
