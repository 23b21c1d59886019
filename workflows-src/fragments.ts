// Pieces every workflow shares, written once: checkout, AWS credentials through OIDC, the
// validate job that every cluster job depends on, and the shape of a job that talks to AWS.

import { secretRefs } from '../src/cluster/secrets.js';
import { loadClusterFile } from '../src/config/load.js';
import { clusterFiles } from '../src/ops/list-clusters.js';

export type Step = Record<string, unknown>;
export type Job = Record<string, unknown>;

/**
 * Third-party actions by full commit SHA: a tag can be moved to other code, a commit cannot. Each
 * SHA was read from the action's repository at the tag named here (the generated YAML repeats the
 * tag as a comment for people).
 */
export const PINS = {
  'actions/checkout': { sha: '11d5960a326750d5838078e36cf38b85af677262', tag: 'v4.4.0' },
  'actions/setup-node': { sha: '49933ea5288caeca8642d1e84afbd3f7d6820020', tag: 'v4.4.0' },
  'actions/upload-artifact': { sha: 'ea165f8d65b6e75b540449e92b4886f43607fa02', tag: 'v4.6.2' },
  'actions/download-artifact': { sha: 'd3f86a106a0bac45b974a628896c90dbdf5c8093', tag: 'v4.3.0' },
  'aws-actions/configure-aws-credentials': { sha: '7474bc4690e29a8392af63c5b98e7449536d5c3a', tag: 'v4.3.1' },
} as const;

export const pinned = (action: keyof typeof PINS): string => `${action}@${PINS[action].sha}`;

/** Appends `# <tag>` to every pinned `uses:` line of a generated workflow. */
export function withPinComments(yaml: string): string {
  const tags = new Map(Object.entries(PINS).map(([name, p]) => [`${name}@${p.sha}`, p.tag]));
  return yaml.replace(/^(\s*(?:- )?uses: )(\S+)$/gm, (line, _lead, ref: string) =>
    tags.has(ref) ? `${line} # ${tags.get(ref)}` : line,
  );
}

/**
 * GitHub environments. The deploy role's trust policy accepts only OIDC tokens whose `sub` names
 * one of the two write environments, and both admit only the default branch, so no other branch
 * can assume it. Approval is a separate environment: required reviewers pause every job that
 * names an environment, so putting them on akrida-apply would ask once per wave of the build.
 */
export const ENV = {
  /** Required reviewers: one approval job before a build, change or load test. */
  approval: 'akrida-approval',
  /** Default branch only: every job that builds, changes or load-tests with the deploy role. */
  apply: 'akrida-apply',
  /** Default branch only, no reviewers: scheduled teardown and the sweeper must never wait. */
  teardown: 'akrida-teardown',
} as const;

/** `persist-credentials: false`: later steps (which run PR-controlled templates) get no git token on disk. */
export const CHECKOUT: Step = {
  name: 'Check out',
  uses: pinned('actions/checkout'),
  with: { 'persist-credentials': false },
};

/** A checkout with the whole history (to diff against a base commit). */
export const CHECKOUT_ALL: Step = { ...CHECKOUT, with: { 'persist-credentials': false, 'fetch-depth': 0 } };

/** The workflow secrets any cluster file names with `githubSecret`, passed by name (never `inherit`). */
export function workflowSecrets(): string[] {
  const names = new Set<string>();
  for (const f of clusterFiles())
    for (const { ref } of secretRefs(loadClusterFile(f).cluster))
      if ('githubSecret' in ref) names.add(ref.githubSecret);
  return [...names].sort();
}

/**
 * The teardown role (cluster-down and the sweeper): it can describe, scale to zero and delete only
 * what carries our tags, and create nothing (iam/teardown-policy.json).
 */
export const TEARDOWN_ROLE_SECRET = 'AKRIDA_AWS_TEARDOWN_ROLE_ARN';

/** OIDC credentials for the role whose ARN is the repository secret AKRIDA_AWS_ROLE_ARN (kept out of logs). */
export function awsCredentials(roleSecret = 'AKRIDA_AWS_ROLE_ARN'): Step {
  return {
    name: 'AWS credentials (OIDC)',
    uses: pinned('aws-actions/configure-aws-credentials'),
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
      fetchAll ? CHECKOUT_ALL : CHECKOUT,
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
 * The one human gate of a run that writes: required reviewers on its environment. Every job that
 * assumes the deploy role needs it, so nothing writes before someone approved this run.
 */
export function approvalJob(what: string): Job {
  return {
    name: 'Approval',
    needs: ['validate'],
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 5,
    environment: ENV.approval,
    permissions: {},
    steps: [
      {
        name: 'Approved',
        run: `echo "approved: ${what} of $CLUSTER"`,
        env: { CLUSTER: '${{ needs.validate.outputs.name }}' },
      },
    ],
  };
}

/**
 * A job that reaches AWS: least privilege (read the repo, mint an OIDC token), the deploy role only
 * in its environment and after the approval, credentials first, and its start and end times as
 * outputs for the summary.
 */
export function awsJob(name: string, needs: string[], steps: Step[], extra: Job = {}): Job {
  const outputs = (extra.outputs as Record<string, string> | undefined) ?? {};
  return {
    name,
    needs: ['validate', 'approve', ...needs],
    'runs-on': 'ubuntu-latest',
    'timeout-minutes': 60,
    environment: ENV.apply,
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
  default: 'clusters/perf-example.yml',
});
export const CLUSTER_INPUT = clusterInput();

export const DRY_RUN_INPUT = {
  description: 'List what would go, change nothing',
  required: false,
  type: 'boolean',
  default: false,
};

/**
 * One run at a time per cluster, shared by cluster-up, cluster-apply, load-test, cluster-down and
 * the sweeper. Keyed by the file path, which is canonical: validation refuses any spelling but
 * `clusters/<name>.yml` (name as in the file) and two files with one name.
 */
export const clusterConcurrency = (clusterExpr: string) => ({
  group: `akrida-cluster-${clusterExpr}`,
  'cancel-in-progress': false,
});

/** The same group from a cluster name (the sweeper knows names from tags, not files). */
export const clusterNameConcurrency = (nameExpr: string) => clusterConcurrency(`clusters/${nameExpr}.yml`);
