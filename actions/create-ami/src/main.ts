import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import {
  type ActionDeps,
  awsContext,
  booleanInput,
  choiceInput,
  templatesOf,
} from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { bakeImage, type ImageRole } from '../../../src/ops/images.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('create-ami', async () => {
    const { cluster } = loadClusterInput();
    const role = choiceInput('role', ['locust', 'acapy', 'both'] as const, 'both');
    const rebuild = booleanInput('rebuild', false);
    const ctx = awsContext(cluster, deps);
    const roles: ImageRole[] = role === 'both' ? ['locust', 'acapy'] : [role];
    const results = await Promise.all(
      roles.map((r) => bakeImage(ctx, cluster, r, templatesOf(deps), { rebuild })),
    );
    roles.forEach((r, i) => {
      const res = results[i];
      if (!res) return;
      io().setOutput(`${r}-image-id`, res.imageId);
      io().info(
        `${r}: ${res.action} ${res.name} (${res.imageId})${res.pruned.length ? `; deregistered ${res.pruned.join(', ')}` : ''}`,
      );
    });
  });
}
