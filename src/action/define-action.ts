// The one shape of an entry point: declared inputs read and checked before any work, a typed
// function doing the work, then its outputs, its job summary and, last, its failure. Nothing here
// reaches AWS (cluster-action.ts adds that), so AWS-free actions stay quick to start.
import type { LoadedCluster } from '../config/load.js';
import type { Cluster } from '../config/schema.js';
import { loadClusterInput, runAction } from './adapter.js';
import type { ActionDeps } from './context.js';
import { type InputSpecs, type InputValues, readInputs } from './inputs.js';
import { io } from './io.js';

/** What an action reports when its work is done. */
export interface ActionResult {
  /** Step outputs; undefined ones are not set. */
  outputs?: Record<string, string | number | boolean | undefined>;
  /** Markdown appended to the job summary. */
  summary?: string | undefined;
  /** The step fails with this message, after its outputs and summary are written. */
  failure?: string | undefined;
}

/** An action's entry point, as GitHub (through index.ts), the local runner and the tests call it. */
export type ActionMain = (deps?: ActionDeps) => Promise<void>;

export interface ActionArgs<S extends InputSpecs> {
  inputs: InputValues<S>;
  deps: ActionDeps;
}

export interface ClusterFileArgs<S extends InputSpecs> extends ActionArgs<S> {
  loaded: LoadedCluster;
  cluster: Cluster;
}

interface Definition<S extends InputSpecs, A> {
  inputs: S;
  run: (args: A) => Promise<ActionResult>;
}

/** An action that needs no cluster file (list-clusters, sweep-expired, comment-plan). */
export function defineAction<S extends InputSpecs>(
  name: string,
  def: Definition<S, ActionArgs<S>>,
): ActionMain {
  return (deps = {}) =>
    runAction(name, async () => report(await def.run({ inputs: readInputs(def.inputs), deps })));
}

/** An action over the cluster file in its `cluster` input, loaded and validated first. */
export function clusterFileAction<S extends InputSpecs>(
  name: string,
  def: Definition<S, ClusterFileArgs<S>>,
): ActionMain {
  return (deps = {}) =>
    runAction(name, async () => {
      const loaded = loadClusterInput();
      const inputs = readInputs(def.inputs);
      await report(await def.run({ loaded, cluster: loaded.cluster, inputs, deps }));
    });
}

async function report(r: ActionResult): Promise<void> {
  for (const [k, v] of Object.entries(r.outputs ?? {})) if (v !== undefined) io().setOutput(k, String(v));
  if (r.summary) await io().summary.addRaw(r.summary).write();
  if (r.failure) throw new Error(r.failure);
}
