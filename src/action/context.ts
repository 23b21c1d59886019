// How an action reaches AWS: injected clients and clock (tests, the local runner with its
// simulated AWS), or real clients for the cluster's region and the system clock on GitHub.

import { type AwsClients, makeClients } from '../aws/clients.js';
import type { AwsContext } from '../aws/context.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { type Clock, SYSTEM_CLOCK } from '../time/clock.js';
import type { LockClient } from './cluster-lock.js';
import { io } from './io.js';
import type { CommentsClient } from './pull-request.js';

export interface ActionDeps {
  clients?: AwsClients;
  clock?: Clock;
  templates?: TemplateSet;
  /** Process environment: workflow secrets arrive here. */
  env?: Record<string, string | undefined>;
  /** Comments on the run's pull request (GitHub's API when absent). */
  comments?: CommentsClient;
  /** The run's pull request and the cluster locks of its repository (GitHub's API when absent). */
  locks?: LockClient;
  /** Where the checkout keeps cluster files (`clusters`); tests point it at a scratch copy. */
  clustersDir?: string;
}

export function awsContext(cluster: Cluster, deps: ActionDeps = {}): AwsContext {
  return regionContext(cluster.region, deps);
}

/** The context for one region, for actions over a region rather than a cluster (the sweeper). */
export function regionContext(region: string, deps: ActionDeps = {}): AwsContext {
  return {
    clients: deps.clients ?? makeClients({ region, debug: (l) => io().debug(l) }),
    clock: deps.clock ?? SYSTEM_CLOCK,
    log: (line) => io().info(line),
    warn: (line) => io().warning(line),
  };
}
