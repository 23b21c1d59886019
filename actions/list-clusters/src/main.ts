import { annotateProblems } from '../../../src/action/adapter.js';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { listClusters } from '../../../src/ops/cluster-listing.js';

export const run = defineAction('list-clusters', {
  title: 'List clusters',
  description:
    'Say which cluster files a run is about, as a JSON list for a job matrix: the one named, those whose teardown (or regression) schedule is the cron that fired, or those changed since a commit (all when templates/ changed). An unusable file is an error annotation and is skipped, unless it is the one named.',
  inputs: {
    cluster: input.text({ description: 'One cluster file; wins over the other inputs.' }),
    schedule: input.text({ description: 'The cron expression that fired (github.event.schedule).' }),
    'schedule-of': input.choice(['teardown', 'regression'], {
      fallback: 'teardown',
      description: "Whose schedule the cron is: the clusters' teardown or regression schedule.",
    }),
    'changed-since': input.text({ description: 'A commit; list cluster files changed between it and HEAD.' }),
    regions: input.list({
      description:
        'More regions for the regions output (comma or newline separated), e.g. vars.AKRIDA_SWEEP_REGIONS, so clusters whose file was deleted are still swept.',
    }),
  },
  outputs: {
    clusters: 'JSON list of cluster file paths.',
    any: 'Whether the list is non-empty (true/false).',
    regions: 'JSON list of the distinct regions of the usable cluster files plus the regions input.',
  },
  run: async ({ deps, inputs }) => {
    const r = listClusters({
      ...(deps.clustersDir ? { dir: deps.clustersDir } : {}),
      one: inputs.cluster,
      schedule: inputs.schedule,
      scheduleOf: inputs['schedule-of'],
      changedSince: inputs['changed-since'],
      regions: inputs.regions,
    });
    annotateProblems(r.problems);
    if (r.problems.length)
      io().info(`skipped ${new Set(r.problems.map((p) => p.file)).size} unusable cluster file(s)`);
    for (const bad of r.badRegions) io().error(`regions: "${bad}" is not an AWS region name; skipped`);
    io().info(`clusters: ${r.clusters.join(', ') || '(none)'}`);
    const outputs = { clusters: JSON.stringify(r.clusters), any: r.clusters.length > 0 };
    return { outputs: { ...outputs, regions: JSON.stringify(r.regions) } };
  },
});
