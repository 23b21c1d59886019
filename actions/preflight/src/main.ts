import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { iamClientFor } from '../../../src/iam/iam-client.js';
import { preflight, preflightReport } from '../../../src/iam/preflight.js';

export const run = clusterAction('preflight', {
  inputs: { role: input.choice(['deploy', 'plan'], 'deploy') },
  run: async ({ ctx, cluster, inputs }) => {
    const iam = iamClientFor(ctx.clients, cluster.region, (l) => io().debug(l));
    const r = await preflight({ iam, sts: ctx.clients.sts }, cluster, inputs.role);
    io().info(preflightReport(inputs.role, r));
    for (const note of r.notes) ctx.warn?.(`preflight: ${note}`);
    return {
      outputs: { missing: r.missing.length },
      failure: r.missing.length
        ? `preflight: ${r.missing.length} missing before any work:\n${r.missing.map((m) => `- ${m}`).join('\n')}`
        : undefined,
    };
  },
});
