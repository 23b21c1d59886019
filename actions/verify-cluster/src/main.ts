import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { verifyBuiltCluster } from '../../../src/ops/verify-cluster.js';
import { notDoneYet } from '../../../src/plan/carried-out.js';

export const run = renderingClusterAction('verify-cluster', {
  title: 'Verify cluster',
  description:
    'Check target health of every group, ACA-Py /status/live and /status/ready through the admin load balancer, an invitation whose URL is on the transport load balancer and port and resolves, and that the Locust master counts every in-service worker; after a saved-plan apply, that a plan made now lists no change left. Writes a table to the job summary.',
  inputs: {
    'settle-seconds': input.integer({
      max: 86_400,
      fallback: 600,
      description: 'How long to wait for the checks to pass before failing.',
    }),
  },
  outputs: {
    passed: 'Whether every check passed (true/false).',
    table: 'The checks as a Markdown table.',
  },
  run: async ({ ctx, cluster, templates, inputs, approved }) => {
    const v = await verifyBuiltCluster(ctx, cluster, templates, inputs['settle-seconds']);
    // After a saved-plan apply: nothing the approved plan lists is left to do.
    const left = approved && (await notDoneYet(ctx, cluster, templates, approved));
    const failure = [v.failure, left].filter(Boolean).join('; ');
    return {
      outputs: { passed: v.passed && !left, table: v.table },
      summary: `## Cluster ${cluster.name}: verification\n\n${v.table}\n${left ? `\n${left}\n` : ''}`,
      ...(failure ? { failure } : {}),
    };
  },
});
