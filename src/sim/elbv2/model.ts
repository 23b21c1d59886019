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
  /** Where its default action forwards; none while it answers a fixed response instead. */
  targetGroupArn?: string;
  fixedResponse?: { statusCode: string; contentType?: string; messageBody?: string };
  /** HTTPS: the default certificate's ARN and the security policy. */
  certificateArn?: string;
  sslPolicy?: string;
  tags: Tags;
  createdAt: number;
}

/** An ACM certificate of the account in this region, as a listener may name it. */
export interface SimCertificate {
  arn: string;
  /** The names it covers (its domain name and subject alternative names; `*.` wildcards). */
  domains: string[];
}

/** Whether a certificate covers a host name (a wildcard covers one label). */
export function covers(cert: SimCertificate, host: string): boolean {
  const h = host.toLowerCase();
  return cert.domains.some((d) => {
    const name = d.toLowerCase();
    return name.startsWith('*.') ? h.split('.').slice(1).join('.') === name.slice(2) : h === name;
  });
}

export type TargetState = 'initial' | 'healthy' | 'unhealthy' | 'unused' | 'draining' | 'unavailable';

/** Load balancer and target group names: 1-32 letters, digits or hyphens. */
export const ELB_NAME = /^(?!-)(?!internal-)[A-Za-z0-9-]{1,32}(?<!-)$/;
