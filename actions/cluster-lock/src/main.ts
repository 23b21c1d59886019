import { writeFileSync } from 'node:fs';
import {
  acquireLock,
  clusterNameOfFile,
  lockedNotice,
  lockLabel,
  pullRequestLocks,
} from '../../../src/action/cluster-lock.js';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';

export const run = defineAction('cluster-lock', {
  title: 'Lock the cluster for this pull request',
  description:
    "Take the cluster's lock for this pull request (the label akrida-lock:<cluster>, held by the lowest-numbered open pull request that carries it), or fail saying which pull request holds it and write that, as the plan comment's body, to body-file. Merging or closing the holder releases the lock. Outside a pull request it does nothing. The cluster is named by its file's name (clusters/<name>.yml), which validation holds to the file's name field: the file itself is not read, so a job that runs only the base branch's code can take the lock.",
  inputs: {
    cluster: input.text({
      required: true,
      description: 'The cluster file, e.g. clusters/perf-example.yml (its name is the cluster name).',
    }),
    'body-file': input.text({
      required: true,
      description:
        'Where to write the comment that names the holder when another pull request holds the lock.',
    }),
    token: input.text({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates in action.yml
      githubDefault: '${{ github.token }}',
      description: 'Token with pull-requests write permission (to label this pull request).',
    }),
  },
  outputs: {
    held: 'true when this pull request holds the lock (or there is no pull request), false when another does.',
    holder: 'The number of the pull request that holds the lock.',
  },
  run: async ({ deps, inputs }) => {
    const cluster = { name: clusterNameOfFile(inputs.cluster) };
    const client = deps.locks ?? (await pullRequestLocks(inputs.token));
    if (!client) {
      io().info('not a pull request run: no lock to take');
      return { outputs: { held: true } };
    }
    const r = await acquireLock(client, cluster.name);
    if (r.held) {
      io().info(`pull request #${r.by} holds ${lockLabel(cluster.name)}`);
      return { outputs: { held: true, holder: r.by } };
    }
    writeFileSync(inputs['body-file'], `${lockedNotice(cluster.name, r.by)}\n`);
    return {
      outputs: { held: false, holder: r.by },
      failure: `cluster ${cluster.name} is locked by pull request #${r.by}: plan it again once #${r.by} is merged or closed`,
    };
  },
});
