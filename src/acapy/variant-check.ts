// Whether a regression variant's ACA-Py can be built: its acapy-agent tag names a release the toolkit
// knows (data/acapy), with a wallet type that release has. Plain functions over the acapy tables, so
// validation and the regression run share them.
import { AKRIDA_PINS, CHECKED_ACAPY, lineOf, pinnedCommit } from './versions.js';
import { WALLETS, type WalletType } from './wallet.js';

/** The release an acapy-agent tag names: py3.12-1.4.0 -> 1.4.0. */
export function releaseOfTag(tag: string): string | undefined {
  return /^py\d\.\d{1,2}-(\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(tag)?.[1];
}

/** The releases the toolkit knows (their API documents are in data/acapy). */
export const KNOWN_RELEASES: readonly string[] = CHECKED_ACAPY.map((c) => c.release);

/** The FROM line's image of the pinned commit, e.g. acapy-agent:py3.12-1.3.0; undefined for an unknown pin. */
export function pinnedFrom(source: { ref: string }): string | undefined {
  const pin = pinnedCommit(source.ref);
  const image = pin === undefined ? undefined : AKRIDA_PINS[pin]?.acapyImage;
  return image?.slice(image.lastIndexOf('/') + 1);
}

const order = (line: string) => CHECKED_ACAPY.findIndex((c) => c.line === line);

/**
 * Why a variant cannot be built, or undefined. Checked before its image is baked and before its load
 * test: a release the toolkit does not know is not an acapy-agent image it can build on.
 */
export function variantBlocker(v: {
  name: string;
  acapyTag: string;
  walletType: WalletType;
}): string | undefined {
  const release = releaseOfTag(v.acapyTag);
  if (release === undefined || !KNOWN_RELEASES.includes(release))
    return `ACA-Py ${release ?? v.acapyTag} (acapy-agent:${v.acapyTag}) is not a release the toolkit knows (${KNOWN_RELEASES.join(', ')}); variant ${v.name} was not built or load-tested`;
  const line = lineOf(release);
  const since = WALLETS[v.walletType].since;
  if (line !== undefined && order(line) < order(since))
    return `wallet type ${v.walletType} needs ACA-Py ${since} or later, variant ${v.name} runs ${release}; it was not built or load-tested`;
  return undefined;
}
