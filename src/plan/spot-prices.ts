// The Spot price of a cluster's workers: the latest price of each chosen type in each zone
// (DescribeSpotPriceHistory), averaged over those pools. When the call is not allowed the workers
// are priced from the price table (on-demand list prices, an upper bound), and the basis says so.
import { DescribeSpotPriceHistoryCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError, aws } from '../aws/errors.js';
import { instanceType, PRICE_TABLE } from '../config/catalog.js';
import type { Cluster } from '../config/schema.js';

export interface SpotQuote {
  /** Where the Spot workers' price came from. */
  source: 'spot-price-history' | 'price-table';
  /** USD an hour of one Spot worker. */
  hourly: number;
  /** The sentence a summary shows about it. */
  basis: string;
}

const DENIED = /^(UnauthorizedOperation|AccessDenied|AccessDeniedException)$/;

/** The on-demand list price of the first Spot type: what a Spot worker costs at most. */
export function tableQuote(c: Cluster, why: string): SpotQuote | undefined {
  const spot = c.locust.workers.spot;
  if (!spot) return undefined;
  const first = spot.instanceTypes[0] ?? c.locust.workers.instanceType;
  return {
    source: 'price-table',
    hourly: instanceType(first)?.hourly ?? 0,
    basis: `Spot workers priced at the on-demand list price of ${first} (price table of ${PRICE_TABLE.asOf}), an upper bound: ${why}.`,
  };
}

/**
 * The Spot price now of the cluster's Spot types in these zones (all the region's when none are
 * given); undefined for a cluster without Spot workers.
 */
export async function spotQuote(
  ctx: AwsContext,
  c: Cluster,
  zones: readonly string[] = [],
): Promise<SpotQuote | undefined> {
  const spot = c.locust.workers.spot;
  if (!spot) return undefined;
  const at = new Date(ctx.clock.now());
  let rows: { zone: string; type: string; price: number }[];
  try {
    const r = await aws('DescribeSpotPriceHistory', `Spot prices of ${spot.instanceTypes.join(', ')}`, () =>
      ctx.clients.ec2.send(
        new DescribeSpotPriceHistoryCommand({
          InstanceTypes: [...spot.instanceTypes] as never,
          ProductDescriptions: ['Linux/UNIX'],
          // A start time of now answers the price in force now, one entry a pool.
          StartTime: at,
          ...(zones.length ? { Filters: [{ Name: 'availability-zone', Values: [...zones] }] } : {}),
        }),
      ),
    );
    rows = (r.SpotPriceHistory ?? []).flatMap((p) =>
      p.AvailabilityZone && p.InstanceType && Number.isFinite(Number(p.SpotPrice))
        ? [{ zone: p.AvailabilityZone, type: p.InstanceType, price: Number(p.SpotPrice) }]
        : [],
    );
  } catch (err) {
    if (err instanceof AwsOperationError && DENIED.test(err.code))
      return tableQuote(c, `ec2:DescribeSpotPriceHistory was refused (${err.code})`);
    throw err;
  }
  // The newest entry of each pool.
  const pools = new Map(rows.map((r) => [`${r.type} ${r.zone}`, r.price]));
  if (pools.size === 0) return tableQuote(c, 'AWS reported no Spot price for these types and zones');
  const mean = [...pools.values()].reduce((s, p) => s + p, 0) / pools.size;
  return {
    source: 'spot-price-history',
    hourly: Math.round(mean * 1e6) / 1e6,
    basis: `Spot workers priced at the mean Spot price of ${pools.size} pools (${spot.instanceTypes.join(', ')} in ${[...new Set(rows.map((r) => r.zone))].sort().join(', ')}) from DescribeSpotPriceHistory at ${at.toISOString()}.`,
  };
}
