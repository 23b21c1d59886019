// The checks of a write's values against the approved plan, each saying why it refuses one (or
// nothing): tags, rules, a machine's or the master's fields and values, lists and single values,
// instance refreshes. src/aws/approved-writes.ts runs them on every write under an approval.
import { instanceFieldProblem, masterProblem, refreshProblem } from './approved-instances.js';
import { ruleProblem } from './approved-rules.js';
import { type HeldWrite, moreThanOneProblem, shownValueProblem, tagValueProblem } from './approved-values.js';

export const VALUE_CHECKS: readonly ((w: HeldWrite) => string | undefined)[] = [
  tagValueProblem,
  ruleProblem,
  instanceFieldProblem,
  masterProblem,
  shownValueProblem,
  moreThanOneProblem,
  refreshProblem,
];
