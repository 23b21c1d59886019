// The one shape every AWS resource kind has here: what the cluster wants against what exists
// (found by tags) gives the plan's changes; apply makes exactly those; destroy removes what the
// kind found. Live plan, the ensure steps, teardown and the sweeper are compositions of kinds.
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import type { FieldChange } from './provider.js';

export type ChangeAction = 'add' | 'change' | 'remove';

export interface PlannedChange {
  action: ChangeAction;
  resource: string;
  details: string[];
  diff?: string;
  /** The resource as data: what the apply's writes name, so the approved plan can hold them to it. */
  address: Address;
  /** The fields an update sets (before and after), or an add makes (after), for kinds that are providers. */
  fields?: FieldChange[];
}

/** A script the apply sends through SSM, and whether it will run. */
export interface PlannedScript {
  /** The script's id in src/render/scripts.ts, for the copy of what last ran. */
  id?: string;
  title: string;
  runs: boolean;
  why: string;
  script: string;
  /** Against the copy of what the cluster last ran, when one was kept. */
  diff?: string;
}

/**
 * What a plan read at one address: the fields its decisions depend on, as AWS had them, or none
 * when nothing was there. A saved plan keeps a fingerprint of each, so an apply can tell what moved.
 */
export interface Observation {
  address: Address;
  fields?: Record<string, unknown>;
}

/** A kind's part of the plan, and the facts later kinds need (ids, DNS names) when they exist. */
export interface KindPlan<Facts> {
  changes: PlannedChange[];
  unchanged: string[];
  facts: Facts;
  observed: Observation[];
  /** What the apply leaves as it is and the reader should know (instances left on an old version). */
  notes?: string[];
}

/** A resource of a cluster as teardown lists it. */
export interface TeardownItem {
  kind: string;
  id: string;
  name: string;
  action: 'delete' | 'scale to zero' | 'stop' | 'terminate' | 'detach security group';
}

export interface DestroyOptions {
  /** How long "still in use" answers are retried before giving up. */
  timeoutMs: number;
}

/**
 * One kind of resource. `plan` makes describe calls only; `apply` (each kind's ensure, whose
 * inputs are the step's) mutates only what `plan` would list; `find` and `destroy` serve teardown
 * and the sweeper, which know a cluster by its name alone.
 */
export interface ResourceKind<PlanInput, Facts, Found> {
  readonly kind: string;
  plan(ctx: AwsContext, c: Cluster, input: PlanInput): Promise<KindPlan<Facts>>;
  find(ctx: AwsContext, cluster: string): Promise<Found>;
  items(found: Found): TeardownItem[];
  destroy(ctx: AwsContext, found: Found, opts: DestroyOptions): Promise<void>;
}

/** "change" when there are details, else the resource is unchanged: the common plan entry. */
export function changeOrKeep(
  out: { changes: PlannedChange[]; unchanged: string[] },
  resource: string,
  address: Address,
  details: string[],
  unchangedAs = resource,
): void {
  if (details.length) out.changes.push({ action: 'change', resource, details, address });
  else out.unchanged.push(unchangedAs);
}
