// How an action reaches AWS: injected clients and clock (tests, the local runner with its
// simulated AWS), or real clients for the cluster's region and the system clock on GitHub.
import * as core from '@actions/core';
import { type AwsClients, makeClients } from '../aws/clients.js';
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import { TemplateSet } from '../render/render.js';
import { type Clock, SYSTEM_CLOCK } from '../sim/clock.js';

export interface ActionDeps {
  clients?: AwsClients;
  clock?: Clock;
  templates?: TemplateSet;
  /** Process environment: workflow secrets arrive here. */
  env?: Record<string, string | undefined>;
}

export function awsContext(cluster: Cluster, deps: ActionDeps = {}): AwsContext {
  return {
    clients: deps.clients ?? makeClients({ region: cluster.region }),
    clock: deps.clock ?? SYSTEM_CLOCK,
    log: (line) => core.info(line),
  };
}

export function templatesOf(deps: ActionDeps = {}): TemplateSet {
  return deps.templates ?? new TemplateSet();
}

/** A list input: one item per line or comma. */
export function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback?: T): T {
  const v = core.getInput(name) || fallback || '';
  if (!(choices as readonly string[]).includes(v)) {
    throw new Error(`input ${name} must be one of ${choices.join(', ')} (got "${v}")`);
  }
  return v as T;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) ? core.getBooleanInput(name) : fallback;
}
