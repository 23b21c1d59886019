import { clusterAction } from '../../../src/action/cluster-action.js';
import { input } from '../../../src/action/inputs.js';
import { setTierDefaultVersion } from '../../../src/ops/template-default.js';

export const run = clusterAction('set-default-template-version', {
  title: 'Set default template version',
  description:
    "Make a launch template version the default (a no-op when it already is), and optionally replace the running instances of the tier's group through an instance refresh.",
  inputs: {
    tier: input.choice(['acapy', 'worker'], { description: 'acapy or worker.' }),
    version: input.integer({
      min: 1,
      description: 'The version to make the default (the latest when empty).',
    }),
    refresh: input.boolean({
      fallback: false,
      description: 'Start an instance refresh of the group and wait for it (true/false).',
    }),
  },
  outputs: {
    changed: 'Whether the default version changed (true/false).',
    'refresh-id': 'The instance refresh id, when one ran.',
  },
  run: async ({ ctx, cluster, inputs: { tier, version, refresh } }) => {
    const r = await setTierDefaultVersion(ctx, cluster, tier, { ...(version ? { version } : {}), refresh });
    return { outputs: { changed: r.changed, 'refresh-id': r.refreshId } };
  },
});
