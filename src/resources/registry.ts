// Every kind of resource a cluster has, once, with what each needs made first. The live plan walks
// it forward (a kind plans once the kinds it reads facts from have), teardown walks it backwards (a
// kind goes once everything that uses it is gone), and the cluster-up step graph names the kinds
// each step makes, checked against these edges. Adding a kind: its module, and one entry here.
import { groups } from './groups.js';
import { images } from './images-kind.js';
import type { ResourceKind } from './kind.js';
import { launchTemplates } from './launch-templates.js';
import { loadBalancing } from './load-balancing.js';
import { machines } from './machines.js';
import { master } from './master.js';
import { parameters } from './parameters.js';
import { securityGroups } from './security-groups.js';

/** In the order the plan lists them (not an order of dependencies: `waves` computes that). */
export const KIND_IDS = [
  'security-groups',
  'machines',
  'images',
  'load-balancing',
  'master',
  'launch-templates',
  'groups',
  'parameters',
] as const;
export type KindId = (typeof KIND_IDS)[number];

export interface KindEntry {
  // biome-ignore lint/suspicious/noExplicitAny: each kind has its own plan input, facts and findings
  kind: ResourceKind<any, any, any>;
  /** The kinds this one needs first: their facts (ids, DNS names) or resources (an image's machine). */
  after: readonly KindId[];
}

export const KINDS: Readonly<Record<KindId, KindEntry>> = {
  parameters: { kind: parameters, after: [] },
  'security-groups': { kind: securityGroups, after: [] },
  // Launched into the performance security group; prepared with the stored secrets.
  machines: { kind: machines, after: ['security-groups', 'parameters'] },
  'load-balancing': { kind: loadBalancing, after: ['security-groups'] },
  // Baked from an instance, which may be one of the machines.
  images: { kind: images, after: ['machines'] },
  // Its .env names the load balancers, the machines' addresses and the secrets.
  master: { kind: master, after: ['machines', 'load-balancing', 'security-groups', 'parameters'] },
  'launch-templates': {
    kind: launchTemplates,
    after: ['images', 'security-groups', 'master', 'machines', 'load-balancing'],
  },
  groups: { kind: groups, after: ['launch-templates', 'load-balancing'] },
};

/** Every kind `id` needs, directly or through others. */
export function needsOf(id: KindId): Set<KindId> {
  const out = new Set<KindId>();
  const visit = (k: KindId) => {
    for (const n of KINDS[k].after)
      if (!out.has(n)) {
        out.add(n);
        visit(n);
      }
  };
  visit(id);
  return out;
}

/**
 * The kinds in waves: forward, each wave needs only earlier waves (made, or planned, in parallel
 * within a wave); reverse, each wave is used by no later one (removed in parallel within a wave).
 */
export function waves(direction: 'forward' | 'reverse'): KindId[][] {
  const edge = (k: KindId): readonly KindId[] =>
    direction === 'forward' ? KINDS[k].after : KIND_IDS.filter((d) => KINDS[d].after.includes(k));
  const out: KindId[][] = [];
  const done = new Set<KindId>();
  while (done.size < KIND_IDS.length) {
    const wave = KIND_IDS.filter((k) => !done.has(k) && edge(k).every((d) => done.has(d)));
    if (wave.length === 0)
      throw new Error(`the kinds' edges have a cycle among ${KIND_IDS.filter((k) => !done.has(k))}`);
    for (const k of wave) done.add(k);
    out.push(wave);
  }
  return out;
}
