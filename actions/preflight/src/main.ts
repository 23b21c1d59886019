import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { iamClientFor } from '../../../src/iam/iam-client.js';
import { preflight, preflightReport } from '../../../src/iam/preflight.js';

export const run = clusterAction('preflight', {
  title: 'Preflight',
  description:
    'Before any work: check that the instance profile the cluster file names exists and holds a role, and that the role in use has every grant of its generated policy (iam/deploy-policy.json or iam/plan-policy.json), asked through iam:SimulatePrincipalPolicy. Fails naming what is missing and what to do (run akrida bootstrap); where the role may not simulate, it says so and hints instead.',
  inputs: {
    role: input.choice(['deploy', 'plan'], {
      fallback: 'deploy',
      description: "Which role's grants to check, deploy (builds, changes, teardown) or plan (read-only).",
    }),
  },
  outputs: {
    missing: 'How many grants (and the instance profile, if absent) are missing; 0 when the build may start.',
  },
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
