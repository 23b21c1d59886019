import { awsCredentialsIn, CHECKOUT, pinned } from './fragments.js';

/** The environment of the bootstrap job: required reviewers, default branch only (README). */
export const BOOTSTRAP_ENV = 'akrida-bootstrap';

/**
 * The IAM the other workflows need (`akrida bootstrap`), run by an administrator. It assumes the
 * administrator's own role (secret AKRIDA_ADMIN_ROLE_ARN, trusted for this repository's
 * akrida-bootstrap environment only), never the workflow roles; the very first bootstrap of an
 * account runs on an administrator's machine instead (README, "From an empty AWS account"), since
 * no role can trust GitHub before the OIDC provider exists. Dispatch only: re-run it after a
 * cluster file is added, so the roles' policies name the new cluster. Without `apply` it plans and
 * uploads the documents for review. The roles trust this repository and no other: an input naming
 * another would point both roles' trust at code the approver never sees, so there is none, and the
 * run's name (what the approval page shows) says the repository and whether it applies.
 */
export const bootstrap = {
  name: 'bootstrap',
  'run-name': "bootstrap IAM for ${{ github.repository }} (${{ inputs.apply && 'apply' || 'plan only' }})",
  on: {
    workflow_dispatch: {
      inputs: {
        apply: {
          description: 'Make the changes (otherwise: the plan and the documents, as an artifact)',
          required: true,
          type: 'boolean',
          default: false,
        },
      },
    },
  },
  concurrency: { group: 'akrida-bootstrap', 'cancel-in-progress': false },
  permissions: { contents: 'read' },
  jobs: {
    bootstrap: {
      name: 'Bootstrap IAM',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 15,
      environment: BOOTSTRAP_ENV,
      // actions: read lets the job's token read the environments and the OIDC subject template,
      // which bootstrap checks before it makes a role that trusts them.
      permissions: { contents: 'read', 'id-token': 'write', actions: 'read' },
      steps: [
        CHECKOUT,
        { name: 'Node.js', uses: pinned('actions/setup-node'), with: { 'node-version': '20', cache: 'npm' } },
        { name: 'Install', run: 'npm ci --ignore-scripts' },
        {
          ...awsCredentialsIn('us-east-1', 'AKRIDA_ADMIN_ROLE_ARN'),
          name: "Administrator's AWS credentials (OIDC)",
        },
        {
          // Values reach the command as environment variables, never as script text; the command
          // checks --repo against GitHub's charset before anything reaches a trust policy.
          name: 'akrida bootstrap',
          env: {
            REPO: '${{ github.repository }}',
            APPLY: '${{ inputs.apply }}',
            GH_TOKEN: '${{ github.token }}',
          },
          run: [
            'args=(--repo "$REPO" --out out/iam)',
            'if [ "$APPLY" = "true" ]; then args+=(--apply); fi',
            'node scripts/akrida.mjs bootstrap "${args[@]}" | tee -a "$GITHUB_STEP_SUMMARY"',
          ].join('\n'),
        },
        {
          name: 'Keep the documents',
          if: 'always()',
          uses: pinned('actions/upload-artifact'),
          with: { name: 'akrida-bootstrap-iam', path: 'out/iam/' },
        },
      ],
    },
  },
};
