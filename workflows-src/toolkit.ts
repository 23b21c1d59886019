// Where other repositories get this toolkit from. Set `repository` to where it is published
// (then `npm run build`): the generated reusable workflows, the release workflow and the action
// docs all name it. `major` is the tag callers pin; the release workflow moves it.
import { pinned } from './fragments.js';
export const TOOLKIT = {
  repository: 'OWNER/akrida-ops',
  major: 'v1',
  /** Where a reusable workflow's jobs check the toolkit out, next to the caller's files. */
  path: '.akrida-ops',
} as const;

type Step = Record<string, unknown>;
type Job = Record<string, unknown>;

/** Id of the step that finds out whether the caller's checkout is the toolkit itself. */
export const TOOLKIT_STEP_ID = 'toolkit';

/**
 * The caller's checkout is the toolkit (this repository or a fork: it has workflows-src/toolkit.ts):
 * link .akrida-ops/actions (and the lib/ they run) to its own, so a pull request runs the actions it changes.
 * Else check the toolkit out at the major tag the caller pinned.
 */
export const TOOLKIT_STEPS: Step[] = [
  {
    name: 'Locate akrida-ops',
    id: TOOLKIT_STEP_ID,
    run: `if [ -f workflows-src/toolkit.ts ] && [ -f actions/validate-cluster/action.yml ]; then
  echo "self=true" >> "$GITHUB_OUTPUT"
  # On GitHub ./${TOOLKIT.path}/actions/NAME must exist in the workspace, with the lib/ its action.yml
  # runs (../../lib/NAME.js); the local runner maps it itself.
  if [ "\${GITHUB_ACTIONS:-}" = true ]; then
    mkdir -p ${TOOLKIT.path} && ln -sfn ../actions ${TOOLKIT.path}/actions && ln -sfn ../lib ${TOOLKIT.path}/lib
  fi
else
  echo "self=false" >> "$GITHUB_OUTPUT"
fi`,
  },
  {
    name: 'Check out akrida-ops',
    if: `steps.${TOOLKIT_STEP_ID}.outputs.self != 'true'`,
    uses: pinned('actions/checkout'),
    with: {
      repository: TOOLKIT.repository,
      ref: TOOLKIT.major,
      path: TOOLKIT.path,
      'persist-credentials': false,
    },
  },
];

/**
 * Jobs of a reusable workflow made to run the toolkit's actions, not the caller's: in a call from
 * another repository `./actions/NAME` resolves in the caller's checkout. Each job that uses one
 * locates the toolkit after the caller's files (TOOLKIT_STEPS) and uses `./.akrida-ops/actions/NAME`.
 */
export function fromToolkit(jobs: Record<string, Job>): Record<string, Job> {
  return Object.fromEntries(
    Object.entries(jobs).map(([id, job]) => {
      const steps = job.steps as Step[] | undefined;
      const ours = (s: Step) => typeof s.uses === 'string' && s.uses.startsWith('./actions/');
      if (!steps?.some(ours)) return [id, job];
      const mapped = steps.map((s) =>
        ours(s) ? { ...s, uses: `./${TOOLKIT.path}/${(s.uses as string).slice(2)}` } : s,
      );
      const after =
        mapped.findIndex((s) => typeof s.uses === 'string' && s.uses.startsWith('actions/checkout@')) + 1;
      return [id, { ...job, steps: [...mapped.slice(0, after), ...TOOLKIT_STEPS, ...mapped.slice(after)] }];
    }),
  );
}
