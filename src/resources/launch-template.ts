// Ensure a tagged launch template whose latest version holds the desired data (through its provider,
// launch-template-provider.ts): create it, add a version only when the content changed, bring its
// tags to the file's; and make a version the default on request.
import {
  DescribeLaunchTemplatesCommand,
  type LaunchTemplate,
  ModifyLaunchTemplateCommand,
  type RequestLaunchTemplateData,
} from '@aws-sdk/client-ec2';
import { type Address, describeAddress } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import type { Tags } from '../cluster/tags.js';
import {
  applyLtChange,
  createTemplate,
  findTemplate,
  type LtDesired,
  latestVersion,
  launchTemplateProvider,
} from './launch-template-provider.js';
import { diff } from './provider.js';

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

/** The template in place and its latest version holding the desired data, through its provider. */
export async function ensureLaunchTemplate(
  ctx: AwsContext,
  spec: LaunchTemplateSpec,
): Promise<LaunchTemplateState> {
  const address: Address = { kind: 'launch-template', name: spec.name };
  const desired: LtDesired = {
    address,
    data: spec.data,
    tags: spec.tags,
    ...(spec.description ? { description: spec.description } : {}),
  };
  const found = await findTemplate(ctx, desired);
  if (found) return converge(ctx, desired, found);
  const made = await createTemplate(ctx, desired);
  // An adopted template (an earlier attempt made it, its answer lost) converges like a found one.
  if (made.adopted) return converge(ctx, desired, made.template);
  const id = required(made.template.LaunchTemplateId, 'LaunchTemplateId', 'CreateLaunchTemplate', address);
  ctx.log?.(`created ${describeAddress(address)} (${id}) version 1`);
  return { id, name: spec.name, version: 1, defaultVersion: 1, action: 'created' };
}

async function converge(
  ctx: AwsContext,
  d: LtDesired,
  template: LaunchTemplate,
): Promise<LaunchTemplateState> {
  const id = required(template.LaunchTemplateId, 'LaunchTemplateId', 'DescribeLaunchTemplates', d.address);
  const latest = await latestVersion(ctx, template, d.address);
  const at = { ...d, id, ...(latest?.VersionNumber ? { latest: latest.VersionNumber } : {}) };
  const state = { id, name: d.address.name, defaultVersion: template.DefaultVersionNumber ?? 1 };
  const [change] = diff(launchTemplateProvider, at, { template, latest });
  const version = change && (await applyLtChange(ctx, change));
  if (change?.op === 'update')
    ctx.log?.(`${describeAddress(d.address)}: ${change.fields.map((f) => f.field).join(', ')} changed`);
  return version
    ? { ...state, version, action: 'new-version' }
    : { ...state, version: latest?.VersionNumber ?? 1, action: 'unchanged' };
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
