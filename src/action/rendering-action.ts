// An action over a cluster file that renders templates/ (SSM scripts, user data, the plan).
// handlebars loads at the first render (src/render/render.ts).
import { TemplateSet } from '../render/render.js';
import { type ClusterActionArgs, clusterAction } from './cluster-action.js';
import type { ActionMain, ClusterFileDefinition, OutputSpecs } from './define-action.js';
import type { InputSpecs } from './inputs.js';

export interface RenderingActionArgs<S extends InputSpecs> extends ClusterActionArgs<S> {
  templates: TemplateSet;
}

export function renderingClusterAction<S extends InputSpecs, O extends OutputSpecs>(
  id: string,
  def: ClusterFileDefinition<S, O, RenderingActionArgs<S>>,
): ActionMain {
  return clusterAction(id, {
    ...def,
    run: (a) => def.run({ ...a, templates: a.deps.templates ?? new TemplateSet() }),
  });
}
