import { input } from '../../../src/action/inputs.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { runOnInstances } from '../../../src/aws/run-command.js';
import { clusterScript, scriptTargets, writeInstanceLogs } from '../../../src/ops/run-script.js';

export const run = renderingClusterAction('run-on-instances', {
  title: 'Run on instances',
  description:
    "Run a script through SSM Run Command (in place of SSH) on instances by id or by tags, wait for every invocation, and fail naming each failing instance with its status and the tail of its stderr. More than 50 instances are split across commands. Optionally saves each instance's output to files.",
  inputs: {
    'instance-ids': input.list({ description: 'Instance ids, one per line or comma-separated.' }),
    tags: input.list({
      description: 'Target instances by tags, KEY=VALUE per line (used when instance-ids is empty).',
    }),
    script: input.text({ description: 'The shell script to run (or use template).' }),
    template: input.text({
      description: 'A script under templates/ to render instead, e.g. collect-logs.sh.hbs.',
    }),
    comment: input.text({
      fallback: 'akrida-ops run-on-instances',
      description: 'Shown in the SSM console.',
    }),
    // SSM's executionTimeout range.
    'timeout-seconds': input.integer({
      min: 1,
      max: 172_800,
      fallback: 3600,
      description: 'Execution timeout per instance.',
    }),
    'output-dir': input.text({
      description: "When set, each instance's stdout and stderr are written to <dir>/<instance-id>.log.",
    }),
  },
  outputs: { results: 'JSON list of instance id, status and exit code.' },
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
