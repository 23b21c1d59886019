// What a reviewer approves is what runs: for every scenario, the resources the live plan lists as
// changing are exactly the resources the apply then mutates, and every script the apply sends
// through SSM is one the plan showed as running, byte for byte. The apply is the generated
// cluster-up workflow on the simulated AWS; each mutating call is caught on its way out of the
// SDK and named after the resource it touches.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeLaunchTemplatesCommand,
  DescribeSecurityGroupsCommand,
  type LaunchTemplateTagSpecificationRequest,
  type TagSpecification,
} from '@aws-sdk/client-ec2';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { awsContext } from '../../src/action/context.js';
import type { AwsClients } from '../../src/aws/clients.js';
import { findImages, selector, tagMap } from '../../src/aws/discover.js';
import { WRITE_RULES } from '../../src/aws/writes.js';
import { TAG } from '../../src/cluster/tags.js';
import type { Cluster } from '../../src/config/schema.js';
import { loadBalancers } from '../../src/ops/discover-cluster.js';
import { type LivePlan, livePlan } from '../../src/plan/live-plan.js';
import { OFFLINE_FACTS } from '../../src/render/env-files.js';
import { TemplateSet } from '../../src/render/render.js';
import { lastRunName } from '../../src/resources/last-run.js';
import { MASTER_CONFIG_TAG } from '../../src/resources/master.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { VirtualClock } from '../../src/time/clock.js';
import { type Edit, exampleWith } from '../fixtures/cluster-files.js';
import { cluster } from '../fixtures/example-cluster.js';

const root = repoRoot();

interface Call {
  op: string;
  // biome-ignore lint/suspicious/noExplicitAny: the SDK's command inputs, read per operation below
  input: any;
}

/** Catch every write the clients send, in order, before the backend answers it. */
function recordWrites(clients: AwsClients): Call[] {
  const calls: Call[] = [];
  for (const client of Object.values(clients)) {
    (client as { middlewareStack: { add: (m: unknown, o: unknown) => void } }).middlewareStack.add(
      (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) =>
        async (args: { input: unknown }) => {
          const op = (context.commandName ?? '').replace(/Command$/, '');
          if (op in WRITE_RULES) calls.push({ op, input: args.input });
          return next(args);
        },
      { step: 'initialize', name: 'planEqualsApplyRecorder' },
    );
  }
  return calls;
}

const tagOf = (
  specs: (TagSpecification | LaunchTemplateTagSpecificationRequest)[] | undefined,
  key: string,
) => specs?.flatMap((s) => s.Tags ?? []).find((t) => t.Key === key)?.Value;
const nameInArn = (arn: string, kind: 'loadbalancer/app' | 'targetgroup' | 'listener/app') =>
  new RegExp(`:${kind}/([^/]+)/`).exec(arn)?.[1] ?? `? ${arn}`;

/**
 * The resource a write touches, named as the plan names it; `undefined` for bookkeeping the plan
 * does not list (expiry tags, the copy of a script kept for the next plan's diff).
 */
async function resourceOf(
  call: Call,
  clients: AwsClients,
  c: Cluster,
  before: Map<string, string>,
): Promise<string | undefined> {
  const i = call.input;
  switch (call.op) {
    case 'CreateSecurityGroup':
      return `security group ${i.GroupName}`;
    case 'AuthorizeSecurityGroupIngress':
    case 'RevokeSecurityGroupIngress': {
      const r = await clients.ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [i.GroupId] }));
      return `security group ${r.SecurityGroups?.[0]?.GroupName}`;
    }
    case 'CreateTargetGroup':
      return `target group ${i.Name}`;
    case 'ModifyTargetGroup':
      return `target group ${nameInArn(i.TargetGroupArn, 'targetgroup')}`;
    case 'CreateLoadBalancer':
      return `load balancer ${i.Name}`;
    case 'CreateListener':
      return `listener ${nameInArn(i.LoadBalancerArn, 'loadbalancer/app')}:${i.Port}`;
    case 'ModifyListener': {
      const r = await clients.elbv2.send(new DescribeListenersCommand({ ListenerArns: [i.ListenerArn] }));
      return `listener ${nameInArn(i.ListenerArn, 'listener/app')}:${r.Listeners?.[0]?.Port}`;
    }
    case 'DeregisterImage':
      return before.get(i.ImageId) ?? `image ${i.ImageId} (not the cluster's)`;
    case 'DeleteSnapshot':
      return before.get(i.SnapshotId) ?? `snapshot ${i.SnapshotId} (not the cluster's)`;
    case 'CreateImage':
      return `${tagOf(i.TagSpecifications, TAG.role)?.replace(/-image$/, '')} image`;
    case 'CreateLaunchTemplate':
      return `launch template ${i.LaunchTemplateName}`;
    case 'CreateLaunchTemplateVersion':
    case 'ModifyLaunchTemplate': {
      if (i.LaunchTemplateName) return `launch template ${i.LaunchTemplateName}`;
      const r = await clients.ec2.send(
        new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [i.LaunchTemplateId] }),
      );
      return `launch template ${r.LaunchTemplates?.[0]?.LaunchTemplateName}`;
    }
    case 'CreateAutoScalingGroup':
    case 'UpdateAutoScalingGroup':
    case 'EnableMetricsCollection':
    case 'PutScheduledUpdateGroupAction':
    case 'StartInstanceRefresh':
      return `auto scaling group ${i.AutoScalingGroupName}`;
    case 'PutParameter':
      return String(i.Name).startsWith(lastRunName(c, '')) ? undefined : `parameter ${i.Name}`;
    case 'DeleteParameter':
      return `parameter ${i.Name}`;
    case 'CreateTags': {
      const keys = (i.Tags as { Key: string }[]).map((t) => t.Key);
      if (keys.includes(MASTER_CONFIG_TAG)) return `Locust master ${i.Resources[0]}`;
      if (keys.every((k) => k === TAG.expiresAt)) return undefined;
      return `tags ${keys.join(',')} on ${i.Resources.join(',')}`;
    }
    case 'ModifyInstanceAttribute':
      return `Locust master ${i.InstanceId}`;
    case 'SendCommand':
      // Scripts are compared with the plan's scripts as text, below.
      return undefined;
    case 'AddTags':
    case 'CreateOrUpdateTags':
    case 'AddTagsToResource':
      return (i.Tags as { Key: string }[]).every((t) => t.Key === TAG.expiresAt)
        ? undefined
        : `${call.op} ${JSON.stringify(i)}`;
    default:
      return `${call.op} (not expected in an apply)`;
  }
}

/** The plan's resource names without the ids it adds in brackets. */
const planned = (plan: LivePlan) =>
  [...new Set(plan.changes.map((c) => c.resource.replace(/ \((?:sg|lt)-[0-9a-f]+\)$/, '')))].sort();

/**
 * One account through the whole day: each step plans a cluster file against what the previous
 * steps left, applies it with cluster-up, and returns what the plan listed and what was written.
 */
async function day() {
  const a = await simulatedAccount([cluster()], new VirtualClock());
  const clients = a.deps.clients as AwsClients;
  const calls = recordWrites(clients);
  const clustersDir = mkdtempSync(join(tmpdir(), 'akrida-plan-apply-'));
  const file = join(clustersDir, 'perf-example.yml');
  let first = true;
  return async (edits: Edit[]) => {
    const want = cluster(...edits);
    writeFileSync(file, exampleWith(...edits));
    const plan = await livePlan(awsContext(want, a.deps), want, new TemplateSet());
    // Images and snapshots are gone once deleted: name them from what existed before.
    const before = new Map<string, string>();
    for (const img of await findImages(clients, selector(want.name))) {
      const name = `${tagMap(img.Tags)[TAG.role]?.replace(/-image$/, '')} image ${img.ImageId}`;
      before.set(img.ImageId ?? '', name);
      for (const b of img.BlockDeviceMappings ?? [])
        if (b.Ebs?.SnapshotId) before.set(b.Ebs.SnapshotId, name);
    }
    const from = calls.length;
    const log: string[] = [];
    const r = await runWorkflowFile(join(root, '.github/workflows/cluster-up.yml'), {
      root,
      event: { name: 'workflow_dispatch' },
      inputs: { cluster: file },
      secrets: a.secrets,
      deps: { ...a.deps, clustersDir },
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-plan-apply-art-')),
      log: (l) => log.push(l),
    });
    if (r.result !== 'success')
      throw new Error(`cluster-up ended ${r.result}:\n${log.slice(-15).join('\n')}`);
    const mine = calls.slice(from);
    const mutated = new Set<string>();
    for (const call of mine) {
      const name = await resourceOf(call, clients, want, before);
      if (name) mutated.add(name);
    }
    // On an empty account the plan cannot know the DNS names AWS will give the load balancers: it
    // shows them as named placeholders, and so does this comparison.
    const dns = first
      ? await Promise.all(
          (['admin', 'transport'] as const).map(async (k) => ({
            real: (await loadBalancers(awsContext(want, a.deps), want))[k].dns,
            shown: k === 'admin' ? OFFLINE_FACTS.adminDns : OFFLINE_FACTS.transportDns,
          })),
        )
      : [];
    first = false;
    const sent = mine
      .filter((c) => c.op === 'SendCommand')
      .map((c) =>
        dns.reduce(
          (text, d) => text.replaceAll(d.real, d.shown),
          String(c.input.Parameters?.commands?.[0] ?? ''),
        ),
      );
    return { plan, mutated: [...mutated].sort(), sent };
  };
}

type Step = Awaited<ReturnType<Awaited<ReturnType<typeof day>>>>;

function expectPlanIsApply(r: Step) {
  expect(r.mutated).toEqual(planned(r.plan));
  const running = r.plan.scripts.filter((s) => s.runs).map((s) => s.script);
  for (const script of r.sent) expect(running).toContain(script);
  // And what the plan says runs, runs (verification runs on every apply).
  for (const script of running) expect(r.sent).toContain(script);
}

describe('the changes the plan lists are exactly the mutations the apply makes', () => {
  // Steps run in order on one account; each edit stays for the steps after it.
  let step: Awaited<ReturnType<typeof day>>;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day();
  });

  test('an empty account: everything the plan adds is made, and nothing else', async () => {
    const r = await step(edits);
    expect(r.plan.changes.length).toBeGreaterThan(10);
    expectPlanIsApply(r);
  });

  test('no change: the plan lists nothing and the apply writes nothing the plan would list', async () => {
    const r = await step(edits);
    expect(r.plan.changes).toEqual([]);
    expectPlanIsApply(r);
  });

  test.each<[string, Edit]>([
    [
      'the ACA-Py genesis URL (ACA-Py launch template)',
      [['acapy', 'genesisUrl'], 'https://example.org/genesis/other'],
    ],
    [
      'the message the Locust users send (master and workers)',
      [['locust', 'messageToSend'], 'another message'],
    ],
    ['the operator ranges (security group rules)', [['access', 'operatorCidrs'], ['198.51.100.0/24']]],
    ['the admin health-check path (target group)', [['acapy', 'healthCheck', 'adminPath'], '/status/ready']],
    ['the number of workers (worker group)', [['locust', 'workers', 'count'], 3]],
    ['the ACA-Py capacity (ACA-Py group)', [['acapy', 'capacity'], { min: 1, desired: 2, max: 2 }]],
    ['the source ref (both images, then everything built on them)', [['source', 'ref'], '5d1e0c2a']],
    ['the source ref again (a third image each: the oldest are pruned)', [['source', 'ref'], '6e2f1d3b']],
    ['a workflow secret no longer used (its parameter is removed)', [['locust', 'issuer', 'headers']]],
  ])('a change of %s', async (_what, edit) => {
    edits.push(edit);
    const r = await step(edits);
    expect(r.plan.changes.length).toBeGreaterThan(0);
    expectPlanIsApply(r);
  });

  test('a field that moves from a workflow secret to its stored copy keeps the copy', async () => {
    const copy = '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD';
    edits.push([['acapy', 'secrets', 'walletAdminPassword'], { parameter: copy }]);
    const r = await step(edits);
    expect(planned(r.plan)).not.toContain(`parameter ${copy}`);
    expect(r.mutated).not.toContain(`parameter ${copy}`);
    expectPlanIsApply(r);
  });

  test('and a final re-run: no change again', async () => {
    const r = await step(edits);
    expect(r.plan.changes).toEqual([]);
    expectPlanIsApply(r);
  });
});
