// The ACA-Py a cluster runs, in one line of a plan: its release and where that is known from, the
// issuer's wallet type and what it decides.
import { acapyVersion, CHECKED_ACAPY } from './versions.js';
import { isAnoncredsEnv, WALLETS, type WalletType } from './wallet.js';

export function describeAcapy(c: {
  acapy: { version?: string | undefined; walletType: WalletType };
  source: { ref: string };
  locust: { isAnoncreds?: boolean | undefined };
}): string {
  const v = acapyVersion(c);
  const w = WALLETS[c.acapy.walletType];
  const release =
    v.release === undefined
      ? `ACA-Py release not known (${v.source})`
      : `ACA-Py ${v.release} (from ${v.source}${v.line === undefined ? '; not a checked release' : ''})`;
  return `${release}; the toolkit's admin-API calls are checked against ACA-Py ${CHECKED_ACAPY.map((r) => r.release).join(' and ')}. Wallet ${c.acapy.walletType}: schema and credential definition through ${w.schemaRoute} and ${w.credDefRoute}, Locust IS_ANONCREDS=${isAnoncredsEnv(c)}.`;
}
