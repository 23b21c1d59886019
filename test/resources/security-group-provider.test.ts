// The security group provider compares every field it sends (the create request's description, VPC
// and tags, the rule writes' permissions), and compares the rules as the rule writes do: its own by
// ports and source, others' left alone, one of theirs with the same ports and source standing for ours.
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateSecurityGroupCommand,
  RevokeSecurityGroupIngressCommand,
  type SecurityGroupRule,
} from '@aws-sdk/client-ec2';
import { TAG } from '../../src/cluster/tags.js';
import { parseClusterText } from '../../src/config/load.js';
import { canonical, diff, refuseReplaces } from '../../src/resources/provider.js';
import {
  ensureIngressRules,
  listIngressRules,
  RULE_PREFIX,
  sgCreateRequest,
} from '../../src/resources/security-group.js';
import {
  type SgDesired,
  type SgObserved,
  securityGroupProvider,
  sgSpec,
} from '../../src/resources/security-group-provider.js';
import { sgDesired } from '../../src/resources/security-groups.js';
import { fileWith } from '../fixtures/plan-apply.js';
import { simulated, VPC } from '../fixtures/sim.js';

const c = parseClusterText(fileWith('clusters/perf-example.yml'), 'perf-example.yml').cluster;
const ids = { 'lb-sg': 'sg-0lb', 'perf-sg': 'sg-0perf' };
const desired: SgDesired = sgDesired(c, 'perf-sg', ids, new Date('2030-01-01T00:00:00Z'));

/** An AWS rule as DescribeSecurityGroupRules reports one of the wanted rules, or another. */
function awsRule(r: {
  fromPort: number;
  toPort: number;
  source: string;
  description: string;
}): SecurityGroupRule {
  const bySource = r.source.startsWith('sg-')
    ? { ReferencedGroupInfo: { GroupId: r.source } }
    : { CidrIpv4: r.source };
  return {
    IsEgress: false,
    IpProtocol: 'tcp',
    FromPort: r.fromPort,
    ToPort: r.toPort,
    Description: r.description,
    ...bySource,
  };
}

/** What AWS reports for the group the create request and the rule writes made. */
function made(): SgObserved {
  const req = sgCreateRequest({
    name: desired.address.name,
    description: desired.description,
    vpcId: desired.address.in,
    tags: desired.tags,
  });
  return {
    group: {
      GroupId: 'sg-0perf',
      GroupName: req.GroupName,
      Description: req.Description,
      VpcId: req.VpcId,
      Tags: req.TagSpecifications[0]?.Tags,
    },
    rules: desired.rules.map((r) =>
      awsRule({
        fromPort: r.fromPort,
        toPort: r.toPort,
        source: 'cidr' in r.source ? r.source.cidr : r.source.groupId,
        description: `${RULE_PREFIX}${r.description}`,
      }),
    ),
  };
}

describe('the security group provider compares every field it sends', () => {
  test('every field of the create request, and the rules, are fields of the builder diff compares', () => {
    const req = new CreateSecurityGroupCommand(
      sgCreateRequest({ name: 'x', description: 'd', vpcId: 'vpc-1', tags: desired.tags }),
    ).input;
    const sent = [
      ...Object.keys(req).filter((k) => k !== 'GroupName' && k !== 'TagSpecifications'),
      ...(req.TagSpecifications ? ['Tags'] : []),
      // AuthorizeSecurityGroupIngress and RevokeSecurityGroupIngress send the group's permissions.
      'IpPermissions',
    ];
    expect(sent.filter((k) => !(k in sgSpec(desired)))).toEqual([]);
  });

  test('the create request reads back as the builder (the rules are written after it)', () => {
    const req = sgCreateRequest({
      name: desired.address.name,
      description: desired.description,
      vpcId: desired.address.in,
      tags: desired.tags,
    });
    const { IpPermissions: _rules, ...made } = sgSpec(desired);
    expect(canonical(securityGroupProvider.creates?.fields(req))).toBe(canonical(made));
    expect(securityGroupProvider.creates?.name?.(req)).toBe(desired.address.name);
  });

  test('the group as made diffs empty; the expiry tag is made, not compared', () => {
    expect(diff(securityGroupProvider, desired, made())).toEqual([]);
    expect(Object.keys(desired.tags)).toContain(TAG.expiresAt);
    expect(Object.keys(sgSpec(desired).Tags)).not.toContain(TAG.expiresAt);
  });

  test("others' rules are left alone, and one of theirs with our ports and source stands for ours", () => {
    const o = made();
    const [first, ...rest] = o.rules;
    const theirs = { ...first, Description: 'added by the network team' };
    const extra = awsRule({
      fromPort: 22,
      toPort: 22,
      source: '192.0.2.7/32',
      description: 'ssh for an operator',
    });
    expect(diff(securityGroupProvider, desired, { ...o, rules: [theirs, ...rest, extra] })).toEqual([]);
  });

  test('a managed rule of another protocol on the wanted ports and source is stale, not the wanted rule', () => {
    const o = made();
    const [first, ...rest] = o.rules;
    const [change] = diff(securityGroupProvider, desired, {
      ...o,
      rules: [{ ...first, IpProtocol: 'udp' }, ...rest],
    });
    const lines =
      change && 'fields' in change
        ? change.fields.flatMap((f) => securityGroupProvider.describe?.(f) ?? [])
        : [];
    expect(lines).toEqual([expect.stringMatching(/^\+ tcp /), expect.stringMatching(/^- udp /)]);
  });

  test('a wanted rule missing and a managed rule not wanted are one change of IpPermissions', () => {
    const o = made();
    const stale = awsRule({
      fromPort: 9999,
      toPort: 9999,
      source: '10.9.0.0/16',
      description: `${RULE_PREFIX}old`,
    });
    const [change] = diff(securityGroupProvider, desired, { ...o, rules: [...o.rules.slice(1), stale] });
    expect(change?.op).toBe('update');
    expect(change && 'fields' in change ? change.fields.map((f) => f.field) : []).toEqual(['IpPermissions']);
    const lines =
      change && 'fields' in change
        ? change.fields.flatMap((f) => securityGroupProvider.describe?.(f) ?? [])
        : [];
    expect(lines).toEqual([expect.stringMatching(/^\+ tcp /), '- tcp 9999 from 10.9.0.0/16 (old)']);
  });

  test('a tag changed by hand is a change of Tags alone', () => {
    const o = made();
    const tags = (o.group.Tags ?? []).map((t) => (t.Key === 'team' ? { ...t, Value: 'other' } : t));
    const changes = diff(securityGroupProvider, desired, { ...o, group: { ...o.group, Tags: tags } });
    expect(changes.flatMap((ch) => ('fields' in ch ? ch.fields.map((f) => f.field) : []))).toEqual(['Tags']);
  });

  test('a group with another description is a replace the toolkit refuses, naming the field', () => {
    const o = made();
    const changes = diff(securityGroupProvider, desired, {
      ...o,
      group: { ...o.group, Description: 'made by hand' },
    });
    expect(changes.map((ch) => ch.op)).toEqual(['replace']);
    expect(() => refuseReplaces(securityGroupProvider, changes)).toThrow(
      /security group perf-example-perf-sg: Description cannot change in place/,
    );
  });

  test('read finds the group by its name in its VPC only when it carries the cluster tag', async () => {
    const { ctx } = simulated();
    const address = {
      kind: 'security-group' as const,
      name: 'perf-example-perf-sg',
      in: VPC,
      cluster: c.name,
    };
    await ctx.clients.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: address.name, Description: 'not ours', VpcId: VPC }),
    );
    expect(await securityGroupProvider.read(ctx, address)).toBeUndefined();
    const { ctx: ctx2 } = simulated();
    await ctx2.clients.ec2.send(
      new CreateSecurityGroupCommand(
        sgCreateRequest({ name: address.name, description: 'ours', vpcId: VPC, tags: desired.tags }),
      ),
    );
    const found = await securityGroupProvider.read(ctx2, address);
    expect(found?.group.GroupName).toBe(address.name);
  });
});

describe('rules revoked by value', () => {
  test('a batch revoke failing on a rule already gone (another run) revokes the rest one by one', async () => {
    const { ctx } = simulated();
    const made = await ctx.clients.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: 'perf-x', Description: 'd', VpcId: VPC }),
    );
    const id = made.GroupId as string;
    const rule = (port: number, description?: string) => ({
      IpProtocol: 'tcp',
      FromPort: port,
      ToPort: port,
      IpRanges: [{ CidrIp: '10.1.0.0/16', ...(description ? { Description: description } : {}) }],
    });
    await ctx.clients.ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: id,
        IpPermissions: [rule(22, `${RULE_PREFIX}old a`), rule(23, `${RULE_PREFIX}old b`)],
      }),
    );
    // Rule b goes between the toolkit's list and its revoke: the batch fails, revoking none.
    const send = ctx.clients.ec2.send.bind(ctx.clients.ec2) as (c: unknown) => Promise<unknown>;
    let raced = false;
    (ctx.clients.ec2 as unknown as { send: (c: unknown) => Promise<unknown> }).send = async (c) => {
      if (!raced && c instanceof RevokeSecurityGroupIngressCommand) {
        raced = true;
        await send(new RevokeSecurityGroupIngressCommand({ GroupId: id, IpPermissions: [rule(23)] }));
      }
      return send(c);
    };
    await ensureIngressRules(ctx, id, [], { kind: 'security-group', name: 'perf-x', in: VPC });
    expect(raced).toBe(true);
    expect(await listIngressRules(ctx, id)).toEqual([]);
  });
});
