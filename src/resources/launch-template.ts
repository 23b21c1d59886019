// Ensure a tagged launch template whose latest version holds the desired data: create it, add a
// version only when the content changed, and make a version the default on request.
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  type LaunchTemplate,
  ModifyLaunchTemplateCommand,
  type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { type Address, describeAddress } from '../aws/address.js';
import { untilVisible } from '../aws/consistency.js';
import type { AwsContext } from '../aws/context.js';
import { findLaunchTemplates, tagMap } from '../aws/discover.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { answerOf, clientToken, write } from '../aws/writes.js';
import { TAG, type Tags } from '../cluster/tags.js';
import { tagDiff, writeEc2Tags } from './extra-tags.js';
import { ownerTags } from './owner-tags.js';

export interface LaunchTemplateSpec {
  name: string;
  tags: Tags;
  data: RequestLaunchTemplateData;
  /** Why this version exists, e.g. the cluster file's commit. */
  description?: string;
}

export interface LaunchTemplateState {
  id: string;
  name: string;
  version: number;
  defaultVersion: number;
  action: 'created' | 'new-version' | 'unchanged';
}

/** Key order and empty values must not count as a change. */
export function canonical(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && x.length === 0))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, norm(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value));
}

/** The template of that name, once visible, when it carries this cluster's tag. */
async function adoptTemplateByName(
  ctx: AwsContext,
  spec: LaunchTemplateSpec,
  address: Address,
): Promise<LaunchTemplate> {
  const r = await untilVisible(describeAddress(address), ctx.clock, () =>
    aws('DescribeLaunchTemplates', address, () =>
      ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [spec.name] })),
    ),
  );
  const found = r.LaunchTemplates?.[0];
  if (!found || tagMap(found.Tags)[TAG.cluster] !== spec.tags[TAG.cluster]) {
    throw new AwsOperationError(
      'CreateLaunchTemplate',
      address,
      'InvalidLaunchTemplateName.AlreadyExistsException',
      'a template of that name exists and is not managed by akrida-ops for this cluster',
      'rename or delete it; the toolkit never adopts untagged resources',
    );
  }
  return found;
}

export async function ensureLaunchTemplate(
  ctx: AwsContext,
  spec: LaunchTemplateSpec,
): Promise<LaunchTemplateState> {
  const { ec2 } = ctx.clients;
  const address: Address = { kind: 'launch-template', name: spec.name };
  const resource = describeAddress(address);
  const selector = ownerTags(spec.tags, resource);
  let found: LaunchTemplate | undefined = (await findLaunchTemplates(ctx.clients, selector))[0];
  if (!found) {
    const r = await write(
      ec2,
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: spec.name,
        LaunchTemplateData: spec.data,
        ...(spec.description ? { VersionDescription: spec.description } : {}),
        TagSpecifications: [
          {
            ResourceType: 'launch-template',
            Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value })),
          },
        ],
        // A repeat of this very request (its answer lost) returns the template it made.
        ClientToken: clientToken('CreateLaunchTemplate', spec.name, canonical(spec.data)),
      }),
      address,
      { adopt: () => adoptTemplateByName(ctx, spec, address) },
    );
    if ('answer' in r) {
      ctx.log?.(`created ${resource} (${r.answer.LaunchTemplate?.LaunchTemplateId}) version 1`);
      return {
        id: required(
          r.answer.LaunchTemplate?.LaunchTemplateId,
          'LaunchTemplateId',
          'CreateLaunchTemplate',
          address,
        ),
        name: spec.name,
        version: 1,
        defaultVersion: 1,
        action: 'created',
      };
    }
    if (!('adopted' in r)) throw new Error('CreateLaunchTemplate has no "done" rule');
    found = r.adopted;
  }
  if (!found) throw new Error(`${resource}: neither found nor created`);
  const id = required(found.LaunchTemplateId, 'LaunchTemplateId', 'DescribeLaunchTemplates', address);
  // The template's own tags follow the file (its instances' tags are in its data).
  const tags = tagDiff(tagMap(found.Tags), spec.tags);
  if (tags.lines.length) {
    await writeEc2Tags(ctx, [id], address, tags);
    ctx.log?.(`${resource}: ${tags.lines.join(', ')}`);
  }
  const latest = await aws('DescribeLaunchTemplateVersions', address, () =>
    ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Latest'] })),
  );
  const current = latest.LaunchTemplateVersions?.[0];
  const state = { id, name: spec.name, defaultVersion: found.DefaultVersionNumber ?? 1 };
  if (current && canonical(current.LaunchTemplateData) === canonical(spec.data)) {
    return { ...state, version: current.VersionNumber ?? 1, action: 'unchanged' };
  }
  const r = await write(
    ec2,
    new CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: id,
      LaunchTemplateData: spec.data,
      ...(spec.description ? { VersionDescription: spec.description } : {}),
      // The same content on the same latest version is the same request: no second version.
      ClientToken: clientToken(
        'CreateLaunchTemplateVersion',
        id,
        current?.VersionNumber,
        canonical(spec.data),
      ),
    }),
    address,
  );
  const version = answerOf(r)?.LaunchTemplateVersion?.VersionNumber ?? 0;
  ctx.log?.(`${resource}: new version ${version}`);
  return { ...state, version, action: 'new-version' };
}

/** Make `version` the default; a no-op when it already is. */
export async function setDefaultVersion(
  ctx: AwsContext,
  { id, name }: { id: string; name: string },
  version: number,
): Promise<boolean> {
  const r = await aws('DescribeLaunchTemplates', `launch template ${id}`, () =>
    ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })),
  );
  if (r.LaunchTemplates?.[0]?.DefaultVersionNumber === version) return false;
  await write(
    ctx.clients.ec2,
    new ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: String(version) }),
    { kind: 'launch-template', name, id },
  );
  return true;
}
