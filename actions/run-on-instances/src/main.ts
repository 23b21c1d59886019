import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { runOnInstances } from '../../../src/aws/run-command.js';
import { clusterScript, scriptTargets, writeInstanceLogs } from '../../../src/ops/run-script.js';

export const run = renderingClusterAction('run-on-instances', {
  inputs: {
    'instance-ids': input.list(),
    tags: input.list(),
    script: input.text(),
    template: input.text(),
    comment: input.text({ fallback: 'akrida-ops run-on-instances' }),
    // SSM's executionTimeout range.
    'timeout-seconds': input.integer({ min: 1, max: 172_800, fallback: 3600 }),
    'output-dir': input.text(),
  },
  run: async ({ ctx, cluster, templates, inputs }) => {
    const targets = scriptTargets(inputs['instance-ids'], inputs.tags);
    const results = await runOnInstances(ctx, {
      targets,
      script: clusterScript(cluster, templates, inputs),
      comment: inputs.comment,
      timeoutSeconds: inputs['timeout-seconds'],
    });
    if (inputs['output-dir']) writeInstanceLogs(inputs['output-dir'], results);
    const summary = results.map(({ instanceId, status, exitCode }) => ({ instanceId, status, exitCode }));
    return { outputs: { results: JSON.stringify(summary) } };
  },
});
