import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { preparations, prepareMachines } from '../../../src/resources/machine-prepare.js';
import { findMachines } from '../../../src/resources/machines.js';

export const run = renderingClusterAction('prepare-machines', {
  inputs: {},
  run: async ({ ctx, cluster, templates }) => {
    const found = cluster.machines ? await findMachines(ctx, cluster.name) : [];
    const preps = preparations(templates, cluster, Object.fromEntries(found.map((m) => [m.role, m])));
    const r = await prepareMachines(ctx, cluster, preps);
    const issuer = r.issuer ? { 'schema-id': r.issuer.schemaId, 'cred-def-id': r.issuer.credDefId } : {};
    return { outputs: { prepared: r.prepared.join(','), ...issuer, changed: r.prepared.length > 0 } };
  },
});
