// What the issuer's agent keeps between requests, for the admin API stand-in: its wallet (in the
// database machine's Postgres, so a wipe empties it) and how it was started (release, arg file).
import { createHash } from 'node:crypto';
import { WALLETS, type WalletType } from '../../acapy/wallet.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET.charAt(Number(n % 58n)) + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Same seed, same DID and verkey (not Indy's derivation, but its shape). */
export function didFromSeed(seed: string): { did: string; verkey: string } {
  const key = createHash('sha256').update(`verkey:${seed}`).digest();
  key[0] = (key[0] ?? 0) | 0x80;
  const id = createHash('sha256').update(key).digest().subarray(0, 16);
  id[0] = (id[0] ?? 0) | 0x80;
  return { did: base58(id), verkey: base58(key) };
}

export interface Wallet {
  dids: Map<string, string>;
  publicDid?: string;
  taaAccepted?: { version: string; mechanism: string };
  schemas: string[];
  credDefs: string[];
}

/** The issuer's wallet per database generation: wiping the database starts an empty one. */
export class WalletStore {
  generation = 0;
  private readonly wallets = new Map<number, Wallet>();

  current(): Wallet {
    let w = this.wallets.get(this.generation);
    if (!w) {
      w = { dids: new Map(), schemas: [], credDefs: [] };
      this.wallets.set(this.generation, w);
    }
    return w;
  }

  wipe(): void {
    this.generation += 1;
  }
}

/**
 * How the agent was started: its release and the settings of its arg file, as ACA-Py reads them
 * (Akrida's configs/issuer.yml at 404c7a16 says wallet-type: askar and no seed switch).
 */
export class AgentConfig {
  release = '1.3.0';
  settings: Record<string, string> = { 'wallet-type': 'askar' };

  get walletType(): WalletType {
    const t = this.settings['wallet-type'] ?? 'askar';
    return t in WALLETS ? (t as WalletType) : 'askar';
  }

  get allowInsecureSeed(): boolean {
    return /^(true|yes|1)$/i.test(this.settings['wallet-allow-insecure-seed'] ?? 'false');
  }
}
