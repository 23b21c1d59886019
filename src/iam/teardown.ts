// The teardown role: what cluster-down (destroy and scale-to-zero) and cluster-sweep call, and the
// grants that differ from the deploy role's (the rest are the table's own: describes, and deletes
// already held to our tags). It creates nothing: no Create*, RunInstances, Put*, AddTags or
// SendCommand (test/iam/denials.test.ts shows each refused).
import type { Grant } from './actions.js';

/** The operations the IAM day's cluster-down runs and sweep make (test/iam/policies.test.ts holds them equal). */
export const TEARDOWN_OPERATIONS = [
  'AutoScaling:DeleteAutoScalingGroup',
  'AutoScaling:DescribeAutoScalingGroups',
  'AutoScaling:UpdateAutoScalingGroup',
  'EC2:DeleteLaunchTemplate',
  'EC2:DeleteSecurityGroup',
  'EC2:DeleteSnapshot',
  'EC2:DeleteTags',
  'EC2:DeregisterImage',
  'EC2:DescribeImages',
  'EC2:DescribeInstances',
  'EC2:DescribeLaunchTemplateVersions',
  'EC2:DescribeLaunchTemplates',
  'EC2:DescribeSecurityGroupRules',
  'EC2:DescribeSecurityGroups',
  'EC2:ModifyInstanceAttribute',
  'EC2:RevokeSecurityGroupIngress',
  'EC2:StopInstances',
  'EC2:TerminateInstances',
  'ElasticLoadBalancingV2:DeleteListener',
  'ElasticLoadBalancingV2:DeleteLoadBalancer',
  'ElasticLoadBalancingV2:DeleteTargetGroup',
  'ElasticLoadBalancingV2:DescribeListeners',
  'ElasticLoadBalancingV2:DescribeLoadBalancers',
  'ElasticLoadBalancingV2:DescribeTags',
  'ElasticLoadBalancingV2:DescribeTargetGroups',
  'SSM:DeleteParameter',
  'SSM:DescribeParameters',
  'SSM:ListTagsForResource',
];

/** Where the teardown role's grant is narrower than the deploy role's. */
export const TEARDOWN_OVERRIDES: Record<string, readonly Grant[]> = {
  // Scale to zero only; without a launch template in the request AWS asks for no ec2:RunInstances.
  'AutoScaling:UpdateAutoScalingGroup': [['autoscaling:UpdateAutoScalingGroup', 'TeardownScaleToZero']],
  'EC2:StopInstances': [['ec2:StopInstances', 'TeardownInstances']],
  'EC2:TerminateInstances': [['ec2:TerminateInstances', 'TeardownInstances']],
  // The Locust master is the operator's: teardown takes back only our tag and security group.
  'EC2:DeleteTags': [['ec2:DeleteTags', 'PreparedInstances']],
  'ElasticLoadBalancingV2:DeleteListener': [['elasticloadbalancing:DeleteListener', 'TeardownLoadBalancing']],
  'ElasticLoadBalancingV2:DeleteLoadBalancer': [
    ['elasticloadbalancing:DeleteLoadBalancer', 'TeardownLoadBalancing'],
  ],
  'ElasticLoadBalancingV2:DeleteTargetGroup': [
    ['elasticloadbalancing:DeleteTargetGroup', 'TeardownLoadBalancing'],
  ],
  'SSM:DeleteParameter': [['ssm:DeleteParameter', 'TeardownParameters']],
  'SSM:ListTagsForResource': [['ssm:ListTagsForResource', 'TeardownParameters']],
};
