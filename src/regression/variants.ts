// What a regression variant changes in Akrida's checkout, and whether it can run at all. A variant is
// the FROM line's acapy-agent tag of the ACA-Py Dockerfile (a literal replacement, as the plan shows
// it) plus the wallet lines of the issuer's arg file; one image is baked from it and tagged by name.
import { pinnedFrom, releaseOfTag } from '../acapy/variant-check.js';
import { ACAPY_DOCKERFILE } from '../acapy/versions.js';
import type { Cluster } from '../config/schema.js';
import type { Variant } from '../config/schema-regression.js';
import {
  ISSUER_ARG_FILE,
  issuerSettings,
  type MachineFacts,
  machineInputs,
} from '../render/machine-inputs.js';
import type { MachineScriptInput } from '../render/machine-scripts.js';

export { KNOWN_RELEASES, releaseOfTag, variantBlocker } from '../acapy/variant-check.js';
export type { Variant };

export interface VariantCheckout {
  release: string;
  /** Literal replacements in the ACA-Py compose project (shown in the plan). */
  replacements: { file: string; placeholder: string; value: string }[];
  /** `key: value` lines of the issuer's arg file. */
  settings: { key: string; value: string }[];
}

/** The checkout changes that make the issuer (and the image baked from it) this variant. */
export function variantCheckout(c: Cluster, v: Variant): VariantCheckout {
  const from = pinnedFrom(c.source);
  const release = releaseOfTag(v.acapyTag);
  if (from === undefined || release === undefined)
    throw new Error(`variant ${v.name}: Akrida ${c.source.ref}'s Dockerfile or the tag is unknown`);
  const want = `acapy-agent:${v.acapyTag}`;
  const extra = Object.entries(v.settings).flatMap(([key, value]) =>
    value === undefined ? [] : [{ key, value: String(value) }],
  );
  return {
    release,
    replacements: from === want ? [] : [{ file: ACAPY_DOCKERFILE, placeholder: from, value: want }],
    settings: [
      ...issuerSettings({ acapy: { walletType: v.walletType } }),
      { key: 'wallet-storage-type', value: 'postgres_storage' },
      ...extra,
    ],
  };
}

/** The issuer machine's preparation as this variant: the script its image is baked after. */
export function variantIssuerInput(c: Cluster, f: MachineFacts, v: Variant): MachineScriptInput {
  const vc = variantCheckout(c, v);
  const as = { ...c, acapy: { ...c.acapy, version: vc.release, walletType: v.walletType } };
  const issuer = machineInputs(as, f).find((m) => m.role === 'issuer');
  if (!issuer) throw new Error('a regression needs machines.issuer (validated)');
  return {
    ...issuer,
    replacements: vc.replacements,
    argFile: { file: ISSUER_ARG_FILE, settings: vc.settings },
  };
}

/** The image of a variant: one per cluster and variant, reused across repetitions and runs. */
export function variantImageName(c: Pick<Cluster, 'name'>, v: Pick<Variant, 'name'>): string {
  return `akrida-${c.name}-acapy-${v.name}`;
}

/** The tag that finds a variant's image again. */
export const VARIANT_TAG = 'akrida:variant';

export function baselineOf(variants: readonly Variant[]): Variant {
  const b = variants.find((v) => v.baseline);
  if (!b) throw new Error('a regression has exactly one baseline (validated)');
  return b;
}

/** The runs in interleaved order: A B A B ..., the baseline first in each round. */
export function interleavedRuns(
  variants: readonly Variant[],
  repetitions: number,
): { variant: string; repetition: number }[] {
  const ordered = [baselineOf(variants), ...variants.filter((v) => !v.baseline)];
  return Array.from({ length: repetitions }, (_, r) =>
    ordered.map((v) => ({ variant: v.name, repetition: r + 1 })),
  ).flat();
}
