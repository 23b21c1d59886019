import { DescribeLaunchTemplatesCommand } from '@aws-sdk/client-ec2';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, booleanInput, choiceInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { setDefaultVersion } from '../../../src/aws/launch-templates.js';
import { templateId } from '../../../src/ops/discover-cluster.js';
import { describeGroup, groupName, refreshInstances } from '../../../src/ops/groups.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('set-default-template-version', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const tier = choiceInput('tier', ['acapy', 'worker'] as const);
    const id = await templateId(ctx, cluster, tier);
    let version = Number(io().getInput('version') || 0);
    if (!version) {
      const r = await ctx.clients.ec2.send(new DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] }));
      version = r.LaunchTemplates?.[0]?.LatestVersionNumber ?? 1;
    }
    const changed = await setDefaultVersion(ctx, id, version);
    io().setOutput('changed', String(changed));
    const name = groupName(cluster, tier);
    if (booleanInput('refresh', false)) {
      // Only instances not on the default version are replaced; a group already on it is left alone.
      const stale = ((await describeGroup(ctx, name))?.Instances ?? []).filter(
        (i) => i.LaunchTemplate?.Version !== String(version),
      );
      if (stale.length > 0) io().setOutput('refresh-id', await refreshInstances(ctx, name));
    }
  });
}
