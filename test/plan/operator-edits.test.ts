// The two edits of issue 24, as an operator makes them to a built cluster: a subnet moved within
// the VPC, and a tag value changed. The plan lists what the apply then writes, field by field for
// the groups and security groups, and after the apply the simulated AWS holds what the file says.
import { TAG } from '../../src/cluster/tags.js';
import type { akridaHttpModel } from '../../src/sim/index.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { day, expectPlanIsApply, planned, type Step } from '../fixtures/plan-apply.js';

const BASE = 'clusters/perf-example.yml';
const GROUPS = ['auto scaling group perf-example-acapy', 'auto scaling group perf-example-workers'];

describe('an operator edits a built cluster', () => {
  let step: Awaited<ReturnType<typeof day>>;
  let first: Step;
  const r0 = () => first;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day(BASE);
    const r = await step(edits);
    first = r;
    // A third subnet of the same VPC, as an operator's account has.
    r.sim.ec2.addSubnet('subnet-0aaaabbbbccccdddd', 'vpc-0123456789abcdef0', '10.0.64.0/20', 'us-east-1c');
  });

  test('a subnet move: both groups are planned to move, and move', async () => {
    const subnets = ['subnet-0123456789abcdef0', 'subnet-0aaaabbbbccccdddd'];
    edits.push([['network', 'subnetIds'], subnets]);
    const r = await step(edits);
    for (const g of GROUPS) {
      const change = r.plan.changes.find((c) => c.resource === g);
      expect(change?.details.join('\n')).toMatch(
        /subnets: .*subnet-0fedcba9876543210.* -> .*subnet-0aaaabbbbccccdddd/,
      );
    }
    expectPlanIsApply(r);
    for (const g of r.sim.asg.groups.values()) expect([...g.subnets].sort()).toEqual([...subnets].sort());
    // The load balancers follow into the new zone (SetSubnets), as planned.
    for (const lb of ['perf-example-acapy-adm', 'perf-example-acapy-trn'])
      expect(r.plan.changes.find((c) => c.resource === `load balancer ${lb}`)?.details.join('\n')).toMatch(
        /subnets: .*subnet-0fedcba9876543210.* -> .*subnet-0aaaabbbbccccdddd/,
      );
    for (const lb of r.sim.elb.lbs.values()) expect([...lb.subnets].sort()).toEqual([...subnets].sort());
    expect((await step(edits)).plan.changes).toEqual([]);
  });

  test('a load balancer scheme change is refused by the plan, naming the field and what to do', async () => {
    const tls = {
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
      hostName: 'acapy-admin.example.org',
    };
    const internetFacing: Edit[] = [
      [['acapy', 'loadBalancerScheme'], 'internet-facing'],
      [['acapy', 'adminTls'], tls],
    ];
    const err = await step([...edits, ...internetFacing]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /load balancer perf-example-acapy-adm.*acapy\.loadBalancerScheme is internet-facing; the load balancer is internal, and AWS cannot change a load balancer's scheme/s,
    );
    expect(err?.message).toMatch(/destroy the cluster/);
  });

  test('a listener moved to another port: the new one is made, the old one removed, as planned', async () => {
    const r = await step([...edits, [['acapy', 'listeners', 'admin'], 8443]]);
    expect(planned(r.plan)).toEqual(
      expect.arrayContaining([
        'listener perf-example-acapy-adm:8443',
        'listener perf-example-acapy-adm:8080',
      ]),
    );
    expect(r.plan.changes.find((c) => c.resource === 'listener perf-example-acapy-adm:8080')?.action).toBe(
      'remove',
    );
    expectPlanIsApply(r);
    const adm = [...r.sim.elb.lbs.values()].find((lb) => lb.name === 'perf-example-acapy-adm');
    expect([...r.sim.elb.listeners.values()].filter((l) => l.lbArn === adm?.arn).map((l) => l.port)).toEqual([
      8443,
    ]);
    expect((await step([...edits, [['acapy', 'listeners', 'admin'], 8443]])).plan.changes).toEqual([]);
    await step(edits);
  });

  test('a target port change replaces the target group under its name, as planned: the listener and the ACA-Py group move to the new one', async () => {
    const oldArn = [...r0().sim.elb.tgs.values()].find((t) => t.name === 'perf-example-tg-adm')?.arn;
    // ACA-Py's compose project now publishes its admin API on 8081 (another Akrida checkout would).
    (r0().sim.elb.http as ReturnType<typeof akridaHttpModel>).ports.admin = 8081;
    edits.push([['acapy', 'ports', 'admin'], 8081]);
    const r = await step(edits);
    const tgChange = r.plan.changes.find((c) => c.resource === 'target group perf-example-tg-adm');
    expect(tgChange?.details[0]).toBe('replaced');
    expect(tgChange?.details.join('\n')).toMatch(/Port: 8150 -> 8081/);
    expect(
      r.plan.changes.find((c) => c.resource === 'listener perf-example-acapy-adm:8080')?.details,
    ).toEqual(['answers 503 while perf-example-tg-adm is replaced', 'forward to perf-example-tg-adm']);
    expect(r.plan.changes.find((c) => c.resource === GROUPS[0])?.details.join('\n')).toMatch(
      /<new perf-example-tg-adm>/,
    );
    expectPlanIsApply(r);
    const tg = [...r.sim.elb.tgs.values()].find((t) => t.name === 'perf-example-tg-adm');
    expect(tg?.port).toBe(8081);
    expect(tg?.arn).not.toBe(oldArn);
    expect(r.sim.elb.tgs.has(oldArn ?? '')).toBe(false);
    expect(r.sim.asg.groups.get('perf-example-acapy')?.targetGroupArns).toContain(tg?.arn);
    expect(r.sim.asg.groups.get('perf-example-acapy')?.targetGroupArns).not.toContain(oldArn);
    const listener = [...r.sim.elb.listeners.values()].find((l) => l.port === 8080);
    expect(listener?.targetGroupArn).toBe(tg?.arn);
    expect((await step(edits)).plan.changes).toEqual([]);
  });

  test('a VPC change is refused by the plan: every resource of the cluster would move', async () => {
    const err = await step([...edits, [['network', 'vpcId'], 'vpc-0aaaaaaaaaaaaaaaa']]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(
      /target group perf-example-tg-adm.*VpcId is vpc-0aaaaaaaaaaaaaaaa in the file \(network\.vpcId\).*AWS cannot change/s,
    );
    expect(err?.message).toMatch(/put network\.vpcId back, or destroy the cluster/);
  });

  test('a tag value change: groups, security groups, load balancers, templates and images are planned and tagged, nothing else unplanned', async () => {
    edits.push([['tags', 'team'], 'another-team']);
    const r = await step(edits);
    const resources = planned(r.plan);
    for (const g of GROUPS) expect(resources).toContain(g);
    expect(resources).toContain('security group perf-example-lb-sg');
    expect(resources).toContain('security group perf-example-perf-sg');
    expect(r.plan.changes.find((c) => c.resource === GROUPS[0])?.details.join('\n')).toMatch(
      /tag team: example-team -> another-team/,
    );
    // The instances the groups launched (AWS does not retag them): planned per instance, and retagged.
    for (const g of GROUPS)
      expect(r.plan.changes.find((c) => c.resource === `instances of ${g}`)?.details.join('\n')).toMatch(
        /^i-[0-9a-f]+: tag team: example-team -> another-team$/m,
      );
    expectPlanIsApply(r);
    const launched = [...r.sim.ec2.instances.values()].filter(
      (i) => i.state !== 'terminated' && i.tags['aws:autoscaling:groupName']?.startsWith('perf-example-'),
    );
    expect(launched.length).toBeGreaterThan(1);
    for (const i of launched) expect(i.tags.team).toBe('another-team');
    for (const g of r.sim.asg.groups.values()) {
      expect(g.tags.get('team')).toEqual({ value: 'another-team', propagate: true });
      expect(g.tags.get(TAG.cluster)?.value).toBe('perf-example');
    }
    for (const sg of r.sim.ec2.groups.values())
      if (sg.tags[TAG.cluster] === 'perf-example') expect(sg.tags.team).toBe('another-team');
    for (const lb of r.sim.elb.lbs.values()) expect(lb.tags.team).toBe('another-team');
    // The templates' own tags and the baked images (with their snapshots) follow too, as planned.
    expect(resources).toContain('launch template perf-example-acapy');
    const ours = (tags: Record<string, string>) => tags[TAG.cluster] === 'perf-example';
    const templates = [...r.sim.ec2.templates.values()].filter((t) => ours(t.tags));
    const images = [...r.sim.ec2.images.values()].filter((i) => ours(i.tags) && i.state === 'available');
    expect(templates.length).toBe(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const x of [...templates, ...images]) expect(x.tags.team).toBe('another-team');
    for (const i of images) expect(r.sim.ec2.snapshots.get(i.snapshotId)?.tags.team).toBe('another-team');
    // And the cluster's own parameters (copied secrets, last-run records).
    const params = [...r.sim.ssm.parameters.values()].filter((p) => ours(p.tags));
    expect(params.length).toBeGreaterThan(3);
    for (const p of params) expect(p.tags.team).toBe('another-team');
    expect(resources).toContain(`parameter ${params[0]?.name}`);
    expect((await step(edits)).plan.changes).toEqual([]);
  });

  test('a tag removed from the file leaves the groups and security groups', async () => {
    edits.push([['tags', 'team']]);
    const r = await step(edits);
    expectPlanIsApply(r);
    for (const g of r.sim.asg.groups.values()) expect(g.tags.has('team')).toBe(false);
    for (const sg of r.sim.ec2.groups.values())
      if (sg.tags[TAG.cluster] === 'perf-example') expect(sg.tags.team).toBeUndefined();
    for (const t of r.sim.ec2.templates.values())
      if (t.tags[TAG.cluster] === 'perf-example') expect(t.tags.team).toBeUndefined();
    for (const p of r.sim.ssm.parameters.values())
      if (p.tags[TAG.cluster] === 'perf-example') expect(p.tags.team).toBeUndefined();
    expect((await step(edits)).plan.changes).toEqual([]);
  });
});
