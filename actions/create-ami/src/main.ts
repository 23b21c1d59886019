import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { bakeImage, type ImageRole } from '../../../src/resources/images.js';

export const run = renderingClusterAction('create-ami', {
  title: 'Create AMI',
  description:
    'Prepare the stand-alone Locust and/or ACA-Py instance through SSM (optional Docker reset, checkout of the configured ref, image pre-build), bake a tagged AMI, wait until it is available and keep only the newest images per role. Both roles bake in parallel. An image of the same recipe is reused.',
  inputs: {
    role: input.choice(['locust', 'acapy', 'both'], {
      fallback: 'both',
      description: 'locust, acapy or both.',
    }),
    rebuild: input.boolean({
      fallback: false,
      description: 'Bake again even when an image of the same recipe exists (true/false).',
    }),
  },
  outputs: {
    'locust-image-id': 'The Locust worker image id (when role is locust or both).',
    'acapy-image-id': 'The ACA-Py image id (when role is acapy or both).',
  },
  run: async ({ ctx, cluster, templates, inputs: { role, rebuild } }) => {
    const roles: ImageRole[] = role === 'both' ? ['locust', 'acapy'] : [role];
    const bake = async (r: ImageRole) =>
      [r, await bakeImage(ctx, cluster, r, templates, { rebuild })] as const;
    const outputs: Partial<Record<`${ImageRole}-image-id`, string>> = {};
    for (const [r, res] of await Promise.all(roles.map(bake))) {
      outputs[`${r}-image-id`] = res.imageId;
      const pruned = res.pruned.length ? `; deregistered ${res.pruned.join(', ')}` : '';
      io().info(`${r}: ${res.action} ${res.name} (${res.imageId})${pruned}`);
    }
    return { outputs };
  },
});
