// The one shape of an entry point: declared inputs read and checked before any work, a typed
// function doing the work, then its outputs, its job summary and, last, its failure. Nothing here
// reaches AWS (cluster-action.ts adds that), so AWS-free actions stay quick to start.
// The definition is also the action's interface: action.yml and docs/actions/<name>.md are
// generated from it (src/action-meta.ts), and the drift test fails when they differ.
import type { LoadedCluster } from '../config/load.js';
import type { Cluster } from '../config/schema.js';
import { loadClusterInput, runAction } from './adapter.js';
import type { ActionDeps } from './context.js';
import { type InputSpecs, type InputValues, readInputs } from './inputs.js';
import { io } from './io.js';

/** The action's outputs, each with action.yml's description. */
export type OutputSpecs = Record<string, string>;

/** What an action reports when its work is done. */
export interface ActionResult<O extends OutputSpecs = OutputSpecs> {
  /** Step outputs, only those the definition declares; undefined ones are not set. */
  outputs?: { [K in keyof O]?: string | number | boolean | undefined };
  /** Markdown appended to the job summary. */
  summary?: string | undefined;
  /** The step fails with this message, after its outputs and summary are written. */
  failure?: string | undefined;
}

/** An action's interface as action.yml declares it. */
export interface ActionInterface {
  /** The action's folder under actions/, and its output group. */
  id: string;
  /** action.yml's `name`: what it does, in a few words. */
  title: string;
  description: string;
  /** Every input in order, with action.yml's description and required or default. */
  inputs: { name: string; description: string; declared: { required: true } | { default: string } }[];
  outputs: OutputSpecs;
}

/** An action's entry point, as GitHub (through lib/<id>.js), the local runner and the tests call it, with its interface. */
export type ActionMain = ((deps?: ActionDeps) => Promise<void>) & { readonly definition: ActionInterface };

export interface ActionArgs<S extends InputSpecs> {
  inputs: InputValues<S>;
  deps: ActionDeps;
}

export interface ClusterFileArgs<S extends InputSpecs> extends ActionArgs<S> {
  loaded: LoadedCluster;
  cluster: Cluster;
}

export interface Definition<S extends InputSpecs, O extends OutputSpecs, A> {
  /** action.yml's `name`. */
  title: string;
  description: string;
  inputs: S;
  outputs: O;
  run: (args: A) => Promise<ActionResult<O>>;
}

/** What action.yml says of the `cluster` input, unless the definition says more. */
export const CLUSTER_INPUT = 'Path of the cluster file, e.g. clusters/perf.yml.';

export interface ClusterFileDefinition<S extends InputSpecs, O extends OutputSpecs, A>
  extends Definition<S, O, A> {
  /** action.yml's description of the `cluster` input (CLUSTER_INPUT when absent). */
  cluster?: string;
}

function describe(
  id: string,
  def: Definition<InputSpecs, OutputSpecs, never>,
  cluster?: string,
): ActionInterface {
  const inputs = Object.entries(def.inputs).map(([name, spec]) => ({
    name,
    description: spec.description,
    declared: spec.declared,
  }));
  if (cluster !== undefined) {
    if (def.inputs.cluster)
      throw new Error(`${id}: the cluster input is the cluster file's, declared for it`);
    inputs.unshift({ name: 'cluster', description: cluster, declared: { required: true } });
  }
  return { id, title: def.title, description: def.description, inputs, outputs: def.outputs };
}

const withDefinition = (main: (deps?: ActionDeps) => Promise<void>, definition: ActionInterface) =>
  Object.assign(main, { definition }) as ActionMain;

/** An action that needs no cluster file (list-clusters, sweep-expired, comment-plan). */
export function defineAction<S extends InputSpecs, O extends OutputSpecs>(
  id: string,
  def: Definition<S, O, ActionArgs<S>>,
): ActionMain {
  const definition = describe(id, def as Definition<InputSpecs, OutputSpecs, never>);
  return withDefinition(
    (deps = {}) =>
      runAction(id, async () => report(definition, await def.run({ inputs: readInputs(def.inputs), deps }))),
    definition,
  );
}

/** An action over the cluster file in its `cluster` input, loaded and validated first. */
export function clusterFileAction<S extends InputSpecs, O extends OutputSpecs>(
  id: string,
  def: ClusterFileDefinition<S, O, ClusterFileArgs<S>>,
): ActionMain {
  const definition = describe(
    id,
    def as Definition<InputSpecs, OutputSpecs, never>,
    def.cluster ?? CLUSTER_INPUT,
  );
  return withDefinition(
    (deps = {}) =>
      runAction(id, async () => {
        const loaded = loadClusterInput();
        const inputs = readInputs(def.inputs);
        await report(definition, await def.run({ loaded, cluster: loaded.cluster, inputs, deps }));
      }),
    definition,
  );
}

async function report(definition: ActionInterface, r: ActionResult): Promise<void> {
  const outputs = Object.entries(r.outputs ?? {});
  // Typed to the declared outputs; this also catches one set under a computed name.
  const undeclared = outputs.filter(([k]) => !Object.hasOwn(definition.outputs, k)).map(([k]) => k);
  if (undeclared.length)
    throw new Error(`${definition.id} set outputs its definition does not declare: ${undeclared.join(', ')}`);
  for (const [k, v] of outputs) if (v !== undefined) io().setOutput(k, String(v));
  if (r.summary) await io().summary.addRaw(r.summary).write();
  if (r.failure) throw new Error(r.failure);
}
