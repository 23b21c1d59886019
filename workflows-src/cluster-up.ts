import { buildJobs } from './cluster-build.js';
import { CLUSTER_INPUT, clusterConcurrency, workflowSecrets } from './fragments.js';
import { fromToolkit } from './toolkit.js';

const inputs = {
  cluster: CLUSTER_INPUT,
  workers: {
    description: 'Worker count (empty: the cluster file decides)',
    required: false,
    type: 'string',
    default: '',
  },
  'rebuild-images': {
    description: 'Bake the images again even if they are current',
    required: false,
    type: 'boolean',
    default: false,
  },
  refresh: {
    description: 'Replace running instances when a template changed',
    required: false,
    type: 'boolean',
    default: false,
  },
  'saved-plan': {
    description:
      'Plan first (read-only role) and show its hash at the approval; apply only if AWS, the file and the toolkit are still as planned',
    required: false,
    type: 'boolean',
    default: false,
  },
};

export const clusterUp = {
  name: 'cluster-up',
  'run-name': 'cluster-up ${{ inputs.cluster }}',
  on: {
    workflow_dispatch: { inputs },
    workflow_call: {
      inputs: {
        ...inputs,
        cluster: { description: CLUSTER_INPUT.description, required: true, type: 'string' },
      },
      // Named, so a caller passes exactly these (never `secrets: inherit`).
      secrets: Object.fromEntries(
        ['AKRIDA_AWS_ROLE_ARN', 'AKRIDA_AWS_READONLY_ROLE_ARN', ...workflowSecrets()].map((s) => [
          s,
          {
            description:
              s === 'AKRIDA_AWS_ROLE_ARN'
                ? 'ARN of the deploy role'
                : s === 'AKRIDA_AWS_READONLY_ROLE_ARN'
                  ? 'ARN of the read-only plan role (for saved-plan)'
                  : 'Named by a cluster file',
            required: false,
          },
        ]),
      ),
    },
  },
  concurrency: clusterConcurrency('${{ inputs.cluster }}'),
  permissions: { contents: 'read' },
  // Callable from other repositories (workflow_call): run the toolkit's actions, not the caller's.
  jobs: fromToolkit(buildJobs()),
};
