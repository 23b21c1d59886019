// A launch template as a provider. Its compared fields are those of the CreateLaunchTemplate
// request: the version's data (one field: a version is immutable, so any difference is a new
// version holding the whole data, compared with the latest version key by key in the plan's lines)
// and the template's tags. Which version is the default is the set-default-template-version step's
// (src/ops/template-default.ts), not a field here.
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplate,
  type LaunchTemplateVersion,
  type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { type Address, describeAddress } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { findLaunchTemplates, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { answerOf, clientToken, write } from '../aws/writes.js';
import { MANAGED_BY, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import {
  comparedTags,
  comparedTagsFor,
  requestTags,
  specificationTags,
  tagDiff,
  writeEc2Tags,
} from './extra-tags.js';
import { ownerTags } from './owner-tags.js';
import { type Change, describeTags, type FieldChange, type Provider, type Spec } from './provider.js';

export interface LtDesired {
  address: Address;
  data: RequestLaunchTemplateData;
  tags: Tags;
  /** Why a version made now exists, e.g. the cluster file's commit. */
  description?: string;
  /** For an update: the template's id, and its latest version (the new one follows it). */
  id?: string;
  latest?: number;
}

export interface LtObserved {
  template: LaunchTemplate;
  /** Its latest version, when AWS answered one. */
  latest?: LaunchTemplateVersion;
}

/** Key order, tag order and empty values (AWS leaves out what a request left empty) are not changes. */
export function normalised(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normalised);
    // Tags are a set, which AWS may answer in another order.
    return items.every(isTag) ? items.sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0)) : items;
  }
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, normalised(x)]),
    );
  return value;
}

function isTag(v: unknown): v is { Key: string } {
  return !!v && typeof v === 'object' && typeof (v as { Key?: unknown }).Key === 'string';
}

/** The text of version data as compared (normalised), for the plan and the request tokens. */
const dataText = (value: unknown): string => JSON.stringify(normalised(value));

/** The CreateLaunchTemplate request: the one place its fields are set (ClientToken aside). */
export function ltCreateRequest(d: LtDesired) {
  return {
    LaunchTemplateName: d.address.name,
    LaunchTemplateData: d.data,
    ...(d.description ? { VersionDescription: d.description } : {}),
    TagSpecifications: [{ ResourceType: 'launch-template' as const, Tags: toAwsTags(d.tags) }],
  };
}

export function ltSpec(d: LtDesired): Spec {
  return {
    LaunchTemplateData: normalised(ltCreateRequest(d).LaunchTemplateData),
    Tags: comparedTags(d.tags),
  };
}

export function ltObserved(o: LtObserved, d: LtDesired): Spec {
  return {
    LaunchTemplateData: normalised(o.latest?.LaunchTemplateData ?? {}),
    Tags: comparedTagsFor(tagMap(o.template.Tags), d.tags),
  };
}

const show = (v: unknown) => (v === undefined ? '(none)' : dataText(v));

/** The version data's keys that differ, as the plan lists them (user data is shown as a diff). */
function describeData(f: FieldChange): string[] {
  const before = (f.before ?? {}) as Record<string, unknown>;
  const after = (f.after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(after), ...Object.keys(before)])]
    .filter((k) => k !== 'UserData' && dataText(before[k]) !== dataText(after[k]))
    .sort()
    .map((k) => `${k}: ${show(before[k])} -> ${show(after[k])}`);
}

export const launchTemplateProvider: Provider<LtDesired, LtObserved> = {
  kind: 'launch-template',
  async read(ctx, address) {
    const found = await findLaunchTemplates(ctx.clients, { [TAG.managedBy]: MANAGED_BY });
    const template = found.find((t) => t.LaunchTemplateName === address.name);
    return template && { template, latest: await latestVersion(ctx, template, address) };
  },
  spec: ltSpec,
  observed: ltObserved,
  describe: (f) => (f.field === 'Tags' ? describeTags(f) : describeData(f)),
  // Its version description says why the version exists (a commit), no setting.
  creates: {
    operation: 'CreateLaunchTemplate',
    name: (r) => r.LaunchTemplateName,
    fields: ({
      LaunchTemplateName: _name,
      ClientToken: _token,
      VersionDescription: _label,
      TagSpecifications,
      LaunchTemplateData,
      ...sent
    }) => ({
      ...sent,
      LaunchTemplateData: normalised(LaunchTemplateData),
      Tags: requestTags(specificationTags(TagSpecifications, 'launch-template')),
    }),
  },
  apply: async (ctx, change) => {
    await applyLtChange(ctx, change);
  },
};

export async function latestVersion(
  ctx: AwsContext,
  template: LaunchTemplate,
  address: Address,
): Promise<LaunchTemplateVersion | undefined> {
  const id = required(template.LaunchTemplateId, 'LaunchTemplateId', 'DescribeLaunchTemplates', address);
  const r = await aws('DescribeLaunchTemplateVersions', address, () =>
    ctx.clients.ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Latest'] }),
    ),
  );
  return r.LaunchTemplateVersions?.[0];
}

/** Carry out one change; the version it made, when it made one. */
export async function applyLtChange(ctx: AwsContext, change: Change<LtDesired>): Promise<number | undefined> {
  if (change.op === 'create') {
    await createTemplate(ctx, change.desired);
    return 1;
  }
  if (change.op !== 'update')
    throw new Error(
      `${describeAddress(change.address)}: launch templates are removed by teardown, not ${change.op}`,
    );
  const d = change.desired;
  if (!d.id) throw new Error(`${describeAddress(d.address)}: an update needs the template's id`);
  const tags = change.fields.find((f) => f.field === 'Tags');
  if (tags)
    await writeEc2Tags(ctx, [d.id], { ...d.address, id: d.id }, tagDiff((tags.before ?? {}) as Tags, d.tags));
  return change.fields.some((f) => f.field === 'LaunchTemplateData') ? newVersion(ctx, d) : undefined;
}

/** A new template holding version 1; a repeat of the request (its answer lost) returns the same one. */
export async function createTemplate(
  ctx: AwsContext,
  d: LtDesired,
): Promise<{ template: LaunchTemplate; adopted: boolean }> {
  const r = await write(
    ctx.clients.ec2,
    new CreateLaunchTemplateCommand({
      ...ltCreateRequest(d),
      ClientToken: clientToken('CreateLaunchTemplate', d.address.name, dataText(d.data)),
    }),
    d.address,
    { adopt: () => adoptTemplateByName(ctx, d) },
  );
  if ('answer' in r) return { template: { ...r.answer.LaunchTemplate }, adopted: false };
  if ('adopted' in r) return { template: r.adopted, adopted: true };
  throw new Error('CreateLaunchTemplate has no "done" rule');
}

/** A version holding the desired data; the same data on the same latest version is the same request. */
export async function newVersion(ctx: AwsContext, d: LtDesired): Promise<number> {
  const id = required(d.id, 'LaunchTemplateId', 'DescribeLaunchTemplates', d.address);
  const r = await write(
    ctx.clients.ec2,
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: id,
      LaunchTemplateData: d.data,
      ...(d.description ? { VersionDescription: d.description } : {}),
      ClientToken: clientToken('CreateLaunchTemplateVersion', id, d.latest, dataText(d.data)),
    }),
    { ...d.address, id },
  );
  return answerOf(r)?.LaunchTemplateVersion?.VersionNumber ?? 0;
}

/** The template of that name, once visible, when it carries this cluster's tag. */
async function adoptTemplateByName(ctx: AwsContext, d: LtDesired): Promise<LaunchTemplate> {
  const r = await untilVisible(describeAddress(d.address), ctx.clock, () =>
    aws('DescribeLaunchTemplates', d.address, () =>
      ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [d.address.name] })),
    ),
  );
  const found = r.LaunchTemplates?.[0];
  if (!found || tagMap(found.Tags)[TAG.cluster] !== d.tags[TAG.cluster])
    throw new AwsOperationError(
      'CreateLaunchTemplate',
      d.address,
      'InvalidLaunchTemplateName.AlreadyExistsException',
      'a template of that name exists and is not managed by akrida-ops for this cluster',
      'rename or delete it; the toolkit never adopts untagged resources',
    );
  return found;
}

/** The cluster's template of this role, found by its tags (never by name alone). */
export async function findTemplate(ctx: AwsContext, d: LtDesired): Promise<LaunchTemplate | undefined> {
  return (await findLaunchTemplates(ctx.clients, ownerTags(d.tags, describeAddress(d.address))))[0];
}
