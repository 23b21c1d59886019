import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { bakeImage, type ImageRole } from '../../../src/resources/images.js';

export const run = renderingClusterAction('create-ami', {
  inputs: { role: input.choice(['locust', 'acapy', 'both'], 'both'), rebuild: input.boolean(false) },
  run: async ({ ctx, cluster, templates, inputs: { role, rebuild } }) => {
    const roles: ImageRole[] = role === 'both' ? ['locust', 'acapy'] : [role];
    const results = await Promise.all(roles.map((r) => bakeImage(ctx, cluster, r, templates, { rebuild })));
    const outputs: Record<string, string> = {};
    for (const [i, res] of results.entries()) {
      outputs[`${roles[i]}-image-id`] = res.imageId;
      const pruned = res.pruned.length ? `; deregistered ${res.pruned.join(', ')}` : '';
      io().info(`${roles[i]}: ${res.action} ${res.name} (${res.imageId})${pruned}`);
    }
    return { outputs };
  },
});
