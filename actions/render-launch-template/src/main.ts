import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, choiceInput, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { loadBalancer, newestImage, securityGroupId } from '../../../src/ops/discover-cluster.js';
import { describeMaster } from '../../../src/ops/master.js';
import { ensureTierTemplate } from '../../../src/ops/templates.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('render-launch-template', async () => {
    const { cluster } = loadClusterInput();
    const ctx = awsContext(cluster, deps);
    const tier = choiceInput('tier', ['acapy', 'worker'] as const);
    const [imageId, perfSg, admin, transport, master] = await Promise.all([
      io().getInput('image-id') || newestImage(ctx, cluster, tier === 'acapy' ? 'acapy' : 'locust'),
      io().getInput('perf-sg') || securityGroupId(ctx, cluster, 'perf-sg'),
      loadBalancer(ctx, cluster, 'admin'),
      loadBalancer(ctx, cluster, 'transport'),
      describeMaster(ctx, cluster),
    ]);
    const lt = await ensureTierTemplate(ctx, cluster, tier, templatesOf(deps), {
      imageId,
      perfSg,
      facts: { adminDns: admin.dns, transportDns: transport.dns, masterPrivateIp: master.privateIp },
    });
    io().setOutput('template-id', lt.id);
    io().setOutput('version', String(lt.version));
    io().setOutput('changed', String(lt.action !== 'unchanged'));
    io().info(`${tier} launch template ${lt.name}: ${lt.action}, version ${lt.version}`);
  });
}
