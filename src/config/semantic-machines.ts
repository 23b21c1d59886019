// Checks of the from-zero form: what the toolkit makes (machines) and what the file names instead
// (a database host, pinned ledger ids, existing instances) must say one consistent thing.
import type { FieldPath } from './problems.js';
import type { Cluster, InstanceSelector } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

export function machineProblems(c: Cluster, error: Report): void {
  const m = c.machines;
  if (c.acapy.databaseHost === undefined && !m?.database)
    error(
      ['acapy', 'databaseHost'],
      'no wallet database: acapy.databaseHost is not given and machines.database is not listed',
      'give the database address inside the VPC, or add machines: { database: {} } for the toolkit to make one',
    );
  if (c.acapy.databaseHost !== undefined && m?.database)
    error(
      ['acapy', 'databaseHost'],
      'acapy.databaseHost is given and machines.database makes a database too',
      'remove one: the toolkit points ACA-Py at the database machine it makes',
    );
  for (const key of ['schema', 'credDef'] as const) {
    if (c.locust[key] === undefined && !m?.issuer)
      error(
        ['locust', key],
        `locust.${key} is not given and machines.issuer is not listed, so nothing makes it`,
        `give the anchored id, or add machines: { issuer: {} } for the toolkit to make the ${key === 'schema' ? 'schema' : 'credential definition'}`,
      );
  }
  if (c.locust.mediation.enabled && c.locust.mediation.url === undefined && !m?.mediator)
    error(
      ['locust', 'mediation', 'url'],
      'mediation is enabled but no url is given and machines.mediator is not listed',
      "give the mediator's invitation URL, or add machines: { mediator: {} } for the toolkit to make one",
    );
  const selectors: [FieldPath, InstanceSelector][] = [
    [['images', 'locust'], c.images.locust],
    [['images', 'acapy'], c.images.acapy],
    [['locust', 'master', 'instance'], c.locust.master.instance],
  ];
  for (const [path, sel] of selectors) {
    if ('machine' in sel && !m?.[sel.machine])
      error(
        [...path, 'machine'],
        `selects the ${sel.machine} machine, but machines.${sel.machine} is not listed`,
        `add machines: { ${sel.machine}: {} }, or select an existing instance with { tags: { Name: … } }`,
      );
  }
  if (m?.database) {
    // The database machine makes one Postgres user: ACA-Py's account and its admin account are it.
    const s = c.acapy.secrets;
    const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(s.walletAccount, s.walletAdminAccount))
      error(
        ['acapy', 'secrets', 'walletAccount'],
        'with machines.database, the wallet account must be the same secret as walletAdminAccount',
        'the database machine creates one Postgres user (POSTGRES_USER) from walletAdminAccount; point both at it',
      );
    if (!same(s.walletPassword, s.walletAdminPassword))
      error(
        ['acapy', 'secrets', 'walletPassword'],
        'with machines.database, the wallet password must be the same secret as walletAdminPassword',
        'the database machine sets POSTGRES_PASSWORD from walletAdminPassword; point both at it',
      );
  }
}
