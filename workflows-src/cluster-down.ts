import { loadClusterFile } from '../src/config/load.js';
import { clusterFiles } from '../src/ops/list-clusters.js';
import {
  awsCredentialsIn,
  CHECKOUT,
  clusterConcurrency,
  clusterInput,
  DRY_RUN_INPUT,
  ENV,
  type Job,
  listClustersJob,
  TEARDOWN_ROLE_SECRET,
  validateStep,
} from './fragments.js';

/** One cron per distinct teardown schedule in clusters/; the run picks the clusters it is for. */
export function schedules(): { cron: string }[] {
  const crons = new Set(
    clusterFiles().map((f) => loadClusterFile(f).cluster.teardown.schedule.trim().split(/\s+/).join(' ')),
  );
  return [...crons].sort().map((cron) => ({ cron }));
}

export function clusterDown() {
  return {
    name: 'cluster-down',
    'run-name': 'cluster-down ${{ inputs.cluster || github.event.schedule }}',
    on: {
      schedule: schedules(),
      workflow_dispatch: {
        inputs: {
          cluster: clusterInput('Cluster file, e.g. clusters/perf.yml'),
          mode: {
            description:
              'scale-to-zero keeps everything for a fast restart; destroy deletes every tagged resource; file: as the cluster file says',
            required: false,
            type: 'choice',
            options: ['file', 'scale-to-zero', 'destroy'],
            default: 'file',
          },
          'dry-run': DRY_RUN_INPUT,
        },
      },
    },
    permissions: { contents: 'read' },
    jobs: {
      select: listClustersJob(
        'Clusters to tear down',
        'List clusters',
        { cluster: '${{ inputs.cluster }}', schedule: '${{ github.event.schedule }}' },
        ['clusters', 'any'],
        false,
      ),
      down: {
        name: 'Tear down ${{ matrix.cluster }}',
        needs: ['select'],
        if: "needs.select.outputs.any == 'true'",
        'runs-on': 'ubuntu-latest',
        'timeout-minutes': 60,
        strategy: {
          matrix: { cluster: '${{ fromJSON(needs.select.outputs.clusters) }}' },
          'fail-fast': false,
        },
        // list-clusters emits only canonical paths (clusters/<name>.yml), so this is the cluster's group.
        concurrency: clusterConcurrency('${{ matrix.cluster }}'),
        // Default branch only, no reviewers: a scheduled teardown that waits for approval keeps billing.
        environment: ENV.teardown,
        permissions: { contents: 'read', 'id-token': 'write' },
        steps: [
          CHECKOUT,
          validateStep('${{ matrix.cluster }}'),
          awsCredentialsIn('${{ steps.validate.outputs.region }}', TEARDOWN_ROLE_SECRET),
          {
            name: 'Tear down',
            uses: './actions/teardown',
            with: {
              cluster: '${{ matrix.cluster }}',
              mode: '${{ inputs.mode }}',
              'dry-run': '${{ inputs.dry-run || false }}',
            },
          },
        ],
      } as Job,
    },
  };
}
