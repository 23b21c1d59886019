// What the simulated ELBv2 holds: load balancers, target groups with their health checks, listeners.
import type { SimInstance } from '../ec2.js';
import type { Tags } from '../world.js';

/** Whether an instance answers HTTP 200 on a port and path, and how long after boot it starts. */
export interface HttpModel {
  bootSeconds(inst: SimInstance): number;
  serves(inst: SimInstance, port: number, path: string): boolean;
}

export interface SimLoadBalancer {
  arn: string;
  name: string;
  dns: string;
  scheme: string;
  type: string;
  subnets: string[];
  securityGroups: string[];
  vpcId: string;
  activeAt: number;
  tags: Tags;
  createdAt: number;
}

export interface SimTargetGroup {
  arn: string;
  name: string;
  protocol: string;
  port: number;
  vpcId: string;
  healthCheck: {
    path: string;
    port: string;
    interval: number;
    timeout: number;
    healthy: number;
    unhealthy: number;
    matcher: string;
  };
  targets: Map<string, { port: number; registeredAt: number }>;
  tags: Tags;
  createdAt: number;
}

export interface SimListener {
  arn: string;
  lbArn: string;
  port: number;
  protocol: string;
  targetGroupArn: string;
  tags: Tags;
  createdAt: number;
}

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

/** Load balancer and target group names: 1-32 letters, digits or hyphens. */
export const ELB_NAME = /^(?!-)(?!internal-)[A-Za-z0-9-]{1,32}(?<!-)$/;
