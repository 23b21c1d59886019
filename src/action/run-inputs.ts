// The run options a plan is made with and an apply is held to, as action inputs: the same names
// and meanings as cluster-up's own inputs, so a workflow passes its inputs straight through.
import type { RunOptions } from '../cluster/run-options.js';
import { input } from './inputs.js';

export const RUN_INPUTS = {
  workers: input.integer({
    max: 10_000,
    description: "The run's worker count (the cluster file's when empty), as cluster-up's workers input.",
  }),
  'rebuild-images': input.boolean({
    fallback: false,
    description:
      "Bake the images again even if they are current, as cluster-up's rebuild-images (true/false).",
  }),
  refresh: input.boolean({
    fallback: false,
    description:
      "Replace running instances not on their template's new default version, as cluster-up's refresh (true/false).",
  }),
};

export function runOptionsOf(i: {
  workers: number | undefined;
  'rebuild-images': boolean;
  refresh: boolean;
}): RunOptions {
  return {
    ...(i.workers === undefined ? {} : { workers: i.workers }),
    rebuildImages: i['rebuild-images'],
    refresh: i.refresh,
  };
}
