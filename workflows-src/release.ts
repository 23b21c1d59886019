import { pinned } from './fragments.js';
import { TOOLKIT } from './toolkit.js';

/** The major-tag move, on its own so a test can run it against a scratch repository. */
export const MOVE_MAJOR_TAG = `major="\${GITHUB_REF_NAME%%.*}"
# The token reaches git through this step's environment only: the checkout keeps no credentials.
if [ -n "\${GH_TOKEN:-}" ]; then
  export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=http.https://github.com/.extraheader
  GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)"
  export GIT_CONFIG_VALUE_0
fi
git tag -f "$major" "$GITHUB_SHA"
git push -f origin "refs/tags/$major"
echo "moved $major to $GITHUB_SHA"`;

/**
 * The released commit must be on the default branch: a tag pushed on any other commit (a side
 * branch, a commit never reviewed) would otherwise move the major tag callers run.
 */
export const ON_DEFAULT_BRANCH = `# The checkout (fetch-depth 0) has every branch as origin/<name>.
if ! git merge-base --is-ancestor "$GITHUB_SHA" "refs/remotes/origin/$DEFAULT_BRANCH"; then
  echo "::error::$GITHUB_REF_NAME is at $GITHUB_SHA, which is not on $DEFAULT_BRANCH: releases come from the default branch only"
  exit 1
fi
echo "$GITHUB_SHA is on $DEFAULT_BRANCH"`;

/**
 * A pushed tag vX.Y.Z. The test job (read-only token) checks the tag, takes its notes from the
 * CHANGELOG and runs the whole suite (which also fails on bundle and workflow drift). Only then,
 * in its own job and approval environment, with no npm install and no test code, the publish job
 * checks the commit is on the default branch, makes the GitHub release and moves the major tag vX.
 */
export const release = {
  name: 'release',
  on: { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } },
  concurrency: { group: 'release', 'cancel-in-progress': false },
  permissions: { contents: 'read' },
  jobs: {
    test: {
      name: 'Check the tag and its notes; the whole test suite',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 30,
      outputs: { notes: '${{ steps.notes.outputs.notes }}' },
      steps: [
        {
          name: 'Check out',
          uses: pinned('actions/checkout'),
          with: { 'persist-credentials': false },
        },
        {
          name: 'Node.js',
          uses: pinned('actions/setup-node'),
          with: { 'node-version': '20', cache: 'npm' },
        },
        {
          name: 'Debian packages',
          run: 'sudo apt-get update -qq && sudo apt-get install -y -qq shellcheck python3-locust',
        },
        { name: 'Set up', run: 'bash scripts/setup.sh' },
        {
          // Before the long test: the tag must match package.json, have notes and be of the pinned major.
          id: 'notes',
          name: 'Check the tag; release notes from CHANGELOG.md',
          run: [
            'npx tsx scripts/release-notes.ts "$GITHUB_REF_NAME" > "$RUNNER_TEMP/notes.md"',
            'delimiter="notes-$(openssl rand -hex 16)"',
            '{ echo "notes<<$delimiter"; cat "$RUNNER_TEMP/notes.md"; echo "$delimiter"; } >> "$GITHUB_OUTPUT"',
          ].join('\n'),
        },
        { name: 'Test', run: 'npm test' },
      ],
    },
    publish: {
      name: `Release, then move the major tag (callers pin ${TOOLKIT.major})`,
      needs: 'test',
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 10,
      environment: 'release',
      permissions: { contents: 'write' },
      steps: [
        {
          name: 'Check out',
          uses: pinned('actions/checkout'),
          with: { 'fetch-depth': 0, 'persist-credentials': false },
        },
        {
          name: 'The tagged commit is on the default branch',
          env: { DEFAULT_BRANCH: '${{ github.event.repository.default_branch }}' },
          run: ON_DEFAULT_BRANCH,
        },
        {
          name: 'Publish the release',
          env: { GH_TOKEN: '${{ github.token }}', NOTES: '${{ needs.test.outputs.notes }}' },
          run: 'printf \'%s\\n\' "$NOTES" > "$RUNNER_TEMP/notes.md"\ngh release create "$GITHUB_REF_NAME" --verify-tag --title "$GITHUB_REF_NAME" --notes-file "$RUNNER_TEMP/notes.md"',
        },
        { name: 'Move the major tag', env: { GH_TOKEN: '${{ github.token }}' }, run: MOVE_MAJOR_TAG },
      ],
    },
  },
};
