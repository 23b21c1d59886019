import { clusterInput, type Job, listClustersJob, workflowSecrets } from './fragments.js';

/**
 * Merged configuration changes are applied by cluster-up, once per changed cluster, with a saved
 * plan: cluster-up plans the merge commit, its approval job (akrida-approval, required reviewers)
 * shows that plan's hash and counts, and the apply refuses to write if anything moved since.
 */
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
    apply: {
      name: 'Apply',
      needs: ['changed'],
      if: "needs.changed.outputs.any == 'true'",
      strategy: {
        matrix: { cluster: '${{ fromJSON(needs.changed.outputs.clusters) }}' },
        'fail-fast': false,
      },
      permissions: { contents: 'read', 'id-token': 'write' },
      uses: './.github/workflows/cluster-up.yml',
      with: { cluster: '${{ matrix.cluster }}', refresh: true, 'saved-plan': true },
      secrets: Object.fromEntries(
        ['AKRIDA_AWS_ROLE_ARN', 'AKRIDA_AWS_READONLY_ROLE_ARN', ...workflowSecrets()].map((s) => [
          s,
          `\${{ secrets.${s} }}`,
        ]),
      ),
    } as Job,
  },
};
