// Seeded random edits of a built cluster's file, in both forms (subnets, tags, capacities, instance
// types, warmups, health checks, access ranges, ACA-Py's ports (a target group replaced); for the from-zero form also ports, the ledger,
// machines' disks (grown in place) and types, Docker reset): each is planned and applied on one simulated account. The resources the plan lists are those the apply writes; for the kinds that are
// providers (auto scaling groups, security groups, load balancers, target groups) the fields each write sets are the fields the
// plan's change of that address lists; a second plan is empty, and a plan saved then holds when
// checked; the groups hold what the file says.
import { DescribeIamInstanceProfileAssociationsCommand } from '@aws-sdk/client-ec2';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { machineSpecs } from '../../src/cluster/machine-specs.js';
import { DEFAULT_RUN, type RunOptions } from '../../src/cluster/run-options.js';
import { TAG } from '../../src/cluster/tags.js';
import { loadClusterFile } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/problems.js';
import { checkPlanFile, makePlanFile } from '../../src/plan/plan-file.js';
import type { SimInstance } from '../../src/sim/ec2/model.js';
import type { akridaHttpModel } from '../../src/sim/index.js';
import { prng } from '../../src/sim/world.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { type Call, day, expectPlanIsApply, SHARED_PROFILE } from '../fixtures/plan-apply.js';

const SEED = Number(process.env.AKRIDA_PROPERTY_SEED ?? 24);
const EDITS = Number(process.env.AKRIDA_PROPERTY_EDITS ?? 12);
const SUBNETS = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210', 'subnet-0aaaabbbbccccdddd'];

const SECOND_KEY = '/akrida/perf-example/acapy-admin-api-key-2';
/** The pinned commit, and one the toolkit does not know (validation then asks for acapy.version). */
const REFS = ['404c7a16fd7cedc85fa24c14851affc22878749c', '0123456789abcdef0123456789abcdef01234567'];
/** Edits after which running instances must be replaced for the cluster to work (a new admin key). */
const NEEDS_REFRESH = (e: Edit) => e[0].join('.') === 'acapy.secrets.adminApiKey';

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** One random edit of a field of the cluster file (both forms). */
const EDIT_KINDS: ((r: () => number) => Edit)[] = [
  (r) => [['network', 'subnetIds'], [...SUBNETS].sort(() => r() - 0.5).slice(0, 2)],
  (r) => [['tags', 'team'], pick(r, ['example-team', 'team-a', 'team-b'])],
  (r) => (r() < 0.5 ? [['tags', 'type']] : [['tags', 'type'], pick(r, ['Perf', 'Soak'])]),
  (r) => [['tags', 'cost-centre'], pick(r, ['cc-1', 'cc-2'])],
  (r) => {
    const max = 2 + Math.floor(r() * 3);
    const desired = 1 + Math.floor(r() * max);
    return [['acapy', 'capacity'], { min: Math.min(1, desired), desired, max }];
  },
  (r) => [['locust', 'workers', 'count'], 1 + Math.floor(r() * 4)],
  (r) => [['locust', 'workers', 'max'], 5 + Math.floor(r() * 10)],
  // Not below what a new instance needs to turn healthy: validation warns, and a scale-out never finishes.
  (r) => [['acapy', 'warmupSeconds'], pick(r, [240, 300, 600])],
  (r) => [['locust', 'workers', 'warmupSeconds'], pick(r, [600, 3600])],
  (r) => [['acapy', 'instanceType'], pick(r, ['c7i.large', 'c7i.xlarge'])],
  (r) => [['locust', 'workers', 'instanceType'], pick(r, ['t3.xlarge', 't3.large'])],
  (r) => [['acapy', 'healthCheck', 'adminPath'], pick(r, ['/status/live', '/status/ready'])],
  (r) => [['access', 'operatorCidrs'], [pick(r, ['203.0.113.0/24', '198.51.100.0/24'])]],
  (r) => [['acapy', 'listeners', 'admin'], pick(r, [8080, 8443])],
  (r) => [['acapy', 'healthCheck', 'intervalSeconds'], pick(r, [10, 15, 30])],
  // A secret reference switched: the runs that draw it refresh (below), or ACA-Py keeps the old key.
  (r) => [
    ['acapy', 'secrets', 'adminApiKey'],
    { parameter: pick(r, ['/akrida/perf-example/acapy-admin-api-key', SECOND_KEY]) },
  ],
  (r) => [['source', 'ref'], pick(r, REFS)],
  // Spot workers on, changed, or off again.
  (r) =>
    r() < 0.3
      ? [['locust', 'workers', 'spot']]
      : [
          ['locust', 'workers', 'spot'],
          {
            instanceTypes: pick(r, [
              ['t3.xlarge', 't3a.xlarge'],
              ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'],
            ]),
            spotPercent: pick(r, [100, 70]),
          },
        ],
  // The instances' profile: the cluster's own, or one shared on purpose (templates and machines move).
  (r) => (r() < 0.5 ? [['instanceProfile']] : [['instanceProfile'], SHARED_PROFILE]),
  // ACA-Py's ports (its compose project's): the target group is replaced under its name.
  (r) => [
    ['acapy', 'ports'],
    pick(r, [
      { admin: 8150, transport: 8151 },
      { admin: 8250, transport: 8151 },
      { admin: 8150, transport: 8351 },
    ]),
  ],
];

/** Edits of the from-zero form's own fields: machines, ports, the ledger, the secrets it generates. */
const FROM_ZERO_EDITS: ((r: () => number) => Edit)[] = [
  // Not the workers' count and max, and not the parameter switch of the other form.
  ...EDIT_KINDS.filter((_, i) => i !== 0 && i !== 5 && i !== 6 && i !== 15),
  // The machines stay in the first subnet, where they were launched (a file that drops it is
  // refused by the plan: machine-provider.test.ts); the groups and load balancers move.
  (r) => [['network', 'subnetIds'], [SUBNETS[0] as string, pick(r, SUBNETS.slice(1))].sort(() => r() - 0.5)],
  (r) => [
    ['locust', 'userPorts'],
    pick(r, [
      { start: 10000, end: 10500 },
      { start: 12000, end: 12200 },
    ]),
  ],
  (r) => [
    ['acapy', 'genesisUrl'],
    pick(r, [
      'https://example.org/genesis/pool_transactions_testnet_genesis',
      'https://example.org/genesis/other',
    ]),
  ],
  (r) => [
    ['acapy', 'secrets', 'adminApiKey'],
    { generated: pick(r, ['acapy-admin-api-key', 'admin-key-2']) },
  ],
  (r) => [['machines', 'locust', 'diskGiB'], pick(r, [64, 80])],
  // A machine resized in place (stopped, its type set, started and prepared again).
  (r) => [
    ['machines', pick(r, ['database', 'issuer', 'locust', 'mediator']), 'instanceType'],
    pick(r, ['t3a.small', 't3a.medium', 't3.xlarge']),
  ],
  (r) => [['images', 'resetDocker'], r() < 0.5],
  (r) => [['locust', 'workers', 'count'], 1 + Math.floor(r() * 2)],
];

const FORMS = [
  { base: 'clusters/perf-example.yml', edits: EDIT_KINDS, count: EDITS },
  {
    base: 'clusters/example.yml',
    edits: FROM_ZERO_EDITS,
    count: Number(process.env.AKRIDA_PROPERTY_EDITS ?? 8),
  },
];

/** The fields a recorded write sets, by the address it writes (providers' kinds only). */
/**
 * A group launches from a template or from a mixed-instances policy, never both: AWS's
 * UpdateAutoScalingGroup with one of them drops the other, so a switch writes both fields. What
 * each group launches from is followed across the day's writes.
 */
const launchesFrom = new Map<string, 'LaunchTemplate' | 'MixedInstancesPolicy'>();

/** Each machine's instance, root volume and profile association ids -> `machine ROLE`. */
function machineIds(sim: { ec2: { instances: Map<string, SimInstance> } }): Map<string, string> {
  return new Map(
    [...sim.ec2.instances.values()].flatMap((x) => {
      const role = x.tags['akrida:role'];
      if (!role?.startsWith('machine-')) return [];
      const at = `machine ${role.slice('machine-'.length)}`;
      const association = x.launchOptions?.profileAssociation;
      return [
        [x.id, at] as const,
        ...(x.launchOptions?.volumes ?? []).flatMap((v) => (v.id ? [[v.id, at] as const] : [])),
        ...(association ? [[association, at] as const] : []),
      ];
    }),
  );
}

function writtenFields(
  calls: Call[],
  sgNames: Map<string, string>,
  listenerNames = new Map<string, string>(),
  templateNames = new Map<string, string>(),
  /** A machine's instance and root volume ids -> `machine ROLE`. */
  machineOf = new Map<string, string>(),
  /** An image's id -> its role (`acapy-image`). */
  imageRoles = new Map<string, string>(),
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (at: string, field: string) => out.set(at, (out.get(at) ?? new Set()).add(field));
  const resized = new Set<string>();
  for (const { op, input: i } of calls) {
    // An image's tags (and its snapshots'), by the image's role.
    if ((op === 'CreateTags' || op === 'DeleteTags') && String(i.Resources?.[0]).startsWith('ami-'))
      if (i.Tags.some((t: { Key: string }) => !t.Key.startsWith('akrida:')))
        add(`image ${imageRoles.get(i.Resources[0])}`, 'Tags');
    // The master's configuration is its mark (the script's hash); its group, the performance one.
    if (op === 'CreateTags' && i.Tags.some((t: { Key: string }) => t.Key === 'akrida:master-config'))
      add('locust-master master', 'Configuration');
    if (op === 'ModifyInstanceAttribute' && i.Groups) add('locust-master master', 'SecurityGroupIds');
    // A machine's writes, by its RunInstances request field (the toolkit's akrida:* marks are bookkeeping).
    const machine = machineOf.get(
      i.InstanceId ?? i.VolumeId ?? i.AssociationId ?? i.Resources?.[0] ?? i.InstanceIds?.[0],
    );
    if (machine) {
      if (
        (op === 'CreateTags' || op === 'DeleteTags') &&
        i.Tags.some((t: { Key: string }) => !t.Key.startsWith('akrida:'))
      )
        add(machine, 'TagSpecifications');
      if (op === 'ModifyVolume') add(machine, 'BlockDeviceMappings');
      if (op === 'ModifyInstanceAttribute' && i.InstanceType) {
        add(machine, 'InstanceType');
        resized.add(i.InstanceId);
      }
      // A resize's start is part of the resize.
      if (op === 'StartInstances' && !resized.has(i.InstanceIds[0])) add(machine, 'State');
      if (op === 'ReplaceIamInstanceProfileAssociation' || op === 'AssociateIamInstanceProfile')
        add(machine, 'IamInstanceProfile');
    }
    if (op === 'CreateAutoScalingGroup')
      launchesFrom.set(
        i.AutoScalingGroupName,
        i.MixedInstancesPolicy ? 'MixedInstancesPolicy' : 'LaunchTemplate',
      );
    if (op === 'UpdateAutoScalingGroup') {
      for (const k of Object.keys(i))
        if (k !== 'AutoScalingGroupName') add(`group ${i.AutoScalingGroupName}`, k);
      const now = i.MixedInstancesPolicy
        ? 'MixedInstancesPolicy'
        : i.LaunchTemplate
          ? 'LaunchTemplate'
          : undefined;
      const before = launchesFrom.get(i.AutoScalingGroupName);
      if (now && before && now !== before) add(`group ${i.AutoScalingGroupName}`, before);
      if (now) launchesFrom.set(i.AutoScalingGroupName, now);
    }
    if (op === 'CreateOrUpdateTags' || (op === 'DeleteTags' && !i.Resources))
      if (!i.Tags.every((t: { Key: string }) => t.Key === 'akrida:expires-at'))
        add(`group ${i.Tags[0].ResourceId}`, 'Tags');
    if (op === 'AttachLoadBalancerTargetGroups' || op === 'DetachLoadBalancerTargetGroups')
      add(`group ${i.AutoScalingGroupName}`, 'TargetGroupARNs');
    if (op === 'EnableMetricsCollection') add(`group ${i.AutoScalingGroupName}`, 'MetricsGranularity');
    if (op === 'StartInstanceRefresh') add(`group ${i.AutoScalingGroupName}`, 'InstanceRefresh');
    if ((op === 'CreateTags' || op === 'DeleteTags') && String(i.Resources?.[0]).startsWith('sg-'))
      if (!i.Tags.every((t: { Key: string }) => t.Key === 'akrida:expires-at'))
        add(`security group ${sgNames.get(i.Resources[0])}`, 'Tags');
    if ((op === 'CreateTags' || op === 'DeleteTags') && String(i.Resources?.[0]).startsWith('lt-'))
      if (!i.Tags.every((t: { Key: string }) => t.Key === 'akrida:expires-at'))
        add(`launch-template ${templateNames.get(i.Resources[0])}`, 'Tags');
    if (op === 'CreateLaunchTemplateVersion')
      add(`launch-template ${templateNames.get(i.LaunchTemplateId)}`, 'LaunchTemplateData');
    if (op === 'ModifyLaunchTemplate')
      add(`launch-template ${templateNames.get(i.LaunchTemplateId)}`, 'DefaultVersion');
    if (op === 'AuthorizeSecurityGroupIngress' || op === 'RevokeSecurityGroupIngress')
      add(`security group ${sgNames.get(i.GroupId)}`, 'IpPermissions');
    const lbName = (arn: string) => /:loadbalancer\/app\/([^/]+)\//.exec(arn)?.[1];
    if (op === 'SetSubnets') add(`load balancer ${lbName(i.LoadBalancerArn)}`, 'Subnets');
    if (op === 'SetSecurityGroups') add(`load balancer ${lbName(i.LoadBalancerArn)}`, 'SecurityGroups');
    const tgName = (arn: string) => /:targetgroup\/([^/]+)\//.exec(arn)?.[1];
    const elb = (arn: string) =>
      arn.includes(':targetgroup/') ? `target group ${tgName(arn)}` : `load balancer ${lbName(arn)}`;
    const listener = (arn: string) => `listener ${listenerNames.get(arn)}`;
    if (op === 'AddTags' || op === 'RemoveTags')
      add(
        i.ResourceArns[0].includes(':listener/') ? listener(i.ResourceArns[0]) : elb(i.ResourceArns[0]),
        'Tags',
      );
    if (op === 'AddTagsToResource' || op === 'RemoveTagsFromResource')
      if (!(i.Tags ?? []).some((t: { Key: string }) => t.Key === 'akrida:expires-at'))
        add(`parameter ${i.ResourceId}`, 'Tags');
    if (op === 'ModifyListener')
      for (const k of Object.keys(i)) if (k !== 'ListenerArn') add(listener(i.ListenerArn), k);
    if (op === 'ModifyTargetGroup')
      for (const k of Object.keys(i)) if (k !== 'TargetGroupArn') add(elb(i.TargetGroupArn), k);
    // A replace: deleted, then made again under its name.
    if (op === 'DeleteTargetGroup') add(elb(i.TargetGroupArn), '(replaced)');
  }
  return out;
}

// More: AKRIDA_PROPERTY_SEED=1 AKRIDA_PROPERTY_EDITS=30 (seeds 1-3 with 30 edits each pass in ~22 s).
test.each(FORMS)(
  '$base: $count random edits (seed ' +
    SEED +
    '): plan changes equal apply writes, field by field; a second plan is empty',
  async ({ base, edits: kinds, count }) => {
    const started = Date.now();
    const step = await day(base);
    const first = await step([]);
    // What each group launches from, as the first apply made it.
    writtenFields(first.calls, new Map());
    // In a third zone: any two of the three subnets span two zones, as a load balancer needs.
    first.sim.ec2.addSubnet(SUBNETS[2] as string, 'vpc-0123456789abcdef0', '10.0.64.0/20', 'us-east-1c');
    await first.ctx.clients.ssm.send(
      new PutParameterCommand({
        Name: SECOND_KEY,
        Value: 'second-admin-key-0123456789',
        Type: 'SecureString',
      }),
    );
    const r = prng(SEED);
    const edits: Edit[] = [];
    let fieldsCompared = 0;
    // Each machine's profile association before the step (the fixture describes them too, which
    // gives them their ids): a replace names the old one.
    let refused = 0;
    let refreshes = 0;
    let resizes = 0;
    let replaced = 0;
    for (let n = 0; n < count; n++) {
      edits.push(pick(r, kinds)(r));
      // Half the runs replace instances off the new template version, as cluster-apply's do.
      const run: RunOptions = { ...DEFAULT_RUN, refresh: NEEDS_REFRESH(edits.at(-1) as Edit) || r() < 0.5 };
      // ACA-Py serves the ports the file says, as a checkout whose compose publishes them would.
      const ports = edits.filter((e) => e[0].join('.') === 'acapy.ports').at(-1)?.[1];
      (first.sim.elb.http as ReturnType<typeof akridaHttpModel>).ports = {
        ...((ports as { admin: number; transport: number } | undefined) ?? { admin: 8150, transport: 8151 }),
      };
      // An edit validation refuses (e.g. too few workers for the users) changes nothing in AWS: the
      // invalid-file suites hold those; here it is dropped and another edit drawn.
      const machinesNow = machineIds(first.sim);
      const described = await first.ctx.clients.ec2.send(
        new DescribeIamInstanceProfileAssociationsCommand({}),
      );
      const associations = new Map(
        (described.IamInstanceProfileAssociations ?? []).flatMap((x) => {
          const at = machinesNow.get(x.InstanceId ?? '');
          return at && x.AssociationId ? [[x.AssociationId, at] as const] : [];
        }),
      );
      const s = await step(edits, run).catch((err: unknown) => {
        if (!(err instanceof ConfigError))
          throw new Error(`after edits ${JSON.stringify(edits)}: ${(err as Error).message}`);
        return undefined;
      });
      if (s === undefined) {
        edits.pop();
        refused += 1;
        n -= 1;
        if (refused > count * 3)
          throw new Error(`${refused} edits refused: the generator makes invalid files`);
        continue;
      }
      expectPlanIsApply(s);
      const sgNames = new Map([...s.sim.ec2.groups.values()].map((g) => [g.id, g.name]));
      const lbNames = new Map([...s.sim.elb.lbs.values()].map((lb) => [lb.arn, lb.name]));
      const listenerNames = new Map(
        [...s.sim.elb.listeners.values()].map((l) => [l.arn, `${lbNames.get(l.lbArn)}:${l.port}`]),
      );
      const templateNames = new Map([...s.sim.ec2.templates.values()].map((t) => [t.id, t.name]));
      const machineOf = machineIds(s.sim);
      const written = writtenFields(
        s.calls,
        sgNames,
        listenerNames,
        templateNames,
        new Map([...associations, ...machineOf]),
        new Map([...s.sim.ec2.images.values()].map((img) => [img.id, img.tags['akrida:role'] ?? '?'])),
      );
      const plannedFields = new Map<string, Set<string>>();
      for (const c of s.plan.changes) {
        if (c.action !== 'change' || !c.address || !c.fields) continue;
        const names: Record<string, string> = {
          'auto-scaling-group': 'group',
          'security-group': 'security group',
          'load-balancer': 'load balancer',
          'target-group': 'target group',
        };
        const at =
          c.address.kind === 'listener'
            ? `listener ${c.address.in}:${c.address.name}`
            : `${names[c.address.kind] ?? c.address.kind} ${c.address.name}`;
        plannedFields.set(
          at,
          new Set(c.details[0] === 'replaced' ? ['(replaced)'] : c.fields.map((f) => f.field)),
        );
      }
      const asObject = (m: Map<string, Set<string>>) =>
        Object.fromEntries([...m].map(([k, v]) => [k, [...v].sort()]).sort());
      expect({ edit: edits.at(-1), written: asObject(written) }).toEqual({
        edit: edits.at(-1),
        written: asObject(plannedFields),
      });
      fieldsCompared += [...written.values()].reduce((t, f) => t + f.size, 0);
      if (s.calls.some((c) => c.op === 'StartInstanceRefresh')) refreshes += 1;
      resizes += s.calls.filter((c) => c.op === 'ModifyInstanceAttribute' && c.input.InstanceType).length;
      replaced += s.calls.filter((c) => c.op === 'DeleteTargetGroup').length;
      const again = await step(edits, run);
      expect({ edit: edits.at(-1), changes: again.plan.changes }).toEqual({
        edit: edits.at(-1),
        changes: [],
      });
      // A plan saved now holds when checked: fingerprints are stable over every state the edits reach.
      const loaded = loadClusterFile(again.file);
      const saved = (await makePlanFile(again.ctx, loaded, again.templates, { commit: null, run })).saved;
      await checkPlanFile(again.ctx, saved, loaded, again.templates, run);
      // The groups are where the file says.
      const want =
        (edits.filter((e) => e[0].join('.') === 'network.subnetIds').at(-1)?.[1] as string[]) ??
        SUBNETS.slice(0, 2);
      for (const g of again.sim.asg.groups.values()) expect([...g.subnets].sort()).toEqual([...want].sort());
      // Every instance and volume of the cluster, every group and security group, carries the file's
      // tags (those the edits draw), and none the file dropped.
      const fileTags = loaded.cluster.tags;
      const drawn = ['team', 'type', 'cost-centre'];
      const wantTags = Object.fromEntries(drawn.flatMap((k) => (k in fileTags ? [[k, fileTags[k]]] : [])));
      const ofFile = (tags: Record<string, string>) =>
        Object.fromEntries(drawn.flatMap((k) => (k in tags ? [[k, tags[k]]] : [])));
      const mine = [...again.sim.ec2.instances.values()].filter(
        (i) => i.state !== 'terminated' && i.tags[TAG.cluster] === loaded.cluster.name,
      );
      const tagged: [string, Record<string, string>][] = [
        ...mine.map((i): [string, Record<string, string>] => [i.id, i.tags]),
        ...mine.flatMap((i) =>
          (i.launchOptions?.volumes ?? [])
            .filter((v) => v.tags?.[TAG.cluster])
            .map((v): [string, Record<string, string>] => [v.id ?? '?', v.tags ?? {}]),
        ),
        ...[...again.sim.ec2.groups.values()]
          .filter((g) => g.tags[TAG.cluster] === loaded.cluster.name)
          .map((g): [string, Record<string, string>] => [g.id, g.tags]),
        ...[...again.sim.asg.groups.values()].map((g): [string, Record<string, string>] => [
          g.name,
          Object.fromEntries([...g.tags].map(([k, v]) => [k, v.value])),
        ]),
        ...[
          ...[
            ...again.sim.elb.lbs.values(),
            ...again.sim.elb.tgs.values(),
            ...again.sim.elb.listeners.values(),
          ].map((x) => ({ id: x.arn, tags: x.tags })),
          ...again.sim.ec2.templates.values(),
          ...again.sim.ec2.images.values(),
          ...again.sim.ec2.snapshots.values(),
        ]
          .filter((x) => x.tags[TAG.cluster] === loaded.cluster.name)
          .map((x): [string, Record<string, string>] => [x.id, x.tags]),
        ...[...again.sim.ssm.parameters.values()]
          .filter((p) => p.tags[TAG.cluster] === loaded.cluster.name)
          .map((p): [string, Record<string, string>] => [p.name, p.tags]),
      ];
      for (const [id, tags] of tagged)
        expect({ edit: edits.at(-1), id, tags: ofFile(tags) }).toEqual({
          edit: edits.at(-1),
          id,
          tags: wantTags,
        });
      // The machines are of the types the file says (a resize in place keeps each one's id).
      for (const spec of machineSpecs(loaded.cluster)) {
        const types = [...again.sim.ec2.instances.values()]
          .filter((i) => i.state !== 'terminated' && i.tags[TAG.cluster] === loaded.cluster.name)
          .filter((i) => i.tags[TAG.role] === `machine-${spec.role}`)
          .map((i) => i.instanceType);
        expect({ role: spec.role, types }).toEqual({ role: spec.role, types: [spec.instanceType] });
        // Root volumes at least the file's size (grown in place; EBS never shrinks one).
        const disks = [...again.sim.ec2.instances.values()]
          .filter((i) => i.state !== 'terminated' && i.tags[TAG.role] === `machine-${spec.role}`)
          .filter((i) => i.tags[TAG.cluster] === loaded.cluster.name)
          .map((i) => i.launchOptions?.volumes[0]?.sizeGiB ?? 0);
        for (const gib of disks)
          expect({ role: spec.role, atLeast: gib >= spec.diskGiB }).toEqual({
            role: spec.role,
            atLeast: true,
          });
      }
    }
    console.log(
      `${base}: ${count} random edits (seed ${SEED}; ${refused} more refused by validation), ${fieldsCompared} written fields compared, ${refreshes} instance refreshes, ${resizes} machines resized, ${replaced} target groups replaced, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  },
  300_000,
);
