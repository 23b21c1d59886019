// The regression lab (issue 26): on dispatch for one cluster, and on each cluster file's weekly
// regression schedule for the clusters it names, one run of regression-run per cluster. The work
// is in regression-run: its plan, the approval, the runs, the rollback and the history.
import { loadClusterFile } from '../src/config/load.js';
import { clusterFiles, scheduleOf } from '../src/ops/list-clusters.js';
import {
  action,
  approvalJob,
  awsJob,
  CHECKOUT,
  CLUSTER_INPUT,
  clusterConcurrency,
  type Job,
  listClustersJob,
  pinned,
  validateJob,
} from './fragments.js';

/** One cron per distinct regression schedule in clusters/. */
export function regressionSchedules(): { cron: string }[] {
  const crons = new Set(
    clusterFiles().flatMap((f) => scheduleOf(loadClusterFile(f).cluster, 'regression') ?? []),
  );
  return [...crons].sort().map((cron) => ({ cron }));
}

const RESULTS = '${{ runner.temp }}/regression';
const RESULTS_ARTIFACT = 'regression-results';

export function regression() {
  const schedule = regressionSchedules();
  return {
    name: 'regression',
    'run-name': 'regression ${{ inputs.cluster || github.event.schedule }}',
    on: {
      ...(schedule.length ? { schedule } : {}),
      workflow_dispatch: { inputs: { cluster: { ...CLUSTER_INPUT, default: 'clusters/example.yml' } } },
    },
    permissions: { contents: 'read' },
    jobs: {
      select: listClustersJob(
        'Clusters to compare',
        'List clusters',
        {
          cluster: '${{ inputs.cluster }}',
          schedule: '${{ github.event.schedule }}',
          'schedule-of': 'regression',
        },
        ['clusters', 'any'],
        false,
      ),
      compare: {
        name: 'Regression of ${{ matrix.cluster }}',
        needs: ['select'],
        if: "needs.select.outputs.any == 'true'",
        strategy: {
          matrix: { cluster: '${{ fromJSON(needs.select.outputs.clusters) }}' },
          'fail-fast': false,
        },
        // The ceiling of the called jobs: only its history job writes to the repository.
        permissions: { contents: 'write', 'id-token': 'write' },
        uses: './.github/workflows/regression-run.yml',
        with: { cluster: '${{ matrix.cluster }}' },
        secrets: { AKRIDA_AWS_ROLE_ARN: '${{ secrets.AKRIDA_AWS_ROLE_ARN }}' },
      } as Job,
    },
  };
}

/** One cluster's regression, behind the approval cluster-up has. */
export const regressionRun = {
  name: 'regression-run',
  on: {
    workflow_call: {
      inputs: { cluster: { description: CLUSTER_INPUT.description, required: true, type: 'string' } },
      secrets: { AKRIDA_AWS_ROLE_ARN: { description: 'ARN of the deploy role', required: true } },
    },
  },
  concurrency: clusterConcurrency('${{ inputs.cluster }}'),
  permissions: { contents: 'read' },
  jobs: {
    validate: validateJob(),
    // What the approver approves: the runs and every script, in this job's summary; no AWS call.
    plan: {
      name: 'Regression plan (what the approval approves)',
      needs: ['validate'],
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 5,
      permissions: { contents: 'read' },
      steps: [CHECKOUT, action('run-regression', 'Show the runs and scripts', { mode: 'plan' })],
    },
    approve: { ...approvalJob('regression'), needs: ['validate', 'plan'] },
    run: awsJob(
      'Regression',
      ['plan'],
      [
        action(
          'run-regression',
          'Compare the variants',
          { mode: 'run', 'output-dir': RESULTS },
          { id: 'regression' },
        ),
        {
          name: 'Keep the results',
          if: 'always()',
          uses: pinned('actions/upload-artifact'),
          with: { name: RESULTS_ARTIFACT, path: RESULTS },
        },
        // A cancelled job may be stopped before its own rollback ends: this one runs after it.
        action(
          'run-regression',
          'Roll the ACA-Py tier back to the baseline',
          { mode: 'rollback' },
          { if: 'cancelled()' },
        ),
      ],
      { 'timeout-minutes': 360 },
    ),
    history: {
      name: 'Append to the history',
      needs: ['validate', 'run'],
      if: "always() && (needs.run.result == 'success' || needs.run.result == 'failure')",
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 10,
      // The one job that writes to the repository: the history branch, with the job's token.
      permissions: { contents: 'write' },
      steps: [
        CHECKOUT,
        {
          name: 'Fetch the results',
          uses: pinned('actions/download-artifact'),
          with: { name: RESULTS_ARTIFACT, path: RESULTS },
        },
        action('regression-history', 'Append and show the trend', {
          results: RESULTS,
          token: '${{ github.token }}',
          repository: '${{ github.server_url }}/${{ github.repository }}.git',
        }),
        {
          name: 'Keep the report with its trend',
          if: 'always()',
          uses: pinned('actions/upload-artifact'),
          with: { name: 'regression-report', path: RESULTS },
        },
      ],
    },
  },
};
