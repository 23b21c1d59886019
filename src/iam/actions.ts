// Every AWS operation the toolkit calls, with the IAM actions AWS authorizes for it and the
// statement (resource ARNs and condition keys) that grants each. One table: the policies in iam/
// are generated from it (src/iam/policies.ts) and the simulated AWS enforces them
// (src/sim/iam-enforcer.ts), so a grant that is too narrow fails the end-to-end scenarios.

import type { Sid } from './statements.js';

export {
  type Placeholder,
  type Sid,
  STATEMENTS,
  type StatementSpec,
  type Target,
} from './statements.js';

/** One IAM action a call needs, granted by one statement. */
export type Grant = readonly [action: string, sid: Sid];

const describe = (action: string): Grant[] => [[action, 'Describe']];
/** ec2:RunInstances, one grant per resource type of a launch (statements.ts says why). */
const launch: Grant[] = (
  ['LaunchTagged', 'LaunchImage', 'LaunchInVpc', 'LaunchOurs', 'LaunchVolume'] as const
).map((sid) => ['ec2:RunInstances', sid]);

/** `Service:Operation` (as the SDK and the simulator's ledger name them) → what it needs. */
export const OPERATIONS: Record<string, readonly Grant[]> = {
  'EC2:DescribeImages': describe('ec2:DescribeImages'),
  'EC2:DescribeInstances': describe('ec2:DescribeInstances'),
  // A machine's root volume size, compared with machines.<role>.diskGiB.
  'EC2:DescribeVolumes': describe('ec2:DescribeVolumes'),
  'EC2:DescribeLaunchTemplates': describe('ec2:DescribeLaunchTemplates'),
  'EC2:DescribeLaunchTemplateVersions': describe('ec2:DescribeLaunchTemplateVersions'),
  'EC2:DescribeSecurityGroups': describe('ec2:DescribeSecurityGroups'),
  'EC2:DescribeSecurityGroupRules': describe('ec2:DescribeSecurityGroupRules'),
  // The Spot price of the workers' types (the cost of a cluster with Spot workers, and of its runs).
  'EC2:DescribeSpotPriceHistory': describe('ec2:DescribeSpotPriceHistory'),
  'EC2:CreateSecurityGroup': [
    ['ec2:CreateSecurityGroup', 'Ec2CreateTagged'],
    ['ec2:CreateSecurityGroup', 'Ec2CreateInVpc'],
    ['ec2:CreateTags', 'Ec2TagOnCreate'],
  ],
  'EC2:AuthorizeSecurityGroupIngress': [['ec2:AuthorizeSecurityGroupIngress', 'Ec2Ours']],
  'EC2:RevokeSecurityGroupIngress': [['ec2:RevokeSecurityGroupIngress', 'Ec2Ours']],
  'EC2:DeleteSecurityGroup': [['ec2:DeleteSecurityGroup', 'Ec2Ours']],
  'EC2:CreateLaunchTemplate': [
    ['ec2:CreateLaunchTemplate', 'Ec2CreateTagged'],
    ['ec2:CreateTags', 'Ec2TagOnCreate'],
  ],
  'EC2:CreateLaunchTemplateVersion': [['ec2:CreateLaunchTemplateVersion', 'Ec2Ours']],
  'EC2:ModifyLaunchTemplate': [['ec2:ModifyLaunchTemplate', 'Ec2Ours']],
  'EC2:DeleteLaunchTemplate': [['ec2:DeleteLaunchTemplate', 'Ec2Ours']],
  'EC2:CreateImage': [
    ['ec2:CreateImage', 'Ec2CreateTagged'],
    ['ec2:CreateImage', 'PreparedInstances'],
    ['ec2:CreateTags', 'Ec2TagOnCreate'],
  ],
  'EC2:DeregisterImage': [['ec2:DeregisterImage', 'Ec2Ours']],
  'EC2:DeleteSnapshot': [['ec2:DeleteSnapshot', 'Ec2Ours']],
  // Our security groups' tags follow the cluster file's (a planned change: see security-groups.ts).
  'EC2:CreateTags': [
    ['ec2:CreateTags', 'PreparedInstances'],
    ['ec2:CreateTags', 'GroupInstanceTags'],
    ['ec2:CreateTags', 'MachineVolumes'],
    ['ec2:CreateTags', 'Ec2Ours'],
  ],
  'EC2:DeleteTags': [
    ['ec2:DeleteTags', 'PreparedInstances'],
    ['ec2:DeleteTags', 'GroupInstanceTags'],
    ['ec2:DeleteTags', 'MachineVolumes'],
    ['ec2:DeleteTags', 'Ec2Ours'],
  ],
  'EC2:ModifyInstanceAttribute': [['ec2:ModifyInstanceAttribute', 'PreparedInstances']],
  // A machine's root volume grown to a larger diskGiB.
  'EC2:ModifyVolume': [['ec2:ModifyVolume', 'MachineVolumes']],
  'EC2:DescribeVolumesModifications': describe('ec2:DescribeVolumesModifications'),
  // A machine moved to the instance profile its cluster file gives it (its own, or the issuer's).
  'EC2:DescribeIamInstanceProfileAssociations': describe('ec2:DescribeIamInstanceProfileAssociations'),
  'EC2:ReplaceIamInstanceProfileAssociation': [
    ['ec2:ReplaceIamInstanceProfileAssociation', 'PreparedInstances'],
    ['iam:PassRole', 'PassInstanceRole'],
  ],
  'EC2:AssociateIamInstanceProfile': [
    ['ec2:AssociateIamInstanceProfile', 'PreparedInstances'],
    ['iam:PassRole', 'PassInstanceRole'],
  ],
  'EC2:RunInstances': [...launch, ['ec2:CreateTags', 'MachineTagged'], ['iam:PassRole', 'PassInstanceRole']],
  // The machines carry the akrida:prepare opt-in from their launch, like every instance we touch.
  'EC2:StartInstances': [['ec2:StartInstances', 'PreparedInstances']],
  'EC2:StopInstances': [['ec2:StopInstances', 'PreparedInstances']],
  'EC2:TerminateInstances': [['ec2:TerminateInstances', 'OurMachines']],
  'ElasticLoadBalancingV2:DescribeLoadBalancers': describe('elasticloadbalancing:DescribeLoadBalancers'),
  'ElasticLoadBalancingV2:DescribeTargetGroups': describe('elasticloadbalancing:DescribeTargetGroups'),
  'ElasticLoadBalancingV2:DescribeListeners': describe('elasticloadbalancing:DescribeListeners'),
  'ElasticLoadBalancingV2:DescribeTags': describe('elasticloadbalancing:DescribeTags'),
  'ElasticLoadBalancingV2:DescribeTargetHealth': describe('elasticloadbalancing:DescribeTargetHealth'),
  'ElasticLoadBalancingV2:CreateLoadBalancer': [
    ['elasticloadbalancing:CreateLoadBalancer', 'ElbCreate'],
    ['elasticloadbalancing:AddTags', 'ElbOurs'],
  ],
  'ElasticLoadBalancingV2:CreateTargetGroup': [
    ['elasticloadbalancing:CreateTargetGroup', 'ElbCreate'],
    ['elasticloadbalancing:AddTags', 'ElbOurs'],
  ],
  'ElasticLoadBalancingV2:CreateListener': [['elasticloadbalancing:CreateListener', 'ElbOurs']],
  'ElasticLoadBalancingV2:ModifyListener': [['elasticloadbalancing:ModifyListener', 'ElbOurs']],
  'ElasticLoadBalancingV2:ModifyTargetGroup': [['elasticloadbalancing:ModifyTargetGroup', 'ElbOurs']],
  // A load balancer brought back to the file: its subnets, security groups and tags. AddTags at
  // creation is authorized on the new resource's ARN too, which ElbOurs names.
  'ElasticLoadBalancingV2:SetSubnets': [['elasticloadbalancing:SetSubnets', 'ElbOurs']],
  'ElasticLoadBalancingV2:SetSecurityGroups': [['elasticloadbalancing:SetSecurityGroups', 'ElbOurs']],
  'ElasticLoadBalancingV2:AddTags': [['elasticloadbalancing:AddTags', 'ElbOurs']],
  'ElasticLoadBalancingV2:RemoveTags': [['elasticloadbalancing:RemoveTags', 'ElbOurs']],
  'ElasticLoadBalancingV2:DeleteListener': [['elasticloadbalancing:DeleteListener', 'ElbOurs']],
  'ElasticLoadBalancingV2:DeleteLoadBalancer': [['elasticloadbalancing:DeleteLoadBalancer', 'ElbOurs']],
  'ElasticLoadBalancingV2:DeleteTargetGroup': [['elasticloadbalancing:DeleteTargetGroup', 'ElbOurs']],
  'AutoScaling:DescribeAutoScalingGroups': describe('autoscaling:DescribeAutoScalingGroups'),
  'AutoScaling:DescribeScheduledActions': describe('autoscaling:DescribeScheduledActions'),
  'AutoScaling:DescribeInstanceRefreshes': describe('autoscaling:DescribeInstanceRefreshes'),
  // Why a worker left during a load test (a Spot interruption, a health check).
  'AutoScaling:DescribeScalingActivities': describe('autoscaling:DescribeScalingActivities'),
  // A mixed-instances policy (Spot workers) asks nothing more: AWS checks ec2:RunInstances and
  // iam:PassRole on the launch template as for a plain group, and Auto Scaling's service-linked role
  // makes the Spot requests (confirmed: "Control Amazon EC2 launch template usage in Auto Scaling groups").
  'AutoScaling:CreateAutoScalingGroup': [
    ['autoscaling:CreateAutoScalingGroup', 'AsgCreate'],
    ...launch,
    ['iam:PassRole', 'PassInstanceRole'],
  ],
  'AutoScaling:UpdateAutoScalingGroup': [
    ['autoscaling:UpdateAutoScalingGroup', 'AsgOurs'],
    ...launch,
    ['iam:PassRole', 'PassInstanceRole'],
  ],
  'AutoScaling:EnableMetricsCollection': [['autoscaling:EnableMetricsCollection', 'AsgOurs']],
  'AutoScaling:PutScheduledUpdateGroupAction': [['autoscaling:PutScheduledUpdateGroupAction', 'AsgOurs']],
  'AutoScaling:StartInstanceRefresh': [['autoscaling:StartInstanceRefresh', 'AsgOurs']],
  'AutoScaling:CreateOrUpdateTags': [['autoscaling:CreateOrUpdateTags', 'AsgOurs']],
  'AutoScaling:DeleteTags': [['autoscaling:DeleteTags', 'AsgOurs']],
  'AutoScaling:AttachLoadBalancerTargetGroups': [['autoscaling:AttachLoadBalancerTargetGroups', 'AsgOurs']],
  'AutoScaling:DetachLoadBalancerTargetGroups': [['autoscaling:DetachLoadBalancerTargetGroups', 'AsgOurs']],
  'AutoScaling:DeleteAutoScalingGroup': [['autoscaling:DeleteAutoScalingGroup', 'AsgOurs']],
  'SSM:DescribeParameters': describe('ssm:DescribeParameters'),
  'SSM:GetCommandInvocation': [['ssm:GetCommandInvocation', 'CommandOutput']],
  // run-on-instances by tags: which instances the command reached.
  'SSM:ListCommandInvocations': [['ssm:ListCommandInvocations', 'CommandOutput']],
  'SSM:DescribeInstanceInformation': describe('ssm:DescribeInstanceInformation'),
  'SSM:SendCommand': [
    ['ssm:SendCommand', 'RunShellScript'],
    ['ssm:SendCommand', 'CommandOnPreparedInstances'],
    ['ssm:SendCommand', 'CommandOnClusterInstances'],
  ],
  // PutParameter with Tags is also authorized as ssm:AddTagsToResource (confirmed: the
  // AWS::SSM::Parameter reference and AWS's own refusal message for a PutParameter with tags).
  'SSM:PutParameter': [
    ['ssm:PutParameter', 'OwnParameters'],
    ['ssm:AddTagsToResource', 'OwnParameters'],
  ],
  'SSM:AddTagsToResource': [['ssm:AddTagsToResource', 'OwnParameters']],
  'SSM:GetParameter': [
    ['ssm:GetParameter', 'OwnParameters'],
    ['ssm:GetParameter', 'PublicImageParameter'],
  ],
  'SSM:ListTagsForResource': [['ssm:ListTagsForResource', 'OwnParameters']],
  'SSM:RemoveTagsFromResource': [['ssm:RemoveTagsFromResource', 'OwnParameters']],
  'SSM:DeleteParameter': [['ssm:DeleteParameter', 'OwnParameters']],
  // Who the caller is: AWS authorizes sts:GetCallerIdentity for everyone, even under an explicit Deny
  // (confirmed: STS API reference, "No permissions are required to perform this operation").
  'STS:GetCallerIdentity': [],
  // The regression's server-side figures: read-only, and AWS knows no resource for it.
  'CloudWatch:GetMetricData': describe('cloudwatch:GetMetricData'),
  'IAM:GetInstanceProfile': [['iam:GetInstanceProfile', 'InstanceProfile']],
  'IAM:SimulatePrincipalPolicy': [['iam:SimulatePrincipalPolicy', 'DeploySelfCheck']],
};

/** The plan role reads less: its GetParameter is limited to the last-run records. */
export const PLAN_OVERRIDES: Record<string, readonly Grant[]> = {
  'SSM:GetParameter': [
    ['ssm:GetParameter', 'LastRunRecords'],
    ['ssm:GetParameter', 'IssuerIds'],
  ],
  'IAM:SimulatePrincipalPolicy': [['iam:SimulatePrincipalPolicy', 'PlanSelfCheck']],
};
