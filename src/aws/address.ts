// What an AWS call is about, as data: the kind of resource and its name (with its id, cluster,
// container and field where those matter), so an error, a log line or a saved plan can name the
// very resource and field. `describeAddress` is the one place that turns it into words.

/** The kinds of resource the toolkit writes, each with how people read it (singular, plural). */
const KINDS = {
  'security-group': ['security group', 'security groups'],
  'load-balancer': ['load balancer', 'load balancers'],
  'target-group': ['target group', 'target groups'],
  listener: ['listener', 'listeners'],
  'launch-template': ['launch template', 'launch templates'],
  'auto-scaling-group': ['group', 'groups'],
  image: ['image', 'images'],
  snapshot: ['snapshot', 'snapshots'],
  /** A stand-alone machine (database, issuer, Locust, mediator): named by its role. */
  machine: ['machine', 'machines'],
  /** The Locust master instance the cluster configures (built by hand or one of the machines). */
  'locust-master': ['Locust master', 'Locust masters'],
  /** An instance of the cluster's groups. */
  instance: ['instance', 'instances'],
  parameter: ['parameter', 'parameters'],
  /** An SSM Run Command: named by its comment. */
  command: ['command', 'commands'],
} as const satisfies Record<string, readonly [string, string]>;

export type AddressKind = keyof typeof KINDS;
export const ADDRESS_KINDS = Object.keys(KINDS) as [AddressKind, ...AddressKind[]];

export interface Address {
  kind: AddressKind;
  /**
   * What the toolkit calls it: a group's, template's, load balancer's or parameter's name, a
   * machine's role, a listener's port, a command's comment; AWS's id where the toolkit has only that.
   */
  name: string;
  /** AWS's id, beside a name that is not the id (a machine's instance id). */
  id?: string;
  /** The cluster, where the name does not carry it (a machine's role, a cluster's instances). */
  cluster?: string;
  /** What it belongs to: a listener's load balancer, a snapshot's image, a security group's VPC, a command's targets. */
  in?: string;
  /** The part of the resource a write sets when it is not the resource as a whole (the `expiry` tag). */
  field?: string;
  /** For people only: what it holds or where it comes from, shown in parentheses. */
  note?: string;
}

/** What a call is about: one resource, several (one write on many), or, for reads, words. */
export type About = Address | readonly Address[] | string;

function one(a: Address): string {
  const label = KINDS[a.kind][0];
  const base =
    a.kind === 'listener'
      ? `listener ${a.in ? `${a.in}:` : ''}${a.name}`
      : a.kind === 'snapshot'
        ? `snapshot ${a.name}${a.in ? ` of ${a.in}` : ''}`
        : a.kind === 'security-group'
          ? `security group ${a.name}${a.in ? ` in ${a.in}` : ''}`
          : a.kind === 'command'
            ? `${a.in ?? 'instances'} ("${a.name}")`
            : `${label} ${a.name}`;
  // A machine reads "machine issuer i-0abc": its role, then its instance.
  const id = a.id === undefined ? '' : a.kind === 'machine' ? ` ${a.id}` : ` (${a.id})`;
  return `${a.field ? `${a.field} of ` : ''}${base}${id}${a.cluster ? ` of ${a.cluster}` : ''}${a.note ? ` (${a.note})` : ''}`;
}

/**
 * An address in words, as errors and logs name it: "group perf-acapy", "listener perf-admin:8080",
 * "machine issuer of perf", "expiry of parameter /akrida-ops/perf/x". Several addresses are
 * counted: "expiry of 5 resources of perf", "3 instances of perf".
 */
export function describeAddress(about: About): string {
  if (typeof about === 'string') return about;
  if (!isList(about)) return one(about);
  const [first, ...rest] = about;
  if (!first) return 'no resources';
  if (rest.length === 0) return one(first);
  const same = <K extends keyof Address>(k: K) =>
    rest.every((a) => a[k] === first[k]) ? first[k] : undefined;
  const kind = same('kind');
  const field = same('field');
  const cluster = same('cluster');
  return `${field ? `${field} of ` : ''}${about.length} ${kind ? KINDS[kind][1] : 'resources'}${cluster ? ` of ${cluster}` : ''}`;
}

/** The addresses a call is about (none for words). */
export function addressesOf(about: About): readonly Address[] {
  return typeof about === 'string' ? [] : isList(about) ? about : [about];
}

const isList = (about: Address | readonly Address[]): about is readonly Address[] => Array.isArray(about);
