import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, booleanInput, choiceInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { teardown, teardownMarkdown } from '../../../src/ops/teardown.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('teardown', async () => {
    const { cluster } = loadClusterInput();
    const choice = choiceInput('mode', ['file', 'scale-to-zero', 'destroy'] as const, 'file');
    const mode = choice === 'file' ? cluster.teardown.mode : choice;
    const r = await teardown(awsContext(cluster, deps), cluster.name, mode, {
      dryRun: booleanInput('dry-run', false),
    });
    io().setOutput('items', JSON.stringify(r.items));
    io().setOutput('hourly-stopped', r.hourlyStopped.toFixed(4));
    await io().summary.addRaw(teardownMarkdown(r)).write();
  });
}
