// An action over a cluster file that works on AWS: the checked inputs and the validated cluster,
// with the context every AWS operation takes (clients for the cluster's region, clock, log lines
// and warnings as annotations). Actions that render templates/ use renderingClusterAction.
import type { AwsContext } from '../aws/context.js';
import { awsContext } from './context.js';
import {
  type ActionMain,
  type ClusterFileArgs,
  type ClusterFileDefinition,
  clusterFileAction,
  type OutputSpecs,
} from './define-action.js';
import type { InputSpecs } from './inputs.js';

export interface ClusterActionArgs<S extends InputSpecs> extends ClusterFileArgs<S> {
  ctx: AwsContext;
}

export function clusterAction<S extends InputSpecs, O extends OutputSpecs>(
  id: string,
  def: ClusterFileDefinition<S, O, ClusterActionArgs<S>>,
): ActionMain {
  return clusterFileAction(id, {
    ...def,
    run: (a) => def.run({ ...a, ctx: awsContext(a.cluster, a.deps) }),
  });
}
