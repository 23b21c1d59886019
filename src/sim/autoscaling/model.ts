// What the simulated Auto Scaling holds: groups, their instance refreshes and scheduled actions.
import type * as asg from '@aws-sdk/client-auto-scaling';

export interface SimRefresh {
  id: string;
  status: 'Pending' | 'InProgress' | 'Successful' | 'Failed' | 'Cancelled';
  startedAt: number;
  endedAt?: number;
  minHealthyPercentage: number;
  replaced: number;
  toReplace: number;
}

export interface SimScheduled {
  name: string;
  arn: string;
  startAt: number;
  min?: number;
  max?: number;
  desired?: number;
  done: boolean;
}

/** A mixed-instances group's policy (MixedInstancesPolicy), its launch template aside. */
export interface SimMixed {
  overrides: string[];
  onDemandBase: number;
  onDemandPercent: number;
  spotStrategy: string;
  onDemandStrategy: string;
}

export interface SimGroup {
  name: string;
  arn: string;
  lt: { id: string; name: string; version: string };
  /** Set for a mixed-instances group; `lt` is then its policy's launch template. */
  mixed?: SimMixed;
  capacityRebalance: boolean;
  min: number;
  max: number;
  desired: number;
  subnets: string[];
  targetGroupArns: string[];
  healthCheckType: string;
  grace: number;
  warmup: number | undefined;
  metrics: Set<string>;
  tags: Map<string, { value: string; propagate: boolean }>;
  instances: Set<string>;
  refreshes: SimRefresh[];
  scheduled: SimScheduled[];
  activities: asg.Activity[];
  deleting: boolean;
  createdAt: number;
}
