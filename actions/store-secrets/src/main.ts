import { clusterAction } from '../../../src/action/cluster-action.js';
import { io } from '../../../src/action/io.js';
import { secretRefs } from '../../../src/cluster/secrets.js';
import { storeSecrets } from '../../../src/resources/parameters.js';

export const run = clusterAction('store-secrets', {
  inputs: {},
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
