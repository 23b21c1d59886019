// Ensure a tagged launch template whose latest version holds the desired data: create it, add a
// version only when the content changed, and make a version the default on request.
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  ModifyLaunchTemplateCommand,
  type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { TAG, type Tags } from '../cluster/tags.js';
import { untilVisible } from './consistency.js';
import type { AwsContext } from './context.js';
import { findLaunchTemplates, tagMap } from './discover.js';
import { AwsOperationError, aws, codeOf } from './errors.js';

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

export async function ensureLaunchTemplate(
  ctx: AwsContext,
  spec: LaunchTemplateSpec,
): Promise<LaunchTemplateState> {
  const { ec2 } = ctx.clients;
  const resource = `launch template ${spec.name}`;
  const selector = { [TAG.cluster]: spec.tags[TAG.cluster] ?? '', [TAG.role]: spec.tags[TAG.role] ?? '' };
  let [found] = await findLaunchTemplates(ctx.clients, selector);
  if (!found) {
    try {
      const r = await aws('CreateLaunchTemplate', resource, () =>
        ec2.send(
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
          }),
        ),
      );
      ctx.log?.(`created ${resource} (${r.LaunchTemplate?.LaunchTemplateId}) version 1`);
      return {
        id: r.LaunchTemplate?.LaunchTemplateId ?? '',
        name: spec.name,
        version: 1,
        defaultVersion: 1,
        action: 'created',
      };
    } catch (err) {
      if (codeOf(err) !== 'InvalidLaunchTemplateName.AlreadyExistsException') throw err;
      const r = await untilVisible(resource, ctx.clock, () =>
        aws('DescribeLaunchTemplates', resource, () =>
          ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [spec.name] })),
        ),
      );
      found = r.LaunchTemplates?.[0];
      if (!found || tagMap(found.Tags)[TAG.cluster] !== spec.tags[TAG.cluster]) {
        throw new AwsOperationError(
          'CreateLaunchTemplate',
          resource,
          'InvalidLaunchTemplateName.AlreadyExistsException',
          'a template of that name exists and is not managed by akrida-ops for this cluster',
          'rename or delete it; the toolkit never adopts untagged resources',
        );
      }
    }
  }
  const id = found.LaunchTemplateId ?? '';
  const latest = await aws('DescribeLaunchTemplateVersions', resource, () =>
    ec2.send(new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ['$Latest'] })),
  );
  const current = latest.LaunchTemplateVersions?.[0];
  const state = { id, name: spec.name, defaultVersion: found.DefaultVersionNumber ?? 1 };
  if (current && canonical(current.LaunchTemplateData) === canonical(spec.data)) {
    return { ...state, version: current.VersionNumber ?? 1, action: 'unchanged' };
  }
  const r = await aws('CreateLaunchTemplateVersion', resource, () =>
    ec2.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: id,
        LaunchTemplateData: spec.data,
        ...(spec.description ? { VersionDescription: spec.description } : {}),
      }),
    ),
  );
  const version = r.LaunchTemplateVersion?.VersionNumber ?? 0;
  ctx.log?.(`${resource}: new version ${version}`);
  return { ...state, version, action: 'new-version' };
}

/** Make `version` the default; a no-op when it already is. */
export async function setDefaultVersion(ctx: AwsContext, id: string, version: number): Promise<boolean> {
  const r = await aws('DescribeLaunchTemplates', `launch template ${id}`, () =>
    ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })),
  );
  if (r.LaunchTemplates?.[0]?.DefaultVersionNumber === version) return false;
  await aws('ModifyLaunchTemplate', `launch template ${id}`, () =>
    ctx.clients.ec2.send(
      new ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: String(version) }),
    ),
  );
  return true;
}
