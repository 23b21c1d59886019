import {
  action,
  approvalJob,
  awsJob,
  CLUSTER_INPUT,
  clusterConcurrency,
  pinned,
  validateJob,
} from './fragments.js';

const optional = (description: string) => ({ description, required: false, type: 'string', default: '' });

/** A headless load test with results as artifacts and the summary on the run page. */
export const loadTest = {
  name: 'load-test',
  'run-name': 'load-test ${{ inputs.cluster }}',
  on: {
    workflow_dispatch: {
      inputs: {
        cluster: CLUSTER_INPUT,
        users: optional('Users (empty: the cluster file decides)'),
        'spawn-rate': optional('Users started per second (empty: the cluster file decides)'),
        'run-time': optional('Run time in seconds (empty: the cluster file decides)'),
      },
    },
  },
  concurrency: clusterConcurrency('${{ inputs.cluster }}'),
  permissions: { contents: 'read' },
  jobs: {
    validate: validateJob(),
    approve: approvalJob('load-test'),
    run: awsJob(
      'Load test',
      [],
      [
        action(
          'run-load-test',
          'Run the load test through the Locust master',
          {
            users: '${{ inputs.users }}',
            'spawn-rate': '${{ inputs.spawn-rate }}',
            'run-time': '${{ inputs.run-time }}',
            // The job's own temp folder: never another run's files, and nothing in the checkout.
            'output-dir': '${{ runner.temp }}/load-test-results',
          },
          { id: 'load' },
        ),
        {
          name: 'Keep the results',
          if: 'always()',
          uses: pinned('actions/upload-artifact'),
          with: { name: 'load-test-results', path: '${{ runner.temp }}/load-test-results' },
        },
      ],
      { 'timeout-minutes': 180 },
    ),
  },
};
