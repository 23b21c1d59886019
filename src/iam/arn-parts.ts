// Pieces the statements share: our tags as conditions, ARN prefixes, IAM's account variable.

/** What we made for a cluster: our managed-by tag and the cluster's name (aws:ResourceTag). */
export const MANAGED = {
  'aws:ResourceTag/managed-by': 'akrida-ops',
  'aws:ResourceTag/akrida:cluster': '{cluster}',
} as const;
/** The same tags in a create request (aws:RequestTag). */
export const REQUEST = {
  'aws:RequestTag/managed-by': 'akrida-ops',
  'aws:RequestTag/akrida:cluster': '{cluster}',
} as const;
/** Auto Scaling's own key for a group's tags (the one its user guide documents). */
export const ASG_MANAGED = {
  'autoscaling:ResourceTag/managed-by': 'akrida-ops',
  'autoscaling:ResourceTag/akrida:cluster': '{cluster}',
} as const;
export const EC2 = 'arn:aws:ec2:{region}:*';
export const ELB = 'arn:aws:elasticloadbalancing:{region}:*';
export const ASG = 'arn:aws:autoscaling:{region}:*:autoScalingGroup:*:autoScalingGroupName/{cluster}-*';
/** IAM's policy variable for the caller's own account, as written in a policy. */
export const THIS_ACCOUNT = ['$', '{aws:PrincipalAccount}'].join('');
