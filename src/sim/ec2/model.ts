// What the simulated EC2 holds: instances, images and snapshots, security groups and rules, launch
// templates and their versions, subnets.
import type * as ec2 from '@aws-sdk/client-ec2';
import type { Tags } from '../world.js';

export type InstanceState = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export interface SimInstance {
  id: string;
  imageId: string;
  instanceType: string;
  subnetId: string;
  vpcId: string;
  privateIp: string;
  securityGroupIds: string[];
  tags: Tags;
  userData: string;
  launchTemplate?: { id: string; name: string; version: string };
  createdAt: number;
  state: InstanceState;
  /** When the current transition (pending -> running, stopping -> stopped, ...) completes. */
  transitionAt: number;
  runningSince?: number;
  clientToken?: string;
  /** A Spot instance (InstanceLifecycle spot); on-demand when absent. */
  lifecycle?: 'spot';
  /** The two-minute interruption notice of a Spot instance: given at `at`, terminated at `terminateAt`. */
  spotNotice?: { at: number; terminateAt: number; replaced: boolean; reported?: boolean };
  /** Why the instance last changed state (EC2's StateReason), e.g. Spot's termination. */
  stateReason?: { code: string; message: string };
  /** What RunInstances was asked for beyond the basics (instances it launched directly). */
  launchOptions?: {
    /** The instance profile associated now (at launch, or by an association call since). */
    instanceProfile?: string;
    /** The id of that association (iip-assoc-...), given on first sight. */
    profileAssociation?: string;
    httpTokens?: string;
    hopLimit?: number;
    keyName?: string;
    volumes: SimVolume[];
  };
}

export interface SimImage {
  id: string;
  name: string;
  /** Optional, as in CreateImage; AWS's answers leave it out when none was given. */
  description?: string;
  sourceInstanceId: string;
  snapshotId: string;
  state: 'pending' | 'available' | 'failed' | 'deregistered';
  availableAt: number;
  fails: boolean;
  tags: Tags;
  createdAt: number;
  /** Someone else's public image (Canonical's Ubuntu): launchable, never listed as ours. */
  public?: boolean;
  /** The owning account of someone else's image (ec2:Owner); ours when absent. */
  owner?: string;
}

export interface SimSnapshot {
  id: string;
  imageId: string;
  tags: Tags;
  createdAt: number;
}

export interface SimRule {
  id: string;
  groupId: string;
  protocol: string;
  fromPort: number;
  toPort: number;
  cidr?: string;
  sourceGroupId?: string;
  description?: string;
}

export interface SimSecurityGroup {
  id: string;
  name: string;
  description: string;
  vpcId: string;
  tags: Tags;
  createdAt: number;
}

export interface SimTemplateVersion {
  number: number;
  description?: string;
  data: ec2.RequestLaunchTemplateData;
  createdAt: number;
}

export interface SimLaunchTemplate {
  id: string;
  name: string;
  defaultVersion: number;
  versions: SimTemplateVersion[];
  tags: Tags;
  createdAt: number;
}

export interface SimSubnet {
  id: string;
  vpcId: string;
  cidr: string;
  az: string;
  nextHost: number;
}

/** An EBS volume an instance was launched with (it lives and dies with its instance). */
export interface SimVolume {
  id?: string;
  device: string;
  sizeGiB?: number;
  encrypted?: boolean;
  type?: string;
  /** From the launch's TagSpecifications for "volume", then tag writes on its id. */
  tags?: Tags;
}
