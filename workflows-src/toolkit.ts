// Where other repositories get this toolkit from. Set `repository` to where it is published
// (then `npm run build`): the generated reusable workflows, the release workflow and the action
// docs all name it. `major` is the tag callers pin; the release workflow moves it.
export const TOOLKIT = {
  repository: 'OWNER/akrida-ops',
  major: 'v1',
  /** Where a reusable workflow's jobs check the toolkit out, next to the caller's files. */
  path: '.akrida-ops',
} as const;
