// Simulated EC2: VPCs and subnets (seeded), instances, images and snapshots, security groups and
// their rules, launch templates and versions, tags. Errors use EC2's codes and messages.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from './errors.js';
import { type Filter, matchesFilters, page, type Tags, tagList, tagsFrom, type World } from './world.js';

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
}

export interface SimImage {
  id: string;
  name: string;
  description: string;
  sourceInstanceId: string;
  snapshotId: string;
  state: 'pending' | 'available' | 'failed' | 'deregistered';
  availableAt: number;
  fails: boolean;
  tags: Tags;
  createdAt: number;
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

/** What other services need from EC2: launching, terminating, and who uses a security group. */
export class Ec2State {
  readonly vpcs = new Map<string, { id: string; cidr: string }>();
  readonly subnets = new Map<string, SimSubnet>();
  readonly instances = new Map<string, SimInstance>();
  readonly images = new Map<string, SimImage>();
  readonly snapshots = new Map<string, SimSnapshot>();
  readonly groups = new Map<string, SimSecurityGroup>();
  readonly rules = new Map<string, SimRule>();
  readonly templates = new Map<string, SimLaunchTemplate>();
  /** Answers given to requests that carried a ClientToken, by operation and token. */
  readonly clientTokens = new Map<string, { request: string; output: unknown }>();
  /** Other services report security groups they hold (load balancers). */
  readonly groupUsers: ((groupId: string) => string | undefined)[] = [];

  constructor(private readonly world: World) {}

  /**
   * AWS's ClientToken rule: a repeat with the same token and the same parameters gets the first
   * answer and changes nothing; the same token with other parameters is refused.
   */
  withClientToken<T>(operation: string, input: { ClientToken?: string | undefined }, make: () => T): T {
    if (!input.ClientToken) return make();
    const key = `${operation}:${input.ClientToken}`;
    const request = JSON.stringify(input);
    const prior = this.clientTokens.get(key);
    if (prior) {
      if (prior.request !== request)
        throw awsError(
          'IdempotentParameterMismatch',
          `The client token ${input.ClientToken} was used with other parameters.`,
        );
      return prior.output as T;
    }
    const output = make();
    this.clientTokens.set(key, { request, output });
    return output;
  }

  addVpc(id: string, cidr: string): void {
    this.vpcs.set(id, { id, cidr });
  }

  addSubnet(id: string, vpcId: string, cidr: string, az: string): void {
    this.subnets.set(id, { id, vpcId, cidr, az, nextHost: 10 });
  }

  private allocateIp(subnet: SimSubnet): string {
    const [a = '10', b = '0', c = '0'] = subnet.cidr.split('/')[0]?.split('.') ?? [];
    const host = subnet.nextHost++;
    return `${a}.${b}.${Number(c) + Math.floor(host / 250)}.${(host % 250) + 2}`;
  }

  launch(opts: {
    imageId: string;
    instanceType: string;
    subnetId: string;
    securityGroupIds: string[];
    tags: Tags;
    userData: string;
    launchTemplate?: SimInstance['launchTemplate'];
    clientToken?: string;
    id?: string;
  }): SimInstance {
    const image = this.images.get(opts.imageId);
    if (!image || image.state === 'deregistered') {
      throw awsError('InvalidAMIID.NotFound', `The image id '[${opts.imageId}]' does not exist`);
    }
    this.refreshImage(image);
    if (image.state !== 'available') {
      throw awsError(
        'InvalidAMIID.Unavailable',
        `The image id '[${opts.imageId}]' is not available (state ${image.state})`,
      );
    }
    const subnet = this.subnets.get(opts.subnetId);
    if (!subnet)
      throw awsError('InvalidSubnetID.NotFound', `The subnet ID '${opts.subnetId}' does not exist`);
    for (const g of opts.securityGroupIds) {
      if (!this.groups.has(g))
        throw awsError('InvalidGroup.NotFound', `The security group '${g}' does not exist`);
    }
    const now = this.world.now();
    const inst: SimInstance = {
      id: opts.id ?? this.world.id('i'),
      imageId: opts.imageId,
      instanceType: opts.instanceType,
      subnetId: subnet.id,
      vpcId: subnet.vpcId,
      privateIp: this.allocateIp(subnet),
      securityGroupIds: [...opts.securityGroupIds],
      tags: { ...opts.tags },
      userData: opts.userData,
      createdAt: now,
      state: 'pending',
      transitionAt: now + this.world.ms(this.world.latency.instanceRunning),
      ...(opts.launchTemplate ? { launchTemplate: opts.launchTemplate } : {}),
      ...(opts.clientToken ? { clientToken: opts.clientToken } : {}),
    };
    this.instances.set(inst.id, inst);
    return inst;
  }

  /** Seed an instance that exists before the toolkit runs (the stand-alone VMs, the master). */
  seedInstance(opts: {
    id?: string;
    imageId?: string;
    instanceType: string;
    subnetId: string;
    tags: Tags;
    securityGroupIds?: string[];
  }): SimInstance {
    const imageId = opts.imageId ?? this.seedImage(`seed-${opts.tags.Name ?? opts.id ?? 'instance'}`);
    const inst = this.launch({
      imageId,
      instanceType: opts.instanceType,
      subnetId: opts.subnetId,
      securityGroupIds: opts.securityGroupIds ?? [],
      tags: opts.tags,
      userData: '',
      ...(opts.id ? { id: opts.id } : {}),
    });
    inst.createdAt = -Number.MAX_SAFE_INTEGER / 2;
    inst.state = 'running';
    inst.runningSince = inst.createdAt;
    return inst;
  }

  seedImage(name: string): string {
    const id = this.world.id('ami');
    const snap = this.world.id('snap');
    const old = -Number.MAX_SAFE_INTEGER / 2;
    this.snapshots.set(snap, { id: snap, imageId: id, tags: {}, createdAt: old });
    this.images.set(id, {
      id,
      name,
      description: 'seed',
      sourceInstanceId: '',
      snapshotId: snap,
      state: 'available',
      availableAt: old,
      fails: false,
      tags: {},
      createdAt: old,
    });
    return id;
  }

  terminate(inst: SimInstance): void {
    if (inst.state === 'terminated' || inst.state === 'shutting-down') return;
    inst.state = 'shutting-down';
    inst.transitionAt = this.world.now() + this.world.ms(this.world.latency.instanceRunning / 2);
    delete inst.runningSince;
  }

  refreshImage(img: SimImage): void {
    if (img.state === 'pending' && this.world.now() >= img.availableAt)
      img.state = img.fails ? 'failed' : 'available';
  }

  tick(now: number): void {
    for (const inst of this.instances.values()) {
      if (now < inst.transitionAt) continue;
      if (inst.state === 'pending') {
        inst.state = 'running';
        inst.runningSince = inst.transitionAt;
      } else if (inst.state === 'stopping') inst.state = 'stopped';
      else if (inst.state === 'shutting-down') inst.state = 'terminated';
    }
    for (const img of this.images.values()) this.refreshImage(img);
  }

  /** Why a security group cannot be deleted now, if anything holds it. */
  groupInUse(groupId: string): string | undefined {
    for (const r of this.rules.values()) {
      if (r.sourceGroupId === groupId && r.groupId !== groupId) {
        return `resource ${groupId} has a dependent object (a rule of ${r.groupId} refers to it)`;
      }
    }
    for (const inst of this.instances.values()) {
      if (inst.state !== 'terminated' && inst.securityGroupIds.includes(groupId)) {
        return `resource ${groupId} has a dependent object (instance ${inst.id})`;
      }
    }
    for (const user of this.groupUsers) {
      const why = user(groupId);
      if (why) return why;
    }
    return undefined;
  }

  template(id?: string, name?: string): SimLaunchTemplate {
    const t = id ? this.templates.get(id) : [...this.templates.values()].find((x) => x.name === name);
    if (!t || !this.world.visible(t.createdAt)) {
      if (id)
        throw awsError(
          'InvalidLaunchTemplateId.NotFound',
          `The specified launch template, with template ID ${id}, does not exist.`,
        );
      throw awsError(
        'InvalidLaunchTemplateName.NotFoundException',
        `The specified launch template, with template name ${name}, does not exist.`,
      );
    }
    return t;
  }

  /** Resolve $Default, $Latest or a number, as RunInstances and Auto Scaling do. */
  version(t: SimLaunchTemplate, v: string | undefined): SimTemplateVersion {
    const n =
      v === undefined || v === '$Default'
        ? t.defaultVersion
        : v === '$Latest'
          ? t.versions.length
          : Number(v);
    const found = t.versions.find((x) => x.number === n);
    if (!found) {
      throw awsError(
        'InvalidLaunchTemplateId.VersionNotFound',
        `Could not find launch template version ${v} for template ${t.id}.`,
      );
    }
    return found;
  }
}

const USER_DATA_LIMIT = 16 * 1024;

function decodeUserData(b64: string | undefined): string {
  if (b64 === undefined || b64 === '') return '';
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
    throw awsError('InvalidUserData.Malformed', 'User data must be base64 encoded.');
  }
  const raw = Buffer.from(b64, 'base64');
  if (raw.length > USER_DATA_LIMIT) {
    throw awsError('InvalidParameterValue', `User data is limited to 16384 bytes (got ${raw.length}).`);
  }
  return raw.toString('utf8');
}

function tagSpec(specs: ec2.TagSpecification[] | undefined, type: string): Tags {
  return tagsFrom(specs?.filter((s) => s.ResourceType === type).flatMap((s) => s.Tags ?? []));
}

const ruleText = (r: Omit<SimRule, 'id'>) =>
  `peer: ${r.cidr ?? r.sourceGroupId}, ${r.protocol.toUpperCase()}, from port: ${r.fromPort}, to port: ${r.toPort}, ALLOW`;

const sameRule = (a: Omit<SimRule, 'id' | 'description'>, b: Omit<SimRule, 'id' | 'description'>) =>
  a.groupId === b.groupId &&
  a.protocol === b.protocol &&
  a.fromPort === b.fromPort &&
  a.toPort === b.toPort &&
  (a.cidr ?? '') === (b.cidr ?? '') &&
  (a.sourceGroupId ?? '') === (b.sourceGroupId ?? '');

export function ec2Service(world: World, s: Ec2State) {
  const instanceOut = (i: SimInstance): ec2.Instance => ({
    InstanceId: i.id,
    ImageId: i.imageId,
    InstanceType: i.instanceType as ec2._InstanceType,
    State: {
      Name: i.state,
      Code: { pending: 0, running: 16, 'shutting-down': 32, terminated: 48, stopping: 64, stopped: 80 }[
        i.state
      ],
    },
    PrivateIpAddress: i.privateIp,
    SubnetId: i.subnetId,
    VpcId: i.vpcId,
    SecurityGroups: i.securityGroupIds.map((g) => ({ GroupId: g, GroupName: s.groups.get(g)?.name })),
    Tags: tagList(i.tags),
    LaunchTime: new Date(Math.max(0, i.createdAt)),
    Placement: { AvailabilityZone: s.subnets.get(i.subnetId)?.az },
  });

  const findInstance = (id: string): SimInstance => {
    const i = s.instances.get(id);
    if (!i || !world.visible(i.createdAt))
      throw awsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
    return i;
  };

  const findGroup = (id: string): SimSecurityGroup => {
    const g = s.groups.get(id);
    if (!g || !world.visible(g.createdAt))
      throw awsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`);
    return g;
  };

  const groupOut = (g: SimSecurityGroup): ec2.SecurityGroup => ({
    GroupId: g.id,
    GroupName: g.name,
    Description: g.description,
    VpcId: g.vpcId,
    OwnerId: world.accountId,
    Tags: tagList(g.tags),
    IpPermissions: [...s.rules.values()]
      .filter((r) => r.groupId === g.id)
      .map((r) => ({
        IpProtocol: r.protocol,
        FromPort: r.fromPort,
        ToPort: r.toPort,
        IpRanges: r.cidr ? [{ CidrIp: r.cidr, Description: r.description }] : [],
        UserIdGroupPairs: r.sourceGroupId ? [{ GroupId: r.sourceGroupId, Description: r.description }] : [],
      })),
  });

  const ruleOut = (r: SimRule): ec2.SecurityGroupRule => ({
    SecurityGroupRuleId: r.id,
    GroupId: r.groupId,
    GroupOwnerId: world.accountId,
    IsEgress: false,
    IpProtocol: r.protocol,
    FromPort: r.fromPort,
    ToPort: r.toPort,
    ...(r.cidr ? { CidrIpv4: r.cidr } : {}),
    ...(r.sourceGroupId
      ? { ReferencedGroupInfo: { GroupId: r.sourceGroupId, UserId: world.accountId } }
      : {}),
    ...(r.description ? { Description: r.description } : {}),
  });

  /** IpPermissions -> one rule per range or group pair, checked before anything is stored. */
  const expandPermissions = (
    groupId: string,
    perms: ec2.IpPermission[] | undefined,
  ): Omit<SimRule, 'id'>[] => {
    const out: Omit<SimRule, 'id'>[] = [];
    for (const p of perms ?? []) {
      const protocol = p.IpProtocol ?? '';
      if (!['tcp', 'udp', 'icmp', '-1', '6', '17'].includes(protocol)) {
        throw awsError('InvalidPermission.Malformed', `Invalid IP protocol '${protocol}'.`);
      }
      const fromPort = p.FromPort ?? -1;
      const toPort = p.ToPort ?? -1;
      if (protocol !== '-1' && (fromPort < 0 || toPort > 65535 || fromPort > toPort)) {
        throw awsError('InvalidParameterValue', `Invalid port range ${fromPort}-${toPort}.`);
      }
      for (const range of p.IpRanges ?? []) {
        const cidr = range.CidrIp ?? '';
        if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr))
          throw awsError('InvalidParameterValue', `CIDR block ${cidr} is malformed`);
        out.push({
          groupId,
          protocol,
          fromPort,
          toPort,
          cidr,
          ...(range.Description ? { description: range.Description } : {}),
        });
      }
      for (const pair of p.UserIdGroupPairs ?? []) {
        const src = pair.GroupId ?? '';
        findGroup(src);
        out.push({
          groupId,
          protocol,
          fromPort,
          toPort,
          sourceGroupId: src,
          ...(pair.Description ? { description: pair.Description } : {}),
        });
      }
    }
    return out;
  };

  const templateOut = (t: SimLaunchTemplate): ec2.LaunchTemplate => ({
    LaunchTemplateId: t.id,
    LaunchTemplateName: t.name,
    DefaultVersionNumber: t.defaultVersion,
    LatestVersionNumber: t.versions.length,
    Tags: tagList(t.tags),
    CreateTime: new Date(Math.max(0, t.createdAt)),
  });

  const versionOut = (t: SimLaunchTemplate, v: SimTemplateVersion): ec2.LaunchTemplateVersion => ({
    LaunchTemplateId: t.id,
    LaunchTemplateName: t.name,
    VersionNumber: v.number,
    VersionDescription: v.description,
    DefaultVersion: v.number === t.defaultVersion,
    LaunchTemplateData: v.data as ec2.ResponseLaunchTemplateData,
    CreateTime: new Date(Math.max(0, v.createdAt)),
  });

  const checkTemplateData = (data: ec2.RequestLaunchTemplateData | undefined) => {
    decodeUserData(data?.UserData);
    if (data?.ImageId) {
      const img = s.images.get(data.ImageId);
      if (!img || img.state === 'deregistered')
        throw awsError('InvalidAMIID.NotFound', `The image id '[${data.ImageId}]' does not exist`);
    }
  };

  const imageOut = (i: SimImage): ec2.Image => ({
    ImageId: i.id,
    Name: i.name,
    Description: i.description,
    State: i.state as ec2.ImageState,
    OwnerId: world.accountId,
    CreationDate: new Date(Math.max(0, i.createdAt)).toISOString(),
    Tags: tagList(i.tags),
    BlockDeviceMappings: [{ DeviceName: '/dev/sda1', Ebs: { SnapshotId: i.snapshotId, VolumeSize: 30 } }],
    ...(i.state === 'failed'
      ? {
          StateReason: {
            Code: 'Client.InternalError',
            Message: 'Client.InternalError: Image creation failed',
          },
        }
      : {}),
  });

  const tagTarget = (id: string): { tags: Tags } => {
    const store = id.startsWith('i-')
      ? s.instances.get(id)
      : id.startsWith('ami-')
        ? s.images.get(id)
        : id.startsWith('snap-')
          ? s.snapshots.get(id)
          : id.startsWith('sg-')
            ? s.groups.get(id)
            : id.startsWith('lt-')
              ? s.templates.get(id)
              : undefined;
    if (!store) throw awsError('InvalidID', `The ID '${id}' is not valid`);
    return store;
  };

  const createTemplate = (i: ec2.CreateLaunchTemplateCommandInput): ec2.CreateLaunchTemplateCommandOutput => {
    const name = i.LaunchTemplateName ?? '';
    if (!/^[a-zA-Z0-9().\-/_]{3,128}$/.test(name)) {
      throw awsError(
        'InvalidLaunchTemplateName.MalformedException',
        `Launch template name ${name} is malformed.`,
      );
    }
    const existing = [...s.templates.values()].find((t) => t.name === name);
    if (existing) {
      throw awsError(
        'InvalidLaunchTemplateName.AlreadyExistsException',
        `Launch template name already in use.`,
      );
    }
    checkTemplateData(i.LaunchTemplateData);
    const now = world.now();
    const t: SimLaunchTemplate = {
      id: world.id('lt'),
      name,
      defaultVersion: 1,
      versions: [
        {
          number: 1,
          data: structuredClone(i.LaunchTemplateData ?? {}),
          createdAt: now,
          ...(i.VersionDescription ? { description: i.VersionDescription } : {}),
        },
      ],
      tags: tagSpec(i.TagSpecifications, 'launch-template'),
      createdAt: now,
    };
    s.templates.set(t.id, t);
    return { $metadata: {}, LaunchTemplate: templateOut(t) };
  };
  const createVersion = (
    i: ec2.CreateLaunchTemplateVersionCommandInput,
  ): ec2.CreateLaunchTemplateVersionCommandOutput => {
    const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
    const base = i.SourceVersion ? structuredClone(s.version(t, i.SourceVersion).data) : {};
    const data = { ...base, ...structuredClone(i.LaunchTemplateData ?? {}) };
    checkTemplateData(data);
    const v: SimTemplateVersion = {
      number: t.versions.length + 1,
      data,
      createdAt: world.now(),
      ...(i.VersionDescription ? { description: i.VersionDescription } : {}),
    };
    t.versions.push(v);
    return { $metadata: {}, LaunchTemplateVersion: versionOut(t, v) };
  };
  const handlers = {
    DescribeVpcs: (i: ec2.DescribeVpcsCommandInput): ec2.DescribeVpcsCommandOutput => ({
      $metadata: {},
      Vpcs: [...s.vpcs.values()]
        .filter((v) => !i.VpcIds || i.VpcIds.includes(v.id))
        .map((v) => ({ VpcId: v.id, CidrBlock: v.cidr, State: 'available' })),
    }),
    DescribeSubnets: (i: ec2.DescribeSubnetsCommandInput): ec2.DescribeSubnetsCommandOutput => {
      for (const id of i.SubnetIds ?? [])
        if (!s.subnets.has(id))
          throw awsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`);
      return {
        $metadata: {},
        Subnets: [...s.subnets.values()]
          .filter((x) => !i.SubnetIds || i.SubnetIds.includes(x.id))
          .filter((x) => matchesFilters(i.Filters, {}, { 'vpc-id': x.vpcId, 'subnet-id': x.id }))
          .map((x) => ({
            SubnetId: x.id,
            VpcId: x.vpcId,
            CidrBlock: x.cidr,
            AvailabilityZone: x.az,
            State: 'available',
          })),
      };
    },

    RunInstances: (i: ec2.RunInstancesCommandInput): ec2.RunInstancesCommandOutput => {
      if (i.ClientToken) {
        const prior = [...s.instances.values()].filter((x) => x.clientToken === i.ClientToken);
        if (prior.length > 0) return { $metadata: {}, Instances: prior.map(instanceOut) };
      }
      let data: ec2.RequestLaunchTemplateData = {};
      let lt: SimInstance['launchTemplate'];
      if (i.LaunchTemplate) {
        const t = s.template(i.LaunchTemplate.LaunchTemplateId, i.LaunchTemplate.LaunchTemplateName);
        const v = s.version(t, i.LaunchTemplate.Version);
        data = v.data;
        lt = { id: t.id, name: t.name, version: String(v.number) };
      }
      const imageId = i.ImageId ?? data.ImageId;
      if (!imageId) throw awsError('MissingParameter', 'The request must contain the parameter ImageId');
      const subnetId = i.SubnetId ?? data.NetworkInterfaces?.[0]?.SubnetId ?? [...s.subnets.keys()][0] ?? '';
      const count = i.MaxCount ?? 1;
      if ((i.MinCount ?? 1) > count)
        throw awsError('InvalidParameterValue', 'MinCount must be less than or equal to MaxCount');
      const out: SimInstance[] = [];
      for (let n = 0; n < count; n++) {
        out.push(
          s.launch({
            imageId,
            instanceType: i.InstanceType ?? data.InstanceType ?? 'm1.small',
            subnetId,
            securityGroupIds: i.SecurityGroupIds ?? data.SecurityGroupIds ?? [],
            tags: {
              ...tagSpec(data.TagSpecifications, 'instance'),
              ...tagSpec(i.TagSpecifications, 'instance'),
            },
            userData: decodeUserData(i.UserData ?? data.UserData),
            ...(lt ? { launchTemplate: lt } : {}),
            ...(i.ClientToken ? { clientToken: i.ClientToken } : {}),
          }),
        );
      }
      return { $metadata: {}, Instances: out.map(instanceOut) };
    },
    DescribeInstances: (i: ec2.DescribeInstancesCommandInput): ec2.DescribeInstancesCommandOutput => {
      const ids = i.InstanceIds;
      for (const id of ids ?? []) findInstance(id);
      const list = [...s.instances.values()]
        .filter((x) => world.visible(x.createdAt))
        .filter((x) => !ids || ids.includes(x.id))
        .filter((x) =>
          matchesFilters(i.Filters as Filter[], x.tags, {
            'instance-id': x.id,
            'instance-state-name': x.state,
            'vpc-id': x.vpcId,
            'subnet-id': x.subnetId,
            'image-id': x.imageId,
            'private-ip-address': x.privateIp,
            'instance-type': x.instanceType,
            'instance.group-id': x.securityGroupIds,
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        Reservations: p.items.map((x) => ({ Instances: [instanceOut(x)] })),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    StopInstances: (i: ec2.StopInstancesCommandInput): ec2.StopInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = findInstance(id);
        const prev = inst.state;
        if (prev === 'terminated' || prev === 'shutting-down') {
          throw awsError(
            'IncorrectInstanceState',
            `The instance '${id}' is not in a state from which it can be stopped.`,
          );
        }
        if (prev === 'running' || prev === 'pending') {
          inst.state = 'stopping';
          inst.transitionAt = world.now() + world.ms(world.latency.instanceRunning / 2);
          delete inst.runningSince;
        }
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, StoppingInstances: out as ec2.InstanceStateChange[] };
    },
    StartInstances: (i: ec2.StartInstancesCommandInput): ec2.StartInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = findInstance(id);
        const prev = inst.state;
        if (prev !== 'stopped' && prev !== 'running' && prev !== 'pending') {
          throw awsError(
            'IncorrectInstanceState',
            `The instance '${id}' is not in a state from which it can be started.`,
          );
        }
        if (prev === 'stopped') {
          inst.state = 'pending';
          inst.transitionAt = world.now() + world.ms(world.latency.instanceRunning);
        }
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, StartingInstances: out as ec2.InstanceStateChange[] };
    },
    TerminateInstances: (i: ec2.TerminateInstancesCommandInput): ec2.TerminateInstancesCommandOutput => {
      const out = (i.InstanceIds ?? []).map((id) => {
        const inst = findInstance(id);
        const prev = inst.state;
        s.terminate(inst);
        return { InstanceId: id, PreviousState: { Name: prev }, CurrentState: { Name: inst.state } };
      });
      return { $metadata: {}, TerminatingInstances: out as ec2.InstanceStateChange[] };
    },

    ModifyInstanceAttribute: (
      i: ec2.ModifyInstanceAttributeCommandInput,
    ): ec2.ModifyInstanceAttributeCommandOutput => {
      const inst = findInstance(i.InstanceId ?? '');
      if (i.Groups) {
        for (const g of i.Groups) findGroup(g);
        inst.securityGroupIds = [...i.Groups];
      }
      return { $metadata: {} };
    },

    CreateImage: (i: ec2.CreateImageCommandInput): ec2.CreateImageCommandOutput => {
      const inst = findInstance(i.InstanceId ?? '');
      if (inst.state !== 'running' && inst.state !== 'stopped') {
        throw awsError(
          'IncorrectInstanceState',
          `The instance '${inst.id}' is not in a state from which it can be imaged (${inst.state}).`,
        );
      }
      const name = i.Name ?? '';
      if (!/^[A-Za-z0-9()[\] ./\-'@_]{3,128}$/.test(name)) {
        throw awsError(
          'InvalidAMIName.Malformed',
          `AMI name ${name} is invalid: 3-128 characters of letters, digits, ( ) [ ] space . / - ' @ _`,
        );
      }
      if ([...s.images.values()].some((x) => x.name === name && x.state !== 'deregistered')) {
        throw awsError(
          'InvalidAMIName.Duplicate',
          `AMI name ${name} is already in use by AMI ${[...s.images.values()].find((x) => x.name === name)?.id}`,
        );
      }
      const now = world.now();
      const id = world.id('ami');
      const snapshotId = world.id('snap');
      const seconds = world.latency.imageAvailable;
      s.images.set(id, {
        id,
        name,
        description: i.Description ?? '',
        sourceInstanceId: inst.id,
        snapshotId,
        state: 'pending',
        availableAt: now + world.ms(seconds),
        fails: world.faults.failImage(name),
        tags: tagSpec(i.TagSpecifications, 'image'),
        createdAt: now,
      });
      s.snapshots.set(snapshotId, {
        id: snapshotId,
        imageId: id,
        tags: tagSpec(i.TagSpecifications, 'snapshot'),
        createdAt: now,
      });
      return { $metadata: {}, ImageId: id };
    },
    DescribeImages: (i: ec2.DescribeImagesCommandInput): ec2.DescribeImagesCommandOutput => {
      for (const id of i.ImageIds ?? []) {
        const img = s.images.get(id);
        if (!img || img.state === 'deregistered' || !world.visible(img.createdAt)) {
          throw awsError('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`);
        }
      }
      const list = [...s.images.values()]
        .filter((x) => x.state !== 'deregistered' && world.visible(x.createdAt))
        .filter((x) => !i.ImageIds || i.ImageIds.includes(x.id))
        .filter((x) =>
          matchesFilters(i.Filters as Filter[], x.tags, { name: x.name, state: x.state, 'image-id': x.id }),
        );
      return { $metadata: {}, Images: list.map(imageOut) };
    },
    DeregisterImage: (i: ec2.DeregisterImageCommandInput): ec2.DeregisterImageCommandOutput => {
      const img = s.images.get(i.ImageId ?? '');
      if (!img || img.state === 'deregistered')
        throw awsError('InvalidAMIID.NotFound', `The image id '[${i.ImageId}]' does not exist`);
      img.state = 'deregistered';
      return { $metadata: {} };
    },
    DescribeSnapshots: (i: ec2.DescribeSnapshotsCommandInput): ec2.DescribeSnapshotsCommandOutput => {
      for (const id of i.SnapshotIds ?? [])
        if (!s.snapshots.has(id))
          throw awsError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
      return {
        $metadata: {},
        Snapshots: [...s.snapshots.values()]
          .filter((x) => !i.SnapshotIds || i.SnapshotIds.includes(x.id))
          .filter((x) => matchesFilters(i.Filters as Filter[], x.tags, { 'snapshot-id': x.id }))
          .map((x) => ({
            SnapshotId: x.id,
            Description: `Created by CreateImage for ${x.imageId}`,
            State: 'completed',
            OwnerId: world.accountId,
            Tags: tagList(x.tags),
          })),
      };
    },
    DeleteSnapshot: (i: ec2.DeleteSnapshotCommandInput): ec2.DeleteSnapshotCommandOutput => {
      const snap = s.snapshots.get(i.SnapshotId ?? '');
      if (!snap) throw awsError('InvalidSnapshot.NotFound', `The snapshot '${i.SnapshotId}' does not exist.`);
      const img = s.images.get(snap.imageId);
      if (img && img.state !== 'deregistered') {
        throw awsError('InvalidSnapshot.InUse', `The snapshot ${snap.id} is currently in use by ${img.id}`);
      }
      s.snapshots.delete(snap.id);
      return { $metadata: {} };
    },

    CreateSecurityGroup: (i: ec2.CreateSecurityGroupCommandInput): ec2.CreateSecurityGroupCommandOutput => {
      const vpcId = i.VpcId ?? '';
      if (!s.vpcs.has(vpcId)) throw awsError('InvalidVpcID.NotFound', `The vpc ID '${vpcId}' does not exist`);
      const name = i.GroupName ?? '';
      if (!name || name.toLowerCase().startsWith('sg-') || name.length > 255) {
        throw awsError('InvalidParameterValue', `Invalid value '${name}' for groupName.`);
      }
      if (!i.Description)
        throw awsError('MissingParameter', 'The request must contain the parameter GroupDescription');
      if ([...s.groups.values()].some((g) => g.name === name && g.vpcId === vpcId)) {
        throw awsError(
          'InvalidGroup.Duplicate',
          `The security group '${name}' already exists for VPC '${vpcId}'`,
        );
      }
      const id = world.id('sg');
      s.groups.set(id, {
        id,
        name,
        description: i.Description,
        vpcId,
        tags: tagSpec(i.TagSpecifications, 'security-group'),
        createdAt: world.now(),
      });
      return { $metadata: {}, GroupId: id };
    },
    DescribeSecurityGroups: (
      i: ec2.DescribeSecurityGroupsCommandInput,
    ): ec2.DescribeSecurityGroupsCommandOutput => {
      for (const id of i.GroupIds ?? []) findGroup(id);
      const list = [...s.groups.values()]
        .filter((g) => world.visible(g.createdAt))
        .filter((g) => !i.GroupIds || i.GroupIds.includes(g.id))
        .filter((g) =>
          matchesFilters(i.Filters as Filter[], g.tags, {
            'group-name': g.name,
            'group-id': g.id,
            'vpc-id': g.vpcId,
          }),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        SecurityGroups: p.items.map(groupOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DeleteSecurityGroup: (i: ec2.DeleteSecurityGroupCommandInput): ec2.DeleteSecurityGroupCommandOutput => {
      const g = findGroup(i.GroupId ?? '');
      const why = s.groupInUse(g.id);
      if (why) throw awsError('DependencyViolation', why);
      for (const r of [...s.rules.values()]) if (r.groupId === g.id) s.rules.delete(r.id);
      s.groups.delete(g.id);
      return { $metadata: {}, Return: true, GroupId: g.id };
    },
    AuthorizeSecurityGroupIngress: (
      i: ec2.AuthorizeSecurityGroupIngressCommandInput,
    ): ec2.AuthorizeSecurityGroupIngressCommandOutput => {
      const g = findGroup(i.GroupId ?? '');
      const wanted = expandPermissions(g.id, i.IpPermissions);
      for (const w of wanted) {
        const dup = [...s.rules.values()].find((r) => sameRule(r, w));
        if (dup)
          throw awsError('InvalidPermission.Duplicate', `the specified rule "${ruleText(w)}" already exists`);
      }
      const added = wanted.map((w) => {
        const rule = { ...w, id: world.id('sgr') };
        s.rules.set(rule.id, rule);
        return rule;
      });
      return { $metadata: {}, Return: true, SecurityGroupRules: added.map(ruleOut) };
    },
    RevokeSecurityGroupIngress: (
      i: ec2.RevokeSecurityGroupIngressCommandInput,
    ): ec2.RevokeSecurityGroupIngressCommandOutput => {
      const g = findGroup(i.GroupId ?? '');
      for (const id of i.SecurityGroupRuleIds ?? []) {
        const r = s.rules.get(id);
        if (!r || r.groupId !== g.id)
          throw awsError(
            'InvalidSecurityGroupRuleId.NotFound',
            `The security group rule ID '${id}' does not exist`,
          );
        s.rules.delete(id);
      }
      const unknown: ec2.IpPermission[] = [];
      for (const w of expandPermissions(g.id, i.IpPermissions)) {
        const r = [...s.rules.values()].find((x) => sameRule(x, w));
        if (r) s.rules.delete(r.id);
        else unknown.push({ IpProtocol: w.protocol, FromPort: w.fromPort, ToPort: w.toPort });
      }
      return { $metadata: {}, Return: true, ...(unknown.length ? { UnknownIpPermissions: unknown } : {}) };
    },
    DescribeSecurityGroupRules: (
      i: ec2.DescribeSecurityGroupRulesCommandInput,
    ): ec2.DescribeSecurityGroupRulesCommandOutput => {
      const list = [...s.rules.values()]
        .filter((r) => !i.SecurityGroupRuleIds || i.SecurityGroupRuleIds.includes(r.id))
        .filter((r) =>
          matchesFilters(
            i.Filters as Filter[],
            {},
            { 'group-id': r.groupId, 'security-group-rule-id': r.id },
          ),
        );
      const p = page(list, i.MaxResults, i.NextToken);
      return {
        $metadata: {},
        SecurityGroupRules: p.items.map(ruleOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },

    CreateLaunchTemplate: (i: ec2.CreateLaunchTemplateCommandInput): ec2.CreateLaunchTemplateCommandOutput =>
      s.withClientToken('CreateLaunchTemplate', i, () => createTemplate(i)),
    CreateLaunchTemplateVersion: (
      i: ec2.CreateLaunchTemplateVersionCommandInput,
    ): ec2.CreateLaunchTemplateVersionCommandOutput =>
      s.withClientToken('CreateLaunchTemplateVersion', i, () => createVersion(i)),
    ModifyLaunchTemplate: (
      i: ec2.ModifyLaunchTemplateCommandInput,
    ): ec2.ModifyLaunchTemplateCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      if (i.DefaultVersion !== undefined) t.defaultVersion = s.version(t, i.DefaultVersion).number;
      return { $metadata: {}, LaunchTemplate: templateOut(t) };
    },
    DescribeLaunchTemplates: (
      i: ec2.DescribeLaunchTemplatesCommandInput,
    ): ec2.DescribeLaunchTemplatesCommandOutput => {
      for (const id of i.LaunchTemplateIds ?? []) s.template(id);
      for (const name of i.LaunchTemplateNames ?? []) s.template(undefined, name);
      const list = [...s.templates.values()]
        .filter((t) => world.visible(t.createdAt))
        .filter((t) => !i.LaunchTemplateIds || i.LaunchTemplateIds.includes(t.id))
        .filter((t) => !i.LaunchTemplateNames || i.LaunchTemplateNames.includes(t.name))
        .filter((t) => matchesFilters(i.Filters as Filter[], t.tags, { 'launch-template-name': t.name }));
      const p = page(list, i.MaxResults, i.NextToken, 200);
      return {
        $metadata: {},
        LaunchTemplates: p.items.map(templateOut),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DescribeLaunchTemplateVersions: (
      i: ec2.DescribeLaunchTemplateVersionsCommandInput,
    ): ec2.DescribeLaunchTemplateVersionsCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      const versions = i.Versions?.length
        ? i.Versions.map((v) => s.version(t, v))
        : [...t.versions].reverse();
      const p = page(versions, i.MaxResults, i.NextToken, 200);
      return {
        $metadata: {},
        LaunchTemplateVersions: p.items.map((v) => versionOut(t, v)),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    DeleteLaunchTemplate: (
      i: ec2.DeleteLaunchTemplateCommandInput,
    ): ec2.DeleteLaunchTemplateCommandOutput => {
      const t = s.template(i.LaunchTemplateId, i.LaunchTemplateName);
      s.templates.delete(t.id);
      return { $metadata: {}, LaunchTemplate: templateOut(t) };
    },

    CreateTags: (i: ec2.CreateTagsCommandInput): ec2.CreateTagsCommandOutput => {
      const targets = (i.Resources ?? []).map(tagTarget);
      for (const t of targets) Object.assign(t.tags, tagsFrom(i.Tags));
      return { $metadata: {} };
    },
    DeleteTags: (i: ec2.DeleteTagsCommandInput): ec2.DeleteTagsCommandOutput => {
      for (const t of (i.Resources ?? []).map(tagTarget))
        for (const tag of i.Tags ?? []) if (tag.Key) delete t.tags[tag.Key];
      return { $metadata: {} };
    },
  };

  return {
    name: 'EC2',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => k.startsWith('Describe'))),
  };
}
