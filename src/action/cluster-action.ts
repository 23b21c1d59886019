// An action over a cluster file that works on AWS: the checked inputs and the validated cluster,
// with the context every AWS operation takes (clients for the cluster's region, clock, log lines
// and warnings as annotations). Actions that render templates/ use renderingClusterAction.
// Given an approved plan (a saved-plan apply), the action's writes are held to it
// (src/aws/approved-writes.ts): a write about anything the plan does not change is refused.
import { underApproval } from '../aws/approved-writes.js';
import type { AwsContext } from '../aws/context.js';
import { approvalOf } from '../plan/approval.js';
import { readPlanFile } from '../plan/plan-file.js';
import type { SavedPlan } from '../plan/saved-plan.js';
import { awsContext } from './context.js';
import {
  type ActionMain,
  type ClusterFileArgs,
  type ClusterFileDefinition,
  clusterFileAction,
  type OutputSpecs,
} from './define-action.js';
import { type InputSpecs, input } from './inputs.js';

export interface ClusterActionArgs<S extends InputSpecs> extends ClusterFileArgs<S> {
  ctx: AwsContext;
  /** The approved plan the writes are held to (a saved-plan apply); undefined without one. */
  approved?: SavedPlan;
}

const APPROVED_PLAN = 'approved-plan';

export function clusterAction<S extends InputSpecs, O extends OutputSpecs>(
  id: string,
  def: ClusterFileDefinition<S, O, ClusterActionArgs<S>>,
): ActionMain {
  if (Object.hasOwn(def.inputs, APPROVED_PLAN))
    throw new Error(`${id}: the ${APPROVED_PLAN} input is every cluster action's, declared for it`);
  const inputs = {
    ...def.inputs,
    [APPROVED_PLAN]: input.text({
      fallback: '',
      description:
        'The approved plan file (a saved-plan apply, checked by check-plan): every write is held to it, and one about a resource it does not change is refused. Empty: no plan holds the writes.',
    }),
  };
  return clusterFileAction(id, {
    ...def,
    inputs,
    run: (a) => {
      const run = (approved?: SavedPlan) =>
        def.run({
          ...a,
          inputs: a.inputs as ClusterActionArgs<S>['inputs'],
          ctx: awsContext(a.cluster, a.deps),
          ...(approved ? { approved } : {}),
        });
      const path = (a.inputs as Record<string, unknown>)[APPROVED_PLAN] as string;
      if (!path) return run();
      // Its own hash and cluster file are checked here; AWS against it by check-plan, before the first write.
      const plan = readPlanFile(path, a.loaded.file);
      return underApproval(approvalOf(plan), () => run(plan));
    },
  });
}
