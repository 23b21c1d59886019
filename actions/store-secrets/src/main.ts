import { clusterAction } from '../../../src/action/cluster-action.js';
import { io } from '../../../src/action/io.js';
import { secretRefs } from '../../../src/cluster/secrets.js';
import { storeSecrets } from '../../../src/resources/parameters.js';

export const run = clusterAction('store-secrets', {
  title: 'Store cluster secrets',
  description:
    'Check every secret the cluster references exists, and store workflow secrets (passed as env) as SecureString parameters, rewriting them only when they changed. Values are masked and never logged.',
  inputs: {},
  outputs: { stored: 'JSON list of parameter names and what was done (created, updated, unchanged).' },
  run: async ({ ctx, cluster, deps }) => {
    const env = deps.env ?? process.env;
    // Masked before anything could print them.
    for (const { ref } of secretRefs(cluster)) {
      const value = 'githubSecret' in ref ? env[ref.githubSecret] : undefined;
      if (value) io().setSecret(value);
    }
    return { outputs: { stored: JSON.stringify(await storeSecrets(ctx, cluster, env)) } };
  },
});
