// Checks of the Akrida and ACA-Py the cluster runs: its compose files are ones that run at the
// pinned commit; its ACA-Py release is one the toolkit's calls were checked against; its wallet
// type, the endpoints the issuer's preparation uses and Locust's IS_ANONCREDS say one consistent
// thing (src/acapy/wallet.ts has ACA-Py's own rules).
import {
  ACAPY_DOCKERFILE,
  type AcapyLine,
  AKRIDA_PINS,
  acapyVersion,
  CHECKED_ACAPY,
  checkedLines,
  pinnedCommit,
  pinnedRelease,
} from '../acapy/versions.js';
import { WALLET_TYPES, WALLETS } from '../acapy/wallet.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

/** Lines in release order: 1.3 before 1.4. */
const order = (line: AcapyLine) => CHECKED_ACAPY.findIndex((c) => c.line === line);

export function acapyProblems(c: Cluster, error: Report, warn: Report): void {
  const v = acapyVersion(c);
  const built = pinnedRelease(c.source.ref);
  if (c.acapy.version !== undefined && built !== undefined && built !== c.acapy.version)
    error(
      ['acapy', 'version'],
      `Akrida ${c.source.ref} builds ACA-Py ${built} (${ACAPY_DOCKERFILE}), not ${c.acapy.version}`,
      `remove acapy.version, or pin a source.ref whose Dockerfile builds ${c.acapy.version}`,
    );
  if (v.release === undefined)
    warn(
      ['source', 'ref'],
      `the ACA-Py release of Akrida ${c.source.ref} is not known at plan time`,
      `state acapy.version (the release in the FROM line of ${ACAPY_DOCKERFILE}); the toolkit is checked against ${checkedLines()}`,
    );
  else if (v.line === undefined)
    warn(
      c.acapy.version !== undefined ? ['acapy', 'version'] : ['source', 'ref'],
      `ACA-Py ${v.release} (from ${v.source}) is a release the toolkit's admin-API calls were not checked against`,
      `the toolkit is checked against ${checkedLines()}`,
    );

  const wallet = WALLETS[c.acapy.walletType];
  const line = v.line;
  if (line !== undefined && order(line) < order(wallet.since))
    error(
      ['acapy', 'walletType'],
      `wallet type ${c.acapy.walletType} needs ACA-Py ${wallet.since} or later; this cluster runs ${v.release} (from ${v.source})`,
      `use one of ${WALLET_TYPES.filter((t) => order(WALLETS[t].since) <= order(line)).join(', ')}, or an Akrida ref that builds ACA-Py ${wallet.since}`,
    );
  const given = c.locust.isAnoncreds;
  if (given !== undefined && given !== wallet.anoncreds)
    error(
      ['locust', 'isAnoncreds'],
      wallet.anoncreds
        ? `IS_ANONCREDS=False, but acapy.walletType ${c.acapy.walletType} issues only in the anoncreds format: ACA-Py refuses the indy filter Akrida's load agent would send`
        : `IS_ANONCREDS=True, but acapy.walletType askar cannot issue in the anoncreds format: ACA-Py's AnonCreds issuer needs an askar-anoncreds or kanon-anoncreds wallet`,
      `remove locust.isAnoncreds (it follows acapy.walletType), or set acapy.walletType to ${wallet.anoncreds ? 'askar' : 'askar-anoncreds'}`,
    );
}

const REMOVED_UPSTREAM: Record<string, string> = {
  'master.docker-compose.yml':
    'upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml',
};

export function composeProblems(c: Cluster, error: Report, warn: Report): void {
  const pin = pinnedCommit(c.source.ref);
  for (const [role, file] of Object.entries(c.source.compose)) {
    if (file === undefined) continue;
    const why = REMOVED_UPSTREAM[file];
    if (why) warn(['source', 'compose', role], why, 'check the file exists at source.ref');
    const broken = pin ? AKRIDA_PINS[pin]?.brokenCompose[file] : undefined;
    if (broken)
      error(
        ['source', 'compose', role],
        `Akrida ${c.source.ref}'s ${file} cannot run: ${broken}`,
        role === 'worker'
          ? "remove source.compose.worker: the workers then run the master's compose file with the toolkit's worker command"
          : 'name a compose file that builds at source.ref',
      );
  }
}
