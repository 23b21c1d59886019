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
 * A pushed tag vX.Y.Z: the whole test suite (which also fails on bundle and workflow drift), a
 * GitHub release with the CHANGELOG section, then the major tag vX moved to the same commit.
 */
export const release = {
  name: 'release',
  on: { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } },
  concurrency: { group: 'release', 'cancel-in-progress': false },
  permissions: { contents: 'read' },
  jobs: {
    release: {
      name: `Release, then move the major tag (callers pin ${TOOLKIT.major})`,
      'runs-on': 'ubuntu-latest',
      'timeout-minutes': 30,
      permissions: { contents: 'write' },
      steps: [
        {
          name: 'Check out',
          uses: pinned('actions/checkout'),
          with: { 'fetch-depth': 0, 'persist-credentials': false },
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
          name: 'Check the tag; release notes from CHANGELOG.md',
          run: 'npx tsx scripts/release-notes.ts "$GITHUB_REF_NAME" > "$RUNNER_TEMP/notes.md"',
        },
        { name: 'Test', run: 'npm test' },
        {
          name: 'Publish the release',
          env: { GH_TOKEN: '${{ github.token }}' },
          run: 'gh release create "$GITHUB_REF_NAME" --verify-tag --title "$GITHUB_REF_NAME" --notes-file "$RUNNER_TEMP/notes.md"',
        },
        { name: 'Move the major tag', env: { GH_TOKEN: '${{ github.token }}' }, run: MOVE_MAJOR_TAG },
      ],
    },
  },
};
