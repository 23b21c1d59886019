// The launch template provider compares every field its create request sends (the version's data,
// as a whole since a version is immutable, and the template's tags), and a version someone made
// by hand is planned and undone by a new version holding the file's data, the plan naming the keys.
import { CreateLaunchTemplateCommand } from '@aws-sdk/client-ec2';
import { resourceTags, TAG } from '../../src/cluster/tags.js';
import { parseClusterText } from '../../src/config/load.js';
import { TemplateSet } from '../../src/render/render.js';
import {
  type LtDesired,
  type LtObserved,
  launchTemplateProvider,
  ltCreateRequest,
  ltSpec,
} from '../../src/resources/launch-template-provider.js';
import { templateName, tierTemplateData } from '../../src/resources/launch-templates.js';
import { canonical, diff, planned } from '../../src/resources/provider.js';
import { day, expectPlanIsApply, fileWith } from '../fixtures/plan-apply.js';

const c = parseClusterText(fileWith('clusters/perf-example.yml'), 'perf-example.yml').cluster;
const data = tierTemplateData(c, 'worker', new TemplateSet(), {
  imageId: 'ami-0123456789abcdef0',
  perfSg: 'sg-0perf',
  facts: {
    adminDns: 'adm.example.org',
    transportDns: 'trn.example.org',
    masterPrivateIp: '10.0.0.9',
  } as never,
});
const desired: LtDesired = {
  address: { kind: 'launch-template', name: templateName(c, 'worker') },
  data,
  tags: resourceTags(c, 'worker-template', new Date('2030-01-01T00:00:00Z')),
  id: 'lt-0123',
};

/** What DescribeLaunchTemplates and DescribeLaunchTemplateVersions answer for a template the request made. */
function made(): LtObserved {
  const r = ltCreateRequest(desired);
  return {
    template: {
      LaunchTemplateId: 'lt-0123',
      LaunchTemplateName: r.LaunchTemplateName,
      LatestVersionNumber: 1,
      DefaultVersionNumber: 1,
      Tags: [
        ...(r.TagSpecifications[0]?.Tags ?? []),
        { Key: 'akrida:prepared-by', Value: 'a bookkeeping tag' },
      ],
    },
    // AWS leaves out what the request left empty, and orders keys as it likes.
    latest: { VersionNumber: 1, LaunchTemplateData: JSON.parse(JSON.stringify(r.LaunchTemplateData)) },
  };
}

test('the create request reads back as the builder, named as its address', () => {
  const request = { ...ltCreateRequest(desired), ClientToken: 't', VersionDescription: 'commit abc' };
  expect(canonical(launchTemplateProvider.creates?.fields(request))).toBe(canonical(ltSpec(desired)));
  expect(launchTemplateProvider.creates?.name?.(request)).toBe(desired.address.name);
});

test('every field of the create request is a field of the builder diff compares', () => {
  const input = new CreateLaunchTemplateCommand({ ...ltCreateRequest(desired), ClientToken: 't' }).input;
  const sent = Object.keys(input).filter(
    (k) => !['LaunchTemplateName', 'ClientToken', 'VersionDescription', 'TagSpecifications'].includes(k),
  );
  expect(sent.filter((k) => !(k in ltSpec(desired)))).toEqual([]);
  // The tags it is made with are the compared Tags, the expiry aside (renew-expiry moves it).
  const tags = input.TagSpecifications?.[0]?.Tags?.map((t) => t.Key) ?? [];
  expect(Object.keys(ltSpec(desired).Tags as object).sort()).toEqual(
    tags.filter((k) => k !== TAG.expiresAt).sort(),
  );
  expect(diff(launchTemplateProvider, desired, made())).toEqual([]);
});

test('tags answered in another order are the same tags', () => {
  const o = made();
  const data = o.latest?.LaunchTemplateData ?? {};
  const reversed = {
    ...data,
    TagSpecifications: data.TagSpecifications?.map((t) => ({ ...t, Tags: [...(t.Tags ?? [])].reverse() })),
  };
  expect(
    diff(launchTemplateProvider, desired, { ...o, latest: { ...o.latest, LaunchTemplateData: reversed } }),
  ).toEqual([]);
});

test('any key of the latest version that differs, also one the file never sets, is a change of LaunchTemplateData', () => {
  const o = made();
  const byHand = {
    ...o,
    latest: { ...o.latest, LaunchTemplateData: { ...o.latest?.LaunchTemplateData, KeyName: 'someones-key' } },
  };
  const [change] = diff(launchTemplateProvider, desired, byHand);
  expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['LaunchTemplateData']);
  expect(change && planned(launchTemplateProvider, change, 'launch template').details).toEqual([
    'KeyName: "someones-key" -> (none)',
  ]);
});

test("a tag changed by hand is a change of Tags; the toolkit's own bookkeeping tags are not compared", () => {
  const o = made();
  const tags = o.template.Tags?.map((t) => (t.Key === 'team' ? { ...t, Value: 'other' } : t));
  const [change] = diff(launchTemplateProvider, desired, { ...o, template: { ...o.template, Tags: tags } });
  expect(change?.op === 'update' && change.fields.map((f) => f.field)).toEqual(['Tags']);
  expect(change && planned(launchTemplateProvider, change, 'launch template').details).toEqual([
    expect.stringMatching(/^tag team: other -> /),
  ]);
});

test('a version made by hand, on the simulated AWS: planned with its keys, undone by a new version, then nothing to do', async () => {
  const step = await day('clusters/perf-example.yml');
  const r0 = await step([]);
  const lt = [...r0.sim.ec2.templates.values()].find((t) => t.name === 'perf-example-worker');
  const last = lt?.versions.at(-1);
  if (!lt || !last) throw new Error('no worker template');
  lt.versions.push({
    number: last.number + 1,
    data: { ...last.data, InstanceType: 't3.nano' },
    createdAt: 0,
  });
  const r = await step([]);
  const change = r.plan.changes.find((x) => x.resource === 'launch template perf-example-worker');
  // The new version, and the default moved to it (what the approval holds ModifyLaunchTemplate to).
  expect(change?.fields?.map((f) => [f.field, f.after])).toEqual([
    ['LaunchTemplateData', expect.anything()],
    ['DefaultVersion', String(last.number + 2)],
  ]);
  expect(change?.details).toEqual([
    `new version ${last.number + 2}, made the default`,
    `InstanceType: "t3.nano" -> "${c.locust.workers.instanceType}"`,
  ]);
  expectPlanIsApply(r);
  expect(lt.versions.at(-1)?.data.InstanceType).toBe(c.locust.workers.instanceType);
  expect((await step([])).plan.changes).toEqual([]);
});
