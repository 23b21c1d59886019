import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { secretRefs } from '../../../src/cluster/secrets.js';
import { storeSecrets } from '../../../src/ops/secrets.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('store-secrets', async () => {
    const { cluster } = loadClusterInput();
    const env = deps.env ?? process.env;
    for (const { ref } of secretRefs(cluster)) {
      const value = 'githubSecret' in ref ? env[ref.githubSecret] : undefined;
      if (value) io().setSecret(value);
    }
    const stored = await storeSecrets(awsContext(cluster, deps), cluster, env);
    io().setOutput('stored', JSON.stringify(stored));
  });
}
