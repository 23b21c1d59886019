// EC2's state, and what other services need of it: launching, terminating, templates, and who
// uses a security group.
import { awsError, SimulatorDataError } from '../errors.js';
import type { Tags, World } from '../world.js';
import type {
  SimImage,
  SimInstance,
  SimLaunchTemplate,
  SimRule,
  SimSecurityGroup,
  SimSnapshot,
  SimSubnet,
  SimTemplateVersion,
  SimVolume,
} from './model.js';

/** EC2's state reason of a Spot instance it took back (DescribeInstances StateReason). */
export const SPOT_TERMINATION = {
  code: 'Server.SpotInstanceTermination',
  message: 'Server.SpotInstanceTermination: Spot instance termination',
} as const;

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

  /** A subnet the simulator holds; every id in its own data was checked when it was stored. */
  subnet(id: string): SimSubnet {
    const s = this.subnets.get(id);
    if (!s) throw new SimulatorDataError(`simulated subnet ${id} is not in the account`);
    return s;
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
    lifecycle?: 'spot';
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
      ...(opts.lifecycle ? { lifecycle: opts.lifecycle } : {}),
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

  /** An image that exists before the toolkit runs; fixed ids keep other ids' sequence unchanged. */
  seedImage(
    name: string,
    fixed?: { id: string; snapshotId: string; public: boolean; owner?: string },
  ): string {
    const id = fixed?.id ?? this.world.id('ami');
    const snap = fixed?.snapshotId ?? this.world.id('snap');
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
      ...(fixed?.public ? { public: true } : {}),
      ...(fixed?.owner ? { owner: fixed.owner } : {}),
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
      // The end of a Spot instance's two-minute notice: EC2 takes it back.
      if (inst.spotNotice && now >= inst.spotNotice.terminateAt && inst.state !== 'terminated') {
        if (inst.state !== 'shutting-down') {
          this.terminate(inst);
          inst.stateReason = { ...SPOT_TERMINATION };
        }
      }
      if (now < inst.transitionAt) continue;
      if (inst.state === 'pending') {
        inst.state = 'running';
        inst.runningSince = inst.transitionAt;
      } else if (inst.state === 'stopping') inst.state = 'stopped';
      else if (inst.state === 'shutting-down') inst.state = 'terminated';
    }
    for (const img of this.images.values()) this.refreshImage(img);
  }

  /** An instance a describe can see, else EC2's not-found error. */
  findInstance(id: string): SimInstance {
    const i = this.instances.get(id);
    if (!i || !this.world.visible(i.createdAt))
      throw awsError('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
    return i;
  }

  /** A volume of an instance that is not terminated, by its id. */
  volume(id: string): SimVolume | undefined {
    for (const inst of this.instances.values())
      if (inst.state !== 'terminated')
        for (const v of inst.launchOptions?.volumes ?? []) if (v.id === id) return v;
    return undefined;
  }

  /** A security group a describe can see, else EC2's not-found error. */
  findGroup(id: string): SimSecurityGroup {
    const g = this.groups.get(id);
    if (!g || !this.world.visible(g.createdAt))
      throw awsError('InvalidGroup.NotFound', `The security group '${id}' does not exist`);
    return g;
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
