// One wallet setting drives three things that must agree: the issuer's wallet type (its arg file),
// the endpoints that make its schema and credential definition, and Locust's IS_ANONCREDS (Akrida's
// load agent picks its issue and proof filters by it). Facts from ACA-Py's source:
// - an `askar` profile issues with the `indy` filter; the AnonCreds issuer refuses it
//   (acapy_agent/anoncreds/issuer.py, `profile`: "AnonCreds interface requires AskarAnonCreds profile");
// - an `askar-anoncreds` or `kanon-anoncreds` profile refuses the Indy offer ("This issuer is
//   anoncreds capable. Please use the anoncreds format.", v2_0/formats/indy/handler.py) and the
//   /schemas and /credential-definitions routes (403, utils/profiles.py);
// - `kanon-anoncreds` exists from 1.4.0 (config/argparse.py).
import type { AcapyLine } from './versions.js';

export const WALLET_TYPES = ['askar', 'askar-anoncreds', 'kanon-anoncreds'] as const;
export type WalletType = (typeof WALLET_TYPES)[number];

export interface WalletFacts {
  /** Credentials issue with the anoncreds filter: IS_ANONCREDS must be True, else False. */
  anoncreds: boolean;
  /** The first ACA-Py line that has this wallet type. */
  since: AcapyLine;
  /** The routes that write the schema and the credential definition. */
  schemaRoute: string;
  credDefRoute: string;
}

export const WALLETS: Readonly<Record<WalletType, WalletFacts>> = {
  askar: { anoncreds: false, since: '1.3', schemaRoute: '/schemas', credDefRoute: '/credential-definitions' },
  'askar-anoncreds': {
    anoncreds: true,
    since: '1.3',
    schemaRoute: '/anoncreds/schema',
    credDefRoute: '/anoncreds/credential-definition',
  },
  'kanon-anoncreds': {
    anoncreds: true,
    since: '1.4',
    schemaRoute: '/anoncreds/schema',
    credDefRoute: '/anoncreds/credential-definition',
  },
};

/** Locust's IS_ANONCREDS: the file's value, else what the wallet type issues with. */
export function isAnoncreds(c: {
  acapy: { walletType: WalletType };
  locust: { isAnoncreds?: boolean | undefined };
}): boolean {
  return c.locust.isAnoncreds ?? WALLETS[c.acapy.walletType].anoncreds;
}

/** IS_ANONCREDS as Akrida's load agent reads it from its environment. */
export function isAnoncredsEnv(c: Parameters<typeof isAnoncreds>[0]): 'True' | 'False' {
  return isAnoncreds(c) ? 'True' : 'False';
}
