import * as core from '@actions/core';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, choiceInput, templatesOf } from '../../../src/action/context.js';
import { loadBalancer, newestImage, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { describeMaster } from '../../../src/ops/master.js';
import { ensureTierTemplate } from '../../../src/ops/templates.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction(async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const tier = choiceInput('tier', ['acapy', 'worker'] as const);
    const [imageId, perfSg, admin, transport, master] = await Promise.all([
      core.getInput('image-id') || newestImage(ctx, cluster, tier === 'acapy' ? 'acapy' : 'locust'),
      core.getInput('perf-sg') || securityGroupId(ctx, cluster, 'perf-sg'),
      loadBalancer(ctx, cluster, 'admin'),
      loadBalancer(ctx, cluster, 'transport'),
      describeMaster(ctx, cluster),
    ]);
    const lt = await ensureTierTemplate(ctx, cluster, tier, templatesOf(deps), {
      imageId,
      perfSg,
      facts: { adminDns: admin.dns, transportDns: transport.dns, masterPrivateIp: master.privateIp },
    });
    core.setOutput('template-id', lt.id);
    core.setOutput('version', String(lt.version));
    core.setOutput('changed', String(lt.action !== 'unchanged'));
    core.info(`${tier} launch template ${lt.name}: ${lt.action}, version ${lt.version}`);
  });
}
