// Checks of the regression section a schema cannot say: exactly one baseline, distinct names, a
// cluster whose ACA-Py image the toolkit can rebuild per variant, variants that run the same Locust
// scenario, a weekly schedule. A release the toolkit does not know is a warning here: that variant is
// reported failed before its load test, the others still run (src/regression/variants.ts).

import { KNOWN_RELEASES, pinnedFrom, releaseOfTag, variantBlocker } from '../acapy/variant-check.js';
import { WALLETS } from '../acapy/wallet.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

const DAYS = /^([0-7]|sun|mon|tue|wed|thu|fri|sat)$/i;

export function regressionProblems(c: Cluster, error: Report, warn: Report): void {
  const r = c.regression;
  if (!r) return;
  const at = (...p: (string | number)[]): FieldPath => ['regression', ...p];
  const baselines = r.variants.flatMap((v, i) => (v.baseline ? [i] : []));
  if (baselines.length === 0)
    error(
      at('variants'),
      'no variant is the baseline; the others are compared with it and the cluster is left on it',
      'add baseline: true to exactly one variant',
    );
  for (const i of baselines.slice(1))
    error(
      at('variants', i, 'baseline'),
      `a second baseline: variant ${r.variants[baselines[0] ?? 0]?.name} is already the baseline`,
      'keep baseline: true on exactly one variant',
    );
  const seen = new Map<string, number>();
  r.variants.forEach((v, i) => {
    const first = seen.get(v.name);
    if (first !== undefined)
      error(
        at('variants', i, 'name'),
        `variant name ${v.name} is already used by variants[${first}]`,
        'give each variant its own name: it names its image and its rows in the report',
      );
    else seen.set(v.name, i);
  });

  // The image is rebuilt per variant from the issuer machine the toolkit prepares.
  if (!c.machines?.issuer)
    error(
      at(),
      'a regression needs machines.issuer: one ACA-Py image is baked per variant from the issuer the toolkit prepares',
      'add machines.issuer (see clusters/example.yml)',
    );
  const acapyImage = c.images.acapy;
  if (c.machines?.issuer && !('machine' in acapyImage && acapyImage.machine === 'issuer'))
    error(
      ['images', 'acapy'],
      'a regression bakes each variant from the issuer machine: the ACA-Py image must be made from it too',
      'set images.acapy to { machine: issuer }',
    );
  if (!c.machines?.database)
    error(
      at(),
      'a regression resets the wallet databases on machines.database before each run',
      'add machines.database (see clusters/example.yml)',
    );
  if (pinnedFrom(c.source) === undefined)
    error(
      ['source', 'ref'],
      `Akrida ${c.source.ref} is not a commit the toolkit knows, so the FROM line a variant replaces is not known`,
      'pin source.ref to a commit listed in src/acapy/versions.ts',
    );
  if (c.acapy.version !== undefined)
    error(
      ['acapy', 'version'],
      'acapy.version and regression.variants both set the ACA-Py release',
      'remove acapy.version: each variant names its release in acapyTag',
    );

  const base = r.variants[baselines[0] ?? -1];
  r.variants.forEach((v, i) => {
    const blocker = variantBlocker(v);
    if (blocker === undefined) return;
    const release = releaseOfTag(v.acapyTag);
    const unknown = release === undefined || !KNOWN_RELEASES.includes(release);
    const path = unknown ? at('variants', i, 'acapyTag') : at('variants', i, 'walletType');
    // The cluster is left on the baseline: it must be one that builds.
    if (v.baseline || !unknown)
      error(path, blocker, unknown ? `use one of py3.12-${KNOWN_RELEASES.join(', py3.12-')}` : undefined);
    else warn(path, blocker, `use one of py3.12-${KNOWN_RELEASES.join(', py3.12-')}`);
  });
  // One Locust scenario for all: IS_ANONCREDS follows the wallet type, so the formats must agree.
  if (base)
    r.variants.forEach((v, i) => {
      if (WALLETS[v.walletType].anoncreds !== WALLETS[base.walletType].anoncreds)
        error(
          at('variants', i, 'walletType'),
          `${v.walletType} issues in the ${WALLETS[v.walletType].anoncreds ? 'anoncreds' : 'indy'} format, the baseline ${base.name} (${base.walletType}) in the other: Locust would not run the same scenario`,
          'compare askar-anoncreds with kanon-anoncreds, or askar variants with each other',
        );
    });
  if (c.acapy.walletType !== base?.walletType && base)
    error(
      ['acapy', 'walletType'],
      `the cluster runs ${c.acapy.walletType}, the baseline variant ${base.name} ${base.walletType}: the cluster is left on the baseline`,
      `set acapy.walletType to ${base.walletType}`,
    );
  if (r.schedule !== undefined) {
    const [min, hour, dom, month, dow] = r.schedule.trim().split(/\s+/);
    const fixed = (s: string | undefined) => s !== undefined && /^\d{1,2}$/.test(s);
    if (!(fixed(min) && fixed(hour) && dom === '*' && month === '*' && dow !== undefined && DAYS.test(dow)))
      error(
        at('schedule'),
        `"${r.schedule}" is not weekly: a regression takes about an hour of a cluster`,
        'one minute, hour and weekday, e.g. "0 3 * * 1" (Mondays 03:00 UTC)',
      );
  }
}
