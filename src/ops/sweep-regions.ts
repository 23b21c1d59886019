// The sweeper over several regions (sweep-expired): in each, find the expired clusters and destroy
// them (or only list them), reporting region by region so a later failure keeps the earlier report.
import type { AwsContext } from '../aws/context.js';
import { sweepRegions } from '../cluster/regions.js';
import { findExpired, sweepExpired, teardownMarkdown, type UnparsableExpiry } from './teardown.js';

export class SweepInputError extends Error {
  override name = 'SweepInputError';
}

/** The regions to sweep: at least one, every one an AWS region name. */
export function regionsToSweep(list: string[]): string[] {
  const { valid, invalid } = sweepRegions(list);
  if (invalid.length) throw new SweepInputError(`input regions: not AWS region names: ${invalid.join(', ')}`);
  if (valid.length === 0) throw new SweepInputError('input regions: name at least one region');
  return valid;
}

export interface SweepOptions {
  /** Only find the expired clusters. */
  listOnly: boolean;
  dryRun: boolean;
  /** Only this cluster (re-checked as expired). */
  only?: string;
}

/** One region's part of the report: error lines (annotations) and Markdown for the job summary. */
export interface RegionReport {
  region: string;
  errors: string[];
  summary: string;
}

export interface SweepReport {
  expired: { cluster: string; region: string }[];
  /** Set when a cluster's sweep failed (every expired cluster was still attempted). */
  failure?: string;
}

const unparsableLine = (region: string, u: UnparsableExpiry) =>
  `${u.resource} of cluster ${u.cluster} in ${region}: expiry tag "${u.value}" is not a UTC ISO 8601 time; treated as expired`;

export async function sweepEveryRegion(
  contextFor: (region: string) => AwsContext,
  regions: string[],
  opts: SweepOptions,
  report: (r: RegionReport) => Promise<void>,
): Promise<SweepReport> {
  const expired: SweepReport['expired'] = [];
  const failed: string[] = [];
  for (const region of regions) {
    const ctx = contextFor(region);
    if (opts.listOnly) {
      const scan = await findExpired(ctx);
      expired.push(...scan.clusters.map((cluster) => ({ cluster, region })));
      await report({ region, errors: scan.unparsable.map((u) => unparsableLine(region, u)), summary: '' });
      continue;
    }
    const r = await sweepExpired(ctx, { dryRun: opts.dryRun, ...(opts.only ? { only: opts.only } : {}) });
    const swept = [...r.results.map((x) => x.cluster), ...r.failed.map((f) => f.cluster)];
    expired.push(...swept.map((cluster) => ({ cluster, region })));
    failed.push(...r.failed.map((f) => `${f.cluster} (${region})`));
    const errors = [
      ...r.unparsable
        .filter((u) => !opts.only || u.cluster === opts.only)
        .map((u) => unparsableLine(region, u)),
      ...r.failed.map((f) => `sweep of ${f.cluster} in ${region} failed: ${f.error}`),
    ];
    const none = `No expired cluster${opts.only ? ` named ${opts.only}` : ''} in ${region}.\n`;
    const summary = swept.length ? r.results.map(teardownMarkdown).join('') : none;
    await report({ region, errors, summary });
  }
  expired.sort((a, b) => a.cluster.localeCompare(b.cluster));
  return failed.length
    ? { expired, failure: `sweep failed for ${failed.length} cluster(s): ${failed.join(', ')}` }
    : { expired };
}
