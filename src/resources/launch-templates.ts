// Steps 3, 5 and 8: the ACA-Py and Locust worker launch templates, their user data rendered from
// templates/ with the facts only AWS knows (transport DNS, master IP). A new version is made only
// when the rendered content changed; making it the default is a separate, explicit step.

import { DeleteLaunchTemplateCommand, type RequestLaunchTemplateData } from '@aws-sdk/client-ec2';
import { createTwoFilesPatch } from 'diff';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { findLaunchTemplates, selector, tagMap } from '../aws/discover.js';
import { required } from '../aws/required.js';
import { write } from '../aws/writes.js';
import { instanceProfileOf } from '../cluster/profiles.js';
import { resourceNames } from '../cluster/resources.js';
import { resourceTags, TAG, type Tags, toAwsTags } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import type { ClusterFacts } from '../render/env-files.js';
import type { TemplateSet } from '../render/render.js';
import { acapyUserData, workerUserData } from '../render/user-data.js';
import { comparedTags } from './extra-tags.js';
import type { KindPlan, ResourceKind } from './kind.js';
import { ensureLaunchTemplate, type LaunchTemplateState } from './launch-template.js';
import { latestVersion, launchTemplateProvider, ltSpec } from './launch-template-provider.js';
import { createdFields, diff, planned } from './provider.js';
import { NEW_VALUE } from './value-placeholders.js';

export type Tier = 'acapy' | 'worker';
export const TIERS: readonly Tier[] = ['acapy', 'worker'];

export interface TierTemplateInput {
  imageId: string;
  perfSg: string;
  facts: ClusterFacts;
}

/** Instance tags from the template; the expiry tag comes from the group, so it cannot churn versions. */
export function tierInstanceTags(c: Cluster, tier: Tier): Tags {
  const { [TAG.expiresAt]: _expiry, ...tags } = resourceTags(c, `${tier}-instance`);
  return tags;
}

export function tierUserData(t: TemplateSet, c: Cluster, tier: Tier, facts: ClusterFacts): string {
  return tier === 'acapy' ? acapyUserData(t, c, facts) : workerUserData(t, c, facts);
}

export function tierTemplateData(
  c: Cluster,
  tier: Tier,
  t: TemplateSet,
  input: TierTemplateInput,
): RequestLaunchTemplateData {
  return {
    ImageId: input.imageId,
    InstanceType: (tier === 'acapy' ? c.acapy.instanceType : c.locust.workers.instanceType) as never,
    SecurityGroupIds: [input.perfSg],
    IamInstanceProfile: { Name: instanceProfileOf(c) },
    // Hop limit 1: only the host reaches the instance metadata (the user data reads AGENT_IP there);
    // the agents' containers get nothing from it, so they cannot borrow the instance role.
    MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    // Ubuntu images (the procedure's base) boot from /dev/sda1; every volume is encrypted.
    BlockDeviceMappings: [
      { DeviceName: '/dev/sda1', Ebs: { Encrypted: true, VolumeType: 'gp3', DeleteOnTermination: true } },
    ],
    UserData: Buffer.from(tierUserData(t, c, tier, input.facts)).toString('base64'),
    TagSpecifications: [{ ResourceType: 'instance', Tags: toAwsTags(tierInstanceTags(c, tier)) }],
  };
}

export function templateName(c: Cluster, tier: Tier): string {
  const names = resourceNames(c);
  return tier === 'acapy' ? names.acapyTemplate : names.workerTemplate;
}

export async function ensureTierTemplate(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  t: TemplateSet,
  input: TierTemplateInput,
): Promise<LaunchTemplateState> {
  return ensureLaunchTemplate(ctx, {
    name: templateName(c, tier),
    tags: resourceTags(c, `${tier}-template`, new Date(ctx.clock.now())),
    data: tierTemplateData(c, tier, t, input),
  });
}

/** A template without user data runs an empty script. */
const userDataText = (b64: string | undefined) => Buffer.from(b64 ?? '', 'base64').toString();

export interface TemplatePlanInput {
  templates: TemplateSet;
  /** The images the tiers will run, when they exist already. */
  imageIds: { acapy?: string; locust?: string };
  perfSg: string | undefined;
  facts: ClusterFacts;
}
type FoundTemplates = { id: string; name: string }[];
/** Each tier's template id when it exists, and the version the apply makes its default. */
export interface TemplateFacts {
  ids: Partial<Record<Tier, string>>;
  versions: Partial<Record<Tier, number>>;
}

/** The default version as ModifyLaunchTemplate sets it: a field of the plan's change, held by value. */
const defaultVersion = (before: number | undefined, after: number | undefined) => ({
  field: 'DefaultVersion',
  before: before === undefined ? undefined : String(before),
  after: after === undefined ? undefined : String(after),
});

export const launchTemplates: ResourceKind<TemplatePlanInput, TemplateFacts, FoundTemplates> = {
  kind: 'launch template',

  // Compared with the latest version as it would be rendered now; user data as a diff.
  async plan(ctx, c, input): Promise<KindPlan<TemplateFacts>> {
    const out: KindPlan<TemplateFacts> = {
      changes: [],
      unchanged: [],
      facts: { ids: {}, versions: {} },
      observed: [],
    };
    const found = await findLaunchTemplates(ctx.clients, selector(c.name));
    for (const tier of TIERS) {
      const name = templateName(c, tier);
      const data = tierTemplateData(c, tier, input.templates, {
        imageId: input.imageIds[tier === 'acapy' ? 'acapy' : 'locust'] ?? NEW_VALUE.image,
        perfSg: input.perfSg ?? NEW_VALUE.perfSg,
        facts: input.facts,
      });
      const lt = found.find((x) => tagMap(x.Tags)[TAG.role] === `${tier}-template`);
      const address: Address = { kind: 'launch-template', name };
      if (!lt) {
        out.observed.push({ address });
        // The new template's data, user data included, is what the approval holds its create to.
        out.changes.push({
          action: 'add',
          resource: `launch template ${name}`,
          details: [`version 1 (default): ${String(data.InstanceType)}`],
          address,
          fields: createdFields(ltSpec({ address, data, tags: resourceTags(c, `${tier}-template`) })),
          diff: createTwoFilesPatch(
            '(no template)',
            'user data v1',
            '',
            userDataText(data.UserData),
            '',
            '',
            {
              context: 2,
            },
          ),
        });
        continue;
      }
      const id = required(
        lt.LaunchTemplateId,
        'LaunchTemplateId',
        'DescribeLaunchTemplates',
        `launch template ${name}`,
      );
      out.facts.ids[tier] = id;
      const latest = await latestVersion(ctx, lt, address);
      const have = latest?.LaunchTemplateData ?? {};
      // The latest version's data field by field (user data as a hash), and which version is the default.
      out.observed.push({
        address: { ...address, id },
        fields: {
          LatestVersionNumber: latest?.VersionNumber,
          DefaultVersionNumber: lt.DefaultVersionNumber,
          Tags: comparedTags(tagMap(lt.Tags)),
          ...Object.fromEntries(
            [...new Set([...Object.keys(have), ...Object.keys(data)])].map((k) => [
              k,
              (have as Record<string, unknown>)[k],
            ]),
          ),
        },
      });
      const desired = { address, data, tags: resourceTags(c, `${tier}-template`), id };
      const [change] = diff(launchTemplateProvider, desired, { template: lt, latest });
      const lines = change && planned(launchTemplateProvider, change, `launch template ${name}`);
      if (!(change?.op === 'update' && change.fields.some((f) => f.field === 'LaunchTemplateData'))) {
        out.facts.versions[tier] = latest?.VersionNumber;
        const moved = lt.DefaultVersionNumber !== latest?.VersionNumber;
        const details = [
          ...(moved ? [`default version ${lt.DefaultVersionNumber} -> ${latest?.VersionNumber}`] : []),
          ...(lines?.details ?? []),
        ];
        const fields = [
          ...(lines?.fields ?? []),
          ...(moved ? [defaultVersion(lt.DefaultVersionNumber, latest?.VersionNumber)] : []),
        ];
        if (details.length)
          out.changes.push({
            action: 'change',
            resource: `launch template ${name}`,
            details,
            address,
            ...(fields.length ? { fields } : {}),
          });
        else out.unchanged.push(`launch template ${name} version ${latest?.VersionNumber}`);
        continue;
      }
      const next = (lt.LatestVersionNumber ?? 0) + 1;
      out.facts.versions[tier] = next;
      // An absent UserData is empty user data, not a missing field.
      const oldUd = userDataText(have.UserData);
      const newUd = userDataText(data.UserData);
      out.changes.push({
        action: 'change',
        resource: `launch template ${name}`,
        address,
        details: [`new version ${next}, made the default`, ...(lines?.details ?? [])],
        fields: [...change.fields, defaultVersion(lt.DefaultVersionNumber, next)],
        ...(oldUd !== newUd
          ? {
              diff: createTwoFilesPatch(
                `user data v${latest?.VersionNumber}`,
                `user data v${next}`,
                oldUd,
                newUd,
                '',
                '',
                {
                  context: 2,
                },
              ),
            }
          : {}),
      });
    }
    return out;
  },

  async find(ctx, cluster) {
    return (await findLaunchTemplates(ctx.clients, selector(cluster))).map((t) => ({
      id: required(
        t.LaunchTemplateId,
        'LaunchTemplateId',
        'DescribeLaunchTemplates',
        `templates of ${cluster}`,
      ),
      name: t.LaunchTemplateName ?? t.LaunchTemplateId ?? '?',
    }));
  },

  items: (found) => found.map((t) => ({ kind: 'launch template', id: t.id, name: t.name, action: 'delete' })),

  async destroy(ctx, found) {
    await Promise.all(
      found.map((t) =>
        write(ctx.clients.ec2, new DeleteLaunchTemplateCommand({ LaunchTemplateId: t.id }), {
          kind: 'launch-template',
          name: t.name,
        }),
      ),
    );
  },
};
