import { clusterInput, type Job, listClustersJob } from './fragments.js';

/** Merged configuration changes are applied behind the akrida-apply environment (approval on GitHub). */
export const clusterApply = {
  name: 'cluster-apply',
  on: {
    push: { branches: ['main'], paths: ['clusters/**', 'templates/**'] },
    workflow_dispatch: {
      inputs: {
        cluster: clusterInput('Cluster file to apply'),
      },
    },
  },
  permissions: { contents: 'read' },
  jobs: {
    changed: listClustersJob(
      'Changed clusters',
      'List changed cluster files',
      { cluster: '${{ inputs.cluster }}', 'changed-since': '${{ github.event.before }}' },
      ['clusters', 'any'],
      true,
    ),
    approve: {
      name: 'Approval',
      needs: ['changed'],
      if: "needs.changed.outputs.any == 'true'",
      'runs-on': 'ubuntu-latest',
      environment: 'akrida-apply',
      permissions: {},
      steps: [
        {
          name: 'Approved',
          run: 'echo "applying to: $CLUSTERS"',
          env: { CLUSTERS: '${{ needs.changed.outputs.clusters }}' },
        },
      ],
    } as Job,
    apply: {
      name: 'Apply',
      needs: ['changed', 'approve'],
      strategy: {
        matrix: { cluster: '${{ fromJSON(needs.changed.outputs.clusters) }}' },
        'fail-fast': false,
      },
      permissions: { contents: 'read', 'id-token': 'write' },
      uses: './.github/workflows/cluster-up.yml',
      with: { cluster: '${{ matrix.cluster }}', refresh: true },
      secrets: 'inherit',
    } as Job,
  },
};
