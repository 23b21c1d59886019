// An action over a cluster file that renders templates/ (SSM scripts, user data, the plan). Only
// these actions' bundles hold the template engine, which loads at their first render.
import { TemplateSet } from '../render/render.js';
import { type ClusterActionArgs, clusterAction } from './cluster-action.js';
import type { ActionMain, ActionResult } from './define-action.js';
import type { InputSpecs } from './inputs.js';

export interface RenderingActionArgs<S extends InputSpecs> extends ClusterActionArgs<S> {
  templates: TemplateSet;
}

export function renderingClusterAction<S extends InputSpecs>(
  name: string,
  def: { inputs: S; run: (args: RenderingActionArgs<S>) => Promise<ActionResult> },
): ActionMain {
  return clusterAction(name, {
    inputs: def.inputs,
    run: (a) => def.run({ ...a, templates: a.deps.templates ?? new TemplateSet() }),
  });
}
