import { annotateProblems } from '../../../src/action/adapter.js';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { listClusters } from '../../../src/ops/cluster-listing.js';

export const run = defineAction('list-clusters', {
  inputs: {
    cluster: input.text(),
    schedule: input.text(),
    'changed-since': input.text(),
    regions: input.list(),
  },
  run: async ({ deps, inputs }) => {
    const r = listClusters({
      ...(deps.clustersDir ? { dir: deps.clustersDir } : {}),
      one: inputs.cluster,
      schedule: inputs.schedule,
      changedSince: inputs['changed-since'],
      regions: inputs.regions,
    });
    annotateProblems(r.problems);
    if (r.problems.length)
      io().info(`skipped ${new Set(r.problems.map((p) => p.file)).size} unusable cluster file(s)`);
    for (const bad of r.badRegions) io().error(`regions: "${bad}" is not an AWS region name; skipped`);
    io().info(`clusters: ${r.clusters.join(', ') || '(none)'}`);
    return {
      outputs: {
        clusters: JSON.stringify(r.clusters),
        any: r.clusters.length > 0,
        regions: JSON.stringify(r.regions),
      },
    };
  },
});
