// The listener provider compares every field its create request sends (protocol, the certificate
// and policy of an HTTPS listener, the forward, tags), and a listener changed by hand is planned
// field by field and brought back by a ModifyListener that sets those fields and no others.
import { CreateListenerCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { TAG } from '../../src/cluster/tags.js';
import { parseClusterText } from '../../src/config/load.js';
import {
  type ListenerObserved,
  listenerCreateRequest,
  listenerDesired,
  listenerSpecFields,
  listeners,
} from '../../src/resources/listener-provider.js';
import { canonical, diff, fieldChanges, planned } from '../../src/resources/provider.js';
import { day, expectPlanIsApply, fileWith } from '../fixtures/plan-apply.js';

const TG =
  'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/perf-example-tg-adm/0123456789abcdef';
const CERT = 'arn:aws:acm:us-east-1:111122223333:certificate/00000000-0000-0000-0000-000000000000';
const plain = parseClusterText(fileWith('clusters/perf-example.yml'), 'perf-example.yml').cluster;
const tls = parseClusterText(
  fileWith('clusters/perf-example.yml', [
    ['acapy', 'adminTls'],
    { certificateArn: CERT, hostName: 'acapy-admin.example.org' },
  ]),
  'perf-example.yml',
).cluster;

/** What DescribeListeners (with DescribeTags) answers for a listener made by the create request. */
function made(d: ReturnType<typeof listenerDesired>): ListenerObserved {
  const r = listenerCreateRequest({ ...d, lbArn: 'arn:lb' }, { [TAG.expiresAt]: '2030-01-01T00:00:00.000Z' });
  return {
    ListenerArn: 'arn:listener',
    LoadBalancerArn: r.LoadBalancerArn,
    Port: r.Port,
    Protocol: r.Protocol,
    Certificates: r.Certificates,
    SslPolicy: r.SslPolicy,
    DefaultActions: r.DefaultActions?.map((a) => ({
      ...a,
      ForwardConfig: { TargetGroups: [{ TargetGroupArn: a.TargetGroupArn, Weight: 1 }] },
    })),
    tags: Object.fromEntries(r.Tags.map((t) => [t.Key, t.Value])),
  } as ListenerObserved;
}

describe.each([
  ['HTTP', plain],
  ['HTTPS', tls],
])('the %s admin listener provider compares every field it sends', (_protocol, c) => {
  const d = listenerDesired(c, 'admin', 'perf-example-acapy-adm', TG);

  test('every field of the create request is a field of the builder diff compares', () => {
    const input = new CreateListenerCommand(listenerCreateRequest({ ...d, lbArn: 'arn:lb' })).input;
    const sent = Object.keys(input).filter((k) => input[k as keyof typeof input] !== undefined);
    expect(
      sent.filter((k) => k !== 'LoadBalancerArn' && k !== 'Port' && !(k in listenerSpecFields(d))),
    ).toEqual([]);
    expect(diff(listeners, d, made(d))).toEqual([]);
  });

  test('the create request reads back as the builder, named by its port', () => {
    const request = listenerCreateRequest({ ...d, lbArn: 'arn:lb' });
    expect(canonical(listeners.creates?.fields(request))).toBe(canonical(listenerSpecFields(d)));
    expect(String(listeners.creates?.name?.(request))).toBe(d.address.name);
  });

  test.each(Object.keys(listenerSpecFields(d)))(
    'a difference in %s is a change of that field alone',
    (field) => {
      const observed = { ...listeners.observed(made(d), d), [field]: '<changed by hand>' };
      expect(fieldChanges(listenerSpecFields(d), observed).map((f) => f.field)).toEqual([field]);
    },
  );

  test('a forward not known yet (a target group still to make) is not compared', () => {
    const unknown = listenerDesired(c, 'admin', 'perf-example-acapy-adm');
    expect(diff(listeners, unknown, { ...made(d), DefaultActions: [] })).toEqual([]);
  });
});

test('the plan reads a forward by its target group name, also one still to make', () => {
  const d = listenerDesired(plain, 'admin', 'perf-example-acapy-adm', '<new perf-example-tg-adm>');
  const [change] = diff(listeners, d, made(listenerDesired(plain, 'admin', 'perf-example-acapy-adm', TG)));
  expect(change && planned(listeners, change, 'listener').details).toEqual([
    'forward to perf-example-tg-adm',
  ]);
});

describe('a listener changed by hand, on the simulated AWS', () => {
  test('the plan names the fields; the apply sets them, and nothing else; the next plan is empty', async () => {
    const step = await day('clusters/perf-example.yml');
    const r0 = await step([]);
    const admin = [...r0.sim.elb.listeners.values()].find((l) => l.port === 8080);
    if (!admin) throw new Error('no admin listener');
    // Someone answers the admin port with a fixed 503 instead of forwarding, and tags it.
    const forward = admin.targetGroupArn;
    admin.targetGroupArn = undefined;
    admin.fixedResponse = { statusCode: '503' };
    admin.tags = { ...admin.tags, team: 'someone-else' };
    const r = await step([]);
    const change = r.plan.changes.find((c) => c.resource === 'listener perf-example-acapy-adm:8080');
    expect(change?.fields?.map((f) => f.field)).toEqual(['DefaultActions', 'Tags']);
    expect(change?.details).toEqual([
      'forward to perf-example-tg-adm',
      expect.stringMatching(/^tag team: someone-else -> /),
    ]);
    expectPlanIsApply(r);
    const modify = r.calls.filter((c) => c.op === 'ModifyListener').map((c) => Object.keys(c.input).sort());
    expect(modify).toEqual([['DefaultActions', 'ListenerArn']]);
    expect(r.sim.elb.listeners.get(admin.arn)).toMatchObject({ targetGroupArn: forward });
    expect((await step([])).plan.changes).toEqual([]);
  });
});

test('a target group replace stopped half way (listener on 503, the old one deleted): the next plan names the forward, and its apply restores it', async () => {
  const step = await day('clusters/perf-example.yml');
  const r0 = await step([]);
  const admin = [...r0.sim.elb.listeners.values()].find((l) => l.port === 8080);
  const old = admin?.targetGroupArn;
  if (!admin || !old) throw new Error('no admin listener');
  // What clearTargetGroup leaves: the listener answers 503, the group let go of it, it is deleted.
  admin.targetGroupArn = undefined;
  admin.fixedResponse = { statusCode: '503', contentType: 'text/plain', messageBody: 'moving' };
  for (const g of r0.sim.asg.groups.values()) g.targetGroupArns = g.targetGroupArns.filter((x) => x !== old);
  r0.sim.elb.tgs.delete(old);
  const r = await step([]);
  expect(r.plan.changes.find((c) => c.resource === 'listener perf-example-acapy-adm:8080')?.details).toEqual([
    'forward to perf-example-tg-adm',
  ]);
  expectPlanIsApply(r);
  const made = [...r.sim.elb.tgs.values()].find((t) => t.name === 'perf-example-tg-adm');
  expect(admin.targetGroupArn).toBe(made?.arn);
  expect((await step([])).plan.changes).toEqual([]);
});

test('HTTPS back to HTTP is planned with what AWS drops with it', () => {
  const https = listenerDesired(tls, 'admin', 'perf-example-acapy-adm', TG);
  const [change] = diff(
    listeners,
    listenerDesired(plain, 'admin', 'perf-example-acapy-adm', TG),
    made(https),
  );
  expect(change && planned(listeners, change, 'listener').details).toEqual([
    'protocol HTTPS -> HTTP (AWS drops its certificate and TLS policy)',
  ]);
});
