// Saved plans (issue 24): what was approved is what runs. A plan saved against a built cluster
// holds while nothing moves; anything changed behind its back (in AWS, the cluster file or the
// toolkit) is named, address and field, and nothing is changed; a damaged or foreign plan file is
// refused before any AWS call.
import { readFileSync, writeFileSync } from 'node:fs';
import { UpdateAutoScalingGroupCommand } from '@aws-sdk/client-auto-scaling';
import { AuthorizeSecurityGroupIngressCommand } from '@aws-sdk/client-ec2';
import { AddTagsToResourceCommand } from '@aws-sdk/client-ssm';
import { loadClusterFile } from '../../src/config/load.js';
import { notDoneYet } from '../../src/plan/carried-out.js';
import { checkPlanFile, makePlanFile, readPlanFile, StalePlanError } from '../../src/plan/plan-file.js';
import { PlanFileError, type SavedPlan } from '../../src/plan/saved-plan.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { noAws } from '../fixtures/no-aws.js';
import { day, expectPlanIsApply, fileWith, planned, type Step } from '../fixtures/plan-apply.js';

const BASE = 'clusters/perf-example.yml';

const stale = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StalePlanError);
  return (err as StalePlanError).moved;
};

describe('a saved plan', () => {
  let step: Awaited<ReturnType<typeof day>>;
  let built: Step;
  const edits: Edit[] = [];
  const save = async (r: Step) =>
    (await makePlanFile(r.ctx, loadClusterFile(r.file), r.templates, { commit: null })).saved;
  const write = (p: SavedPlan, path = `${built.file}.plan.json`) => {
    writeFileSync(path, JSON.stringify(p, null, 2));
    return path;
  };

  beforeAll(async () => {
    step = await day(BASE);
    built = await step(edits);
  });

  test('holds while nothing moved: planned again, the same fingerprints and changes', async () => {
    const a = await save(built);
    const path = write(a);
    const read = readPlanFile(path);
    expect(read.hash).toBe(a.hash);
    expect(read.observed.length).toBeGreaterThan(15);
    // Every kind the cluster has is fingerprinted.
    expect(new Set(read.observed.map((o) => o.address.kind))).toEqual(
      new Set(
        [
          'security-group',
          'load-balancer',
          'target-group',
          'listener',
          'image',
          'machine',
          'locust-master',
          'launch-template',
          'auto-scaling-group',
          'parameter',
        ].filter((k) => k !== 'machine'),
      ),
    );
    await expect(
      checkPlanFile(built.ctx, read, loadClusterFile(built.file), built.templates),
    ).resolves.toBeDefined();
    // No secret value is in the file: fingerprints and references only.
    const text = readFileSync(path, 'utf8');
    for (const v of built.sim.ssm.parameters.values())
      if (v.type === 'SecureString' && v.value.length > 8) expect(text).not.toContain(v.value);
  });

  test('a group changed behind its back: refused, naming the group and the field, nothing changed', async () => {
    const p = await save(built);
    const c = built.ctx.clients;
    await c.autoScaling.send(
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'perf-example-acapy', MaxSize: 9 }),
    );
    const writes = built.calls.length;
    const moved = await stale(checkPlanFile(built.ctx, p, loadClusterFile(built.file), built.templates));
    expect(moved.join('\n')).toMatch(/group perf-example-acapy: MaxSize changed since the plan/);
    expect(built.calls.length).toBe(writes);
    expect(built.sim.asg.groups.get('perf-example-acapy')?.max).toBe(9);
  });

  test('after an apply, a plan made now says whether the approved plan was carried out in full', async () => {
    // Brought back to the file first (an earlier test moved a group).
    await step(edits);
    const p = await save(built);
    const c = loadClusterFile(built.file).cluster;
    await expect(notDoneYet(built.ctx, c, built.templates, p)).resolves.toBeUndefined();
    // Left undone (or moved since): named, resource by resource.
    const group = built.sim.asg.groups.get('perf-example-workers');
    const before = group?.max;
    await built.ctx.clients.autoScaling.send(
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'perf-example-workers', MaxSize: 9 }),
    );
    await expect(notDoneYet(built.ctx, c, built.templates, p)).resolves.toMatch(
      new RegExp(
        `approved plan ${p.hash.slice(0, 12)} is not carried out in full: a plan made now still lists 1 change\\(s\\) .*: change auto scaling group perf-example-workers`,
      ),
    );
    await built.ctx.clients.autoScaling.send(
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'perf-example-workers', MaxSize: before }),
    );
  });

  test('a security group rule added behind its back: refused, naming the group and IpPermissions', async () => {
    const p = await save(built);
    const sg = [...built.sim.ec2.groups.values()].find((g) => g.name === 'perf-example-perf-sg');
    await built.ctx.clients.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: sg?.id,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 2222, ToPort: 2222, IpRanges: [{ CidrIp: '10.9.0.0/16' }] },
        ],
      }),
    );
    const moved = await stale(checkPlanFile(built.ctx, p, loadClusterFile(built.file), built.templates));
    expect(moved.join('\n')).toMatch(
      /security group perf-example-perf-sg .*: IpPermissions changed since the plan/,
    );
  });

  test("a parameter's tags changed behind its back: refused, naming the parameter and its tags", async () => {
    const p = await save(built);
    const name = [...built.sim.ssm.parameters.keys()].find((n) => n.startsWith('/akrida-ops/perf-example/'));
    if (!name) throw new Error('the cluster has no parameters of its own');
    await built.ctx.clients.ssm.send(
      new AddTagsToResourceCommand({
        ResourceType: 'Parameter',
        ResourceId: name,
        Tags: [{ Key: 'team', Value: 'someone-else' }],
      }),
    );
    const moved = await stale(checkPlanFile(built.ctx, p, loadClusterFile(built.file), built.templates));
    expect(moved.join('\n')).toContain(`parameter ${name}: Tags changed since the plan`);
    // Put back, for the tests after this one.
    await built.ctx.clients.ssm.send(
      new AddTagsToResourceCommand({
        ResourceType: 'Parameter',
        ResourceId: name,
        Tags: [{ Key: 'team', Value: 'example-team' }],
      }),
    );
  });

  test('the cluster file edited after the plan: refused before any AWS call', async () => {
    const p = await save(built);
    const before = readFileSync(built.file, 'utf8');
    writeFileSync(built.file, before.replace(/team: .*/, 'team: someone-else'));
    try {
      const moved = await stale(checkPlanFile(noAws, p, loadClusterFile(built.file), built.templates));
      expect(moved.join('\n')).toMatch(/the cluster file .* changed since the plan/);
    } finally {
      writeFileSync(built.file, before);
    }
  });

  test('another toolkit (templates changed): refused before any AWS call', async () => {
    const p = await save(built);
    const moved = await stale(
      checkPlanFile(
        noAws,
        { ...p, toolkit: 'akrida-ops 0.0.0, templates 0000' },
        loadClusterFile(built.file),
        built.templates,
      ),
    );
    expect(moved.join('\n')).toMatch(/the toolkit changed since the plan/);
  });

  test('a plan file edited by hand, truncated, or for another cluster: refused with no AWS call', async () => {
    const p = await save(built);
    const path = write(p);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"unchanged": ', '"unchanged": 1'));
    expect(() => readPlanFile(path)).toThrow(/does not match its hash \(edited or damaged/);
    expect(() => readPlanFile(path)).toThrow(PlanFileError);
    writeFileSync(path, text.slice(0, text.length / 2));
    expect(() => readPlanFile(path)).toThrow(/not a plan file .*truncated/);
    writeFileSync(path, JSON.stringify({ ...p, format: 'terraform/1' }));
    expect(() => readPlanFile(path)).toThrow(/format: .*make it again/);
    writeFileSync(path, text);
    expect(() => readPlanFile(path, 'clusters/other.yml')).toThrow(
      /the plan is for .*perf-example\.yml \(cluster perf-example in us-east-1\), not clusters\/other\.yml/,
    );
    // Another cluster's or region's plan with a consistent hash still never reaches AWS.
    const other = loadClusterFile(built.file);
    const moved = await stale(
      checkPlanFile(
        noAws,
        p,
        { ...other, cluster: { ...other.cluster, region: 'eu-west-1' } },
        built.templates,
      ),
    );
    expect(moved.join('\n')).toMatch(
      /the plan is for cluster perf-example in us-east-1; .* is perf-example in eu-west-1/,
    );
  });

  test('an edit, saved, checked and applied: the apply writes exactly the saved plan', async () => {
    // Put back what the earlier tests changed, so the plan is the edit's alone.
    await step(edits);
    edits.push([['tags', 'team'], 'another-team']);
    writeFileSync(built.file, fileWith(BASE, ...edits));
    const p = await save(built);
    await checkPlanFile(built.ctx, p, loadClusterFile(built.file), built.templates);
    const r = await step(edits);
    expectPlanIsApply(r);
    expect(r.mutated).toEqual(
      [...new Set(p.changes.map((c) => c.resource.replace(/ \((?:sg|lt)-[0-9a-f]+\)$/, '')))].sort(),
    );
    expect(planned(r.plan)).toEqual(r.mutated);
  });

  test('a field that had no value before (an HTTP listener made HTTPS) is kept as such in the file', async () => {
    await step(edits);
    const cert = built.sim.elb.issueCertificate('acapy-admin.example.org');
    edits.push([['acapy', 'adminTls'], { certificateArn: cert, hostName: 'acapy-admin.example.org' }]);
    writeFileSync(built.file, fileWith(BASE, ...edits));
    const read = readPlanFile(write(await save(built)));
    const listener = read.changes.find((c) => c.address.kind === 'listener');
    expect(listener?.fields?.map((f) => [f.field, f.before])).toEqual([
      ['Protocol', 'HTTP'],
      ['Certificates', undefined],
      ['SslPolicy', undefined],
    ]);
    await expect(
      checkPlanFile(built.ctx, read, loadClusterFile(built.file), built.templates),
    ).resolves.toBeDefined();
  });
});
