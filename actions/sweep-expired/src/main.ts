import { regionContext } from '../../../src/action/context.js';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { regionsToSweep, sweepEveryRegion } from '../../../src/ops/sweep-regions.js';

export const run = defineAction('sweep-expired', {
  title: 'Sweep expired clusters',
  description:
    "Destroy every cluster whose expiry tag (creation or last apply, plus the cluster's time-to-live) has passed or cannot be read, including the leftovers of cancelled or failed builds and their stored parameters. Every expired cluster is attempted; the step fails at the end, naming each that failed.",
  inputs: {
    regions: input.list({
      required: true,
      description: 'AWS regions to sweep (comma or newline separated).',
    }),
    cluster: input.text({
      description: 'Sweep only this cluster name (re-checked as expired first); empty for all.',
    }),
    'list-only': input.boolean({
      fallback: false,
      description: 'Only find the expired clusters and set the expired output (true/false).',
    }),
    'dry-run': input.boolean({
      fallback: false,
      description: 'List what would be destroyed, change nothing (true/false).',
    }),
  },
  outputs: {
    expired: 'JSON list of {"cluster", "region"} objects: the expired clusters found (or swept).',
  },
  run: async ({ deps, inputs }) => {
    const regions = regionsToSweep(inputs.regions);
    const opts = { listOnly: inputs['list-only'], dryRun: inputs['dry-run'], only: inputs.cluster };
    const r = await sweepEveryRegion(
      (region) => regionContext(region, deps),
      regions,
      opts,
      async (x) => {
        for (const e of x.errors) io().error(e);
        if (x.summary) await io().summary.addRaw(x.summary).write();
      },
    );
    // Every expired cluster was attempted; the run fails now, naming each that failed.
    return { outputs: { expired: JSON.stringify(r.expired) }, failure: r.failure };
  },
});
