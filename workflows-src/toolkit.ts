// Where other repositories get this toolkit from. Set `repository` to where it is published
// (then `npm run build`): the generated reusable workflows, the release workflow and the action
// docs all name it. `major` is the tag callers pin; the release workflow moves it.
export const TOOLKIT = {
  repository: 'OWNER/akrida-ops',
  major: 'v1',
  /** Where a reusable workflow's jobs check the toolkit out, next to the caller's files. */
  path: '.akrida-ops',
} as const;

type Step = Record<string, unknown>;
type Job = Record<string, unknown>;

/** The step that checks the toolkit out: this commit when the caller is the toolkit itself. */
export const TOOLKIT_CHECKOUT: Step = {
  name: 'Check out akrida-ops',
  uses: 'actions/checkout@v4',
  with: {
    repository: TOOLKIT.repository,
    ref: `\${{ github.repository == '${TOOLKIT.repository}' && github.sha || '${TOOLKIT.major}' }}`,
    path: TOOLKIT.path,
    'persist-credentials': false,
  },
};

/**
 * Jobs of a reusable workflow made to run the toolkit's actions, not the caller's: in a call from
 * another repository `./actions/NAME` resolves in the caller's checkout. Each job that uses one
 * checks the toolkit out after the caller's files and uses `./.akrida-ops/actions/NAME`.
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
      const after = mapped.findIndex((s) => String(s.uses ?? '').startsWith('actions/checkout@')) + 1;
      return [id, { ...job, steps: [...mapped.slice(0, after), TOOLKIT_CHECKOUT, ...mapped.slice(after)] }];
    }),
  );
}
