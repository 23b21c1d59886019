// Step 7 (set-default-template-version): make a version of a tier's launch template the default,
// the latest when none is named, and optionally replace the instances not on it.
import { DescribeLaunchTemplatesCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { required } from '../aws/required.js';
import type { Cluster } from '../config/schema.js';
import { instancesOffVersion, refreshInstances } from '../resources/group-capacity.js';
import { describeGroup } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';
import { setDefaultVersion } from '../resources/launch-template.js';
import { type Tier, templateName } from '../resources/launch-templates.js';
import { templateId } from './discover-cluster.js';

export interface DefaultVersionResult {
  version: number;
  changed: boolean;
  /** The instance refresh started, when one was asked for and some instance was on another version. */
  refreshId?: string;
}

export async function latestVersion(ctx: AwsContext, id: string): Promise<number> {
  const r = await aws('DescribeLaunchTemplates', `launch template ${id}`, () =>
    ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })),
  );
  return required(
    r.LaunchTemplates?.[0]?.LatestVersionNumber,
    'LatestVersionNumber',
    'DescribeLaunchTemplates',
    `launch template ${id}`,
  );
}

export async function setTierDefaultVersion(
  ctx: AwsContext,
  c: Cluster,
  tier: Tier,
  opts: { version?: number; refresh: boolean },
): Promise<DefaultVersionResult> {
  const id = await templateId(ctx, c, tier);
  const version = opts.version ?? (await latestVersion(ctx, id));
  const changed = await setDefaultVersion(ctx, { id, name: templateName(c, tier) }, version);
  if (!opts.refresh) return { version, changed };
  // Only instances not on the default version are replaced; a group already on it is left alone.
  const name = groupName(c, tier);
  const stale = instancesOffVersion((await describeGroup(ctx, name))?.Instances, version);
  return stale.length > 0
    ? { version, changed, refreshId: await refreshInstances(ctx, name) }
    : { version, changed };
}
