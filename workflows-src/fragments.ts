// Pieces every workflow shares, written once: checkout, AWS credentials through OIDC, the
// validate job that every cluster job depends on, and the shape of a job that talks to AWS.

export type Step = Record<string, unknown>;
export type Job = Record<string, unknown>;

export const CHECKOUT: Step = { name: 'Check out', uses: 'actions/checkout@v4' };

/** OIDC credentials for the role whose ARN is the repository secret AKRIDA_AWS_ROLE_ARN (kept out of logs). */
export function awsCredentials(roleSecret = 'AKRIDA_AWS_ROLE_ARN'): Step {
  return {
    name: 'AWS credentials (OIDC)',
    uses: 'aws-actions/configure-aws-credentials@v4',
    with: {
      'role-to-assume': `\${{ secrets.${roleSecret} }}`,
      'aws-region': '${{ needs.validate.outputs.region }}',
      'role-session-name': 'akrida-ops-${{ github.run_id }}',
    },
  };
}

/** The same credentials with the region from another expression (a matrix, a step). */
export function awsCredentialsIn(regionExpr: string, roleSecret = 'AKRIDA_AWS_ROLE_ARN'): Step {
  const base = awsCredentials(roleSecret);
  return { ...base, with: { ...(base.with as Record<string, string>), 'aws-region': regionExpr } };
}

/** A first job that lists the cluster files a run is about (see actions/list-clusters). */
export function listClustersJob(
  name: string,
  title: string,
  inputs: Record<string, string>,
  outputs: string[],
  fetchAll: boolean,
): Job {
  return {
    name,
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 5,
    permissions: { contents: 'read' },
    outputs: Object.fromEntries(outputs.map((o) => [o, `\${{ steps.list.outputs.${o} }}`])),
    steps: [
      fetchAll ? { ...CHECKOUT, with: { 'fetch-depth': 0 } } : CHECKOUT,
      {
        name: title,
        id: 'list',
        uses: './actions/list-clusters',
        ...(Object.keys(inputs).length ? { with: inputs } : {}),
      },
    ],
  };
}

export const action = (
  name: string,
  title: string,
  inputs: Record<string, string> = {},
  extra: Step = {},
): Step => ({
  name: title,
  ...extra,
  uses: `./actions/${name}`,
  with: { cluster: '${{ inputs.cluster }}', ...inputs },
});

/** Validate a cluster file; its outputs (region, name, workers) feed later steps as steps.validate. */
export const validateStep = (clusterExpr: string): Step => ({
  name: 'Validate',
  id: 'validate',
  uses: './actions/validate-cluster',
  with: { cluster: clusterExpr },
});

/** Validation runs first and alone: a bad cluster file stops the run before any AWS call. */
export function validateJob(clusterExpr = '${{ inputs.cluster }}'): Job {
  return {
    name: 'Validate cluster file',
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 5,
    permissions: { contents: 'read' },
    outputs: {
      name: '${{ steps.validate.outputs.name }}',
      region: '${{ steps.validate.outputs.region }}',
      workers: '${{ steps.validate.outputs.workers }}',
    },
    steps: [CHECKOUT, validateStep(clusterExpr)],
  };
}

const stamp = (name: string): Step => ({
  name: `Time ${name}`,
  id: name,
  run: `echo "${name}=$(date +%s)" >> "$GITHUB_OUTPUT"`,
});

/**
 * A job that reaches AWS: least privilege (read the repo, mint an OIDC token), credentials first,
 * and its start and end times as outputs for the summary.
 */
export function awsJob(name: string, needs: string[], steps: Step[], extra: Job = {}): Job {
  const outputs = (extra.outputs as Record<string, string> | undefined) ?? {};
  return {
    name,
    needs: ['validate', ...needs],
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 60,
    permissions: { contents: 'read', 'id-token': 'write' },
    ...extra,
    outputs: {
      ...outputs,
      started: '${{ steps.started.outputs.started }}',
      finished: '${{ steps.finished.outputs.finished }}',
    },
    steps: [stamp('started'), CHECKOUT, awsCredentials(), ...steps, stamp('finished')],
  };
}

export const clusterInput = (description = 'Cluster file, e.g. clusters/perf.yml') => ({
  description,
  required: true,
  type: 'string',
  default: 'clusters/example.yml',
});
export const CLUSTER_INPUT = clusterInput();

export const DRY_RUN_INPUT = {
  description: 'List what would go, change nothing',
  required: false,
  type: 'boolean',
  default: false,
};

/** One run at a time per cluster, shared by cluster-up, cluster-apply and cluster-down. */
export const clusterConcurrency = (clusterExpr: string) => ({
  group: `akrida-cluster-${clusterExpr}`,
  'cancel-in-progress': false,
});
