// What an action needs from earlier steps, found again by tags when it is not passed in: so each
// action can run on its own (re-run one step, resume after a failure) with only the cluster file.
import type { AwsContext } from '../aws/context.js';
import {
  findImages,
  findLaunchTemplates,
  findLoadBalancing,
  findSecurityGroups,
  newestAvailable,
  selector,
} from '../aws/discover.js';
import { AwsOperationError } from '../aws/errors.js';
import { required } from '../aws/required.js';
import type { Cluster } from '../config/schema.js';
import type { ImageRole } from '../resources/images.js';
import type { Tier } from '../resources/launch-templates.js';
import { type LoadBalancerKind, ofKind } from '../resources/load-balancing.js';

function missing(what: string, step: string): never {
  throw new AwsOperationError(
    'Describe',
    what,
    'NotFound',
    `no ${what} tagged for this cluster`,
    `run the ${step} step first`,
  );
}

export async function securityGroupId(
  ctx: AwsContext,
  c: Cluster,
  role: 'lb-sg' | 'perf-sg',
): Promise<string> {
  const [g] = await findSecurityGroups(ctx.clients, selector(c.name, role));
  return g?.GroupId ?? missing(`security group ${role}`, 'ensure-security-groups');
}

export interface FoundLoadBalancer {
  dns: string;
  lbArn: string;
  tgArn: string;
}

/** Both ACA-Py load balancers with their target groups, from one listing. */
export async function loadBalancers(
  ctx: AwsContext,
  c: Cluster,
): Promise<Record<LoadBalancerKind, FoundLoadBalancer>> {
  const found = await findLoadBalancing(ctx.clients, selector(c.name));
  const one = (kind: LoadBalancerKind): FoundLoadBalancer => {
    const { lb, tg } = ofKind(found, kind);
    if (!lb || !tg) missing(`${kind} load balancer`, 'ensure-load-balancer');
    const what = `${kind} load balancer of ${c.name}`;
    return {
      dns: required(lb.DNSName, 'DNSName', 'DescribeLoadBalancers', what),
      lbArn: required(lb.LoadBalancerArn, 'LoadBalancerArn', 'DescribeLoadBalancers', what),
      tgArn: required(tg.TargetGroupArn, 'TargetGroupArn', 'DescribeTargetGroups', what),
    };
  };
  return { admin: one('admin'), transport: one('transport') };
}

export async function newestImage(ctx: AwsContext, c: Cluster, role: ImageRole): Promise<string> {
  const newest = newestAvailable(await findImages(ctx.clients, selector(c.name, `${role}-image`)));
  return newest?.ImageId ?? missing(`${role} image`, 'create-ami');
}

export async function templateId(ctx: AwsContext, c: Cluster, tier: Tier): Promise<string> {
  const [t] = await findLaunchTemplates(ctx.clients, selector(c.name, `${tier}-template`));
  return t?.LaunchTemplateId ?? missing(`${tier} launch template`, 'render-launch-template');
}
