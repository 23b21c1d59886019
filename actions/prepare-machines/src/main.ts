import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { preparations, prepareMachines } from '../../../src/resources/machine-prepare.js';
import { findMachines } from '../../../src/resources/machines.js';

export const run = renderingClusterAction('prepare-machines', {
  title: 'Prepare stand-alone machines',
  description:
    "Prepare each stand-alone machine through SSM Run Command when what prepared it changed or it was started again: packages, Docker, the Akrida checkout at the pinned ref, its .env (secrets read from Parameter Store on the machine), compose build and up. The database is cleaned each time; the issuer's DID, ledger registration, transaction author agreement, schema and credential definition are then made (or reused) through its admin API, and their ids stored as cluster parameters for the Locust .env.",
  inputs: {},
  outputs: {
    prepared: 'Comma-separated roles prepared by this run (empty when nothing was due).',
    'schema-id': 'The schema id the issuer made or reused (when prepared now).',
    'cred-def-id': 'The credential definition id the issuer made or reused (when prepared now).',
    changed: 'Whether any machine was prepared (true/false).',
  },
  run: async ({ ctx, cluster, templates }) => {
    const found = cluster.machines ? await findMachines(ctx, cluster.name) : [];
    const preps = preparations(templates, cluster, Object.fromEntries(found.map((m) => [m.role, m])));
    const r = await prepareMachines(ctx, cluster, preps);
    const issuer = r.issuer ? { 'schema-id': r.issuer.schemaId, 'cred-def-id': r.issuer.credDefId } : {};
    return { outputs: { prepared: r.prepared.join(','), ...issuer, changed: r.prepared.length > 0 } };
  },
});
