// How each kind of the registry plans inside the live plan: what it reads from the facts of the
// kinds it comes after. The registry's edges say the order; these adapters say what flows.
import type { AwsContext } from '../aws/context.js';
import { resourceNames } from '../cluster/resources.js';
import type { RunOptions } from '../cluster/run-options.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { groups } from '../resources/groups.js';
import { type ImageFacts, images } from '../resources/images-kind.js';
import type { KindPlan } from '../resources/kind.js';
import { launchTemplates, type TemplateFacts } from '../resources/launch-templates.js';
import { LOAD_BALANCER_KINDS, type LoadBalancingFacts, loadBalancing } from '../resources/load-balancing.js';
import { plannedMachineFacts } from '../resources/machine-facts.js';
import { type Preparation, preparations } from '../resources/machine-prepare.js';
import { type MachinesFacts, machines, roleAddress } from '../resources/machines.js';
import { type MasterFacts, master } from '../resources/master.js';
import { parameters } from '../resources/parameters.js';
import type { KindId } from '../resources/registry.js';
import { type SecurityGroupFacts, securityGroups } from '../resources/security-groups.js';
import { NEW_VALUE } from '../resources/value-placeholders.js';

/** What each kind's plan hands to the kinds after it. */
export interface PlanFacts {
  'security-groups': SecurityGroupFacts;
  machines: MachinesFacts & { made: Partial<ClusterFacts>; preps: Preparation[] };
  images: ImageFacts;
  'load-balancing': LoadBalancingFacts;
  master: MasterFacts;
  'launch-templates': TemplateFacts;
  groups: undefined;
  parameters: undefined;
}

export interface PlanEnv {
  templates: TemplateSet;
  /** The run's options: a worker count, images baked again, instances refreshed. */
  run: RunOptions;
  /** The facts of the kinds planned so far; the registry's edges guarantee those a kind reads. */
  facts: Partial<PlanFacts>;
}

const need = <K extends KindId>(env: PlanEnv, k: K): PlanFacts[K] => {
  const f = env.facts[k];
  if (f === undefined && k !== 'groups' && k !== 'parameters')
    throw new Error(
      `planned out of order: the facts of ${k} are not there yet (see src/resources/registry.ts)`,
    );
  return f as PlanFacts[K];
};

type Planner<K extends KindId> = (
  ctx: AwsContext,
  c: Cluster,
  env: PlanEnv,
) => Promise<KindPlan<PlanFacts[K]>>;

export const PLANNERS: { [K in KindId]: Planner<K> } = {
  'security-groups': (ctx, c) => securityGroups.plan(ctx, c, undefined),
  parameters: (ctx, c) => parameters.plan(ctx, c, undefined),
  'load-balancing': (ctx, c, env) =>
    loadBalancing.plan(ctx, c, { lbSg: need(env, 'security-groups')['lb-sg'] }),
  images: (ctx, c, env) => images.plan(ctx, c, { templates: env.templates, rebuild: env.run.rebuildImages }),
  // The machines, the facts they give the .env files, and whether each is prepared again.
  machines: async (ctx, c, env) => {
    const p = await machines.plan(ctx, c, { perfSg: need(env, 'security-groups')['perf-sg'] });
    const made = await plannedMachineFacts(ctx, c, Promise.resolve(Object.values(p.facts.byRole)));
    const preps = preparations(env.templates, c, p.facts.byRole);
    // Ids the issuer's preparation may make anew are unknown until it ran: the plan shows placeholders.
    if (preps.some((x) => x.idsChange) && made.ledgerIds) made.ledgerIds = OFFLINE_FACTS.ledgerIds;
    // A machine prepared again is a change too, even when nothing else about it changes.
    for (const x of preps) {
      const resource = `machine ${x.role} ${x.instanceId}`;
      if (!x.runs || !x.instanceId || p.changes.some((ch) => ch.resource === resource)) continue;
      p.unchanged = p.unchanged.filter((u) => u !== resource);
      p.changes.push({
        action: 'change',
        resource,
        details: [`prepare it again: ${x.why}`],
        address: roleAddress(c.name, x.role, x.instanceId),
      });
    }
    return { ...p, facts: { ...p.facts, made, preps } };
  },
  master: (ctx, c, env) => {
    const lb = need(env, 'load-balancing');
    return master.plan(ctx, c, {
      templates: env.templates,
      perfSg: need(env, 'security-groups')['perf-sg'],
      dns: { admin: lb.admin?.dns, transport: lb.transport?.dns },
      machineFacts: need(env, 'machines').made,
    });
  },
  'launch-templates': (ctx, c, env) => {
    const m = need(env, 'master');
    return launchTemplates.plan(ctx, c, {
      templates: env.templates,
      imageIds: need(env, 'images').ids,
      perfSg: need(env, 'security-groups')['perf-sg'],
      facts: {
        ...need(env, 'machines').made,
        adminDns: m.adminDns,
        transportDns: m.transportDns,
        masterPrivateIp: m.privateIp,
      },
    });
  },
  groups: (ctx, c, env) => {
    const tgs = need(env, 'load-balancing').targetGroupArns ?? {};
    return groups.plan(ctx, c, {
      templates: need(env, 'launch-templates'),
      run: env.run,
      // A target group to make (or made anew) is named by its own name: only it can fill the place.
      targetGroupArns: LOAD_BALANCER_KINDS.map(
        (k) => tgs[k] ?? NEW_VALUE.targetGroup(resourceNames(c)[k === 'admin' ? 'adminTg' : 'transportTg']),
      ),
    });
  },
};
