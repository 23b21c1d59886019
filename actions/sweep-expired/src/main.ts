import { regionContext } from '../../../src/action/context.js';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { regionsToSweep, sweepEveryRegion } from '../../../src/ops/sweep-regions.js';

export const run = defineAction('sweep-expired', {
  inputs: {
    regions: input.list(),
    cluster: input.text(),
    'list-only': input.boolean(false),
    'dry-run': input.boolean(false),
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
