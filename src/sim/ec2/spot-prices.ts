// Simulated Spot prices: a steady price per instance type and availability zone, a share of the
// on-demand list price that differs by pool (Spot has typically cost 30-45 % of on-demand for the
// general-purpose types the workers use), answered by DescribeSpotPriceHistory as EC2 answers it.
import type * as ec2 from '@aws-sdk/client-ec2';
import { instanceType } from '../../config/catalog.js';
import { awsError } from '../errors.js';
import { type Filter, page, type World } from '../world.js';
import type { Ec2State } from './state.js';

const PRODUCTS = [
  'Linux/UNIX',
  'Linux/UNIX (Amazon VPC)',
  'SUSE Linux',
  'SUSE Linux (Amazon VPC)',
  'Red Hat Enterprise Linux',
  'Red Hat Enterprise Linux (Amazon VPC)',
  'Windows',
  'Windows (Amazon VPC)',
];

/** A stable number in [0, 1) for a pool (FNV-1a), so the prices repeat from run to run. */
function unit(key: string): number {
  let h = 0x811c9dc5;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/** The Spot price of a pool in USD an hour (Linux), or undefined for a type the simulator does not price. */
export function spotPrice(type: string, az: string): number | undefined {
  const od = instanceType(type)?.hourly;
  if (od === undefined) return undefined;
  return Math.round(od * (0.3 + 0.15 * unit(`${type}|${az}`)) * 1e6) / 1e6;
}

export function spotPriceHandlers(world: World, s: Ec2State) {
  return {
    DescribeSpotPriceHistory: (
      i: ec2.DescribeSpotPriceHistoryCommandInput,
    ): ec2.DescribeSpotPriceHistoryCommandOutput => {
      if (i.MaxResults !== undefined && (i.MaxResults < 5 || i.MaxResults > 1000))
        throw awsError(
          'InvalidParameterValue',
          `Value (${i.MaxResults}) for parameter maxResults is invalid.`,
        );
      const filters = (i.Filters ?? []) as Filter[];
      const values = (name: string) => filters.find((f) => f.Name === name)?.Values;
      for (const f of filters)
        if (!['availability-zone', 'instance-type', 'product-description'].includes(String(f.Name)))
          throw awsError('InvalidParameterValue', `The filter '${f.Name}' is invalid`);
      const products = i.ProductDescriptions ?? values('product-description') ?? ['Linux/UNIX'];
      for (const p of products)
        if (!PRODUCTS.includes(p))
          throw awsError(
            'InvalidParameterValue',
            `Value (${p}) for parameter productDescription is invalid.`,
          );
      const zones = [...new Set([...s.subnets.values()].map((x) => x.az))].sort();
      const wantZones = i.AvailabilityZone ? [i.AvailabilityZone] : values('availability-zone');
      const types = i.InstanceTypes ?? values('instance-type') ?? [];
      // The price in force at the start of the current hour: one entry a pool.
      const hour = Math.floor(Math.max(0, world.now()) / 3_600_000) * 3_600_000;
      const rows: ec2.SpotPrice[] = types.flatMap((type) =>
        zones
          .filter((az) => !wantZones || wantZones.includes(az))
          .flatMap((az) => {
            const price = spotPrice(type, az);
            return price === undefined
              ? []
              : products
                  .filter((p) => p.startsWith('Linux/UNIX'))
                  .map((ProductDescription) => ({
                    AvailabilityZone: az,
                    InstanceType: type as ec2._InstanceType,
                    ProductDescription: ProductDescription as ec2.RIProductDescription,
                    SpotPrice: price.toFixed(6),
                    Timestamp: new Date(hour),
                  }));
          }),
      );
      const p = page(rows, i.MaxResults, i.NextToken);
      return { $metadata: {}, SpotPriceHistory: p.items, ...(p.next ? { NextToken: p.next } : {}) };
    },
  };
}
