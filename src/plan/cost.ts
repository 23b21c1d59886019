// Estimated hourly cost of a cluster from the price table shipped in data/aws-prices.json.

import { machineSpecs } from '../cluster/machine-specs.js';
import { instanceType, PRICE_TABLE } from '../config/catalog.js';
import type { Cluster } from '../config/schema.js';
import { sizeWorkers } from '../config/sizing.js';
import { type SpotQuote, tableQuote } from './spot-prices.js';

export interface CostLine {
  item: string;
  count: number;
  unitHourly: number;
  hourly: number;
}

export interface CostEstimate {
  lines: CostLine[];
  hourly: number;
  perLoadTest: number;
  basis: string;
  /** Where the Spot workers' price came from (a cluster with Spot workers only). */
  spot?: SpotQuote;
}

const round = (n: number) => Math.round(n * 10000) / 10000;

/** An instance type's hourly price; validation refuses a type the table does not price. */
function priceOf(type: string): number {
  const info = instanceType(type);
  if (!info) throw new Error(`no price for instance type ${type} in data/aws-prices.json`);
  return info.hourly;
}

/** One Application Load Balancer for an hour, with one LCU. */
export const LOAD_BALANCER_HOURLY =
  PRICE_TABLE.loadBalancer.applicationHourly + PRICE_TABLE.loadBalancer.lcuHourly;

/** How many of n workers are on-demand: the base, then the on-demand share of the rest (rounded up, as Auto Scaling does). */
export function onDemandWorkers(c: Cluster, n: number): number {
  const spot = c.locust.workers.spot;
  if (!spot) return n;
  const base = Math.min(n, spot.onDemandBase);
  return base + Math.ceil(((n - base) * (100 - spot.spotPercent)) / 100);
}

/**
 * The cluster's cost an hour and for one load test. Spot workers are priced by `quote` (the Spot
 * price now, see spot-prices.ts); without one, at the table's on-demand price, an upper bound.
 */
export function estimateCost(
  c: Cluster,
  workers = sizeWorkers(c).workers,
  quote: SpotQuote | undefined = tableQuote(
    c,
    'no Spot price was asked (the offline plan makes no AWS call)',
  ),
): CostEstimate {
  // Round the unit price first: the table shows it to 4 places, and count x shown = total shown.
  const line = (item: string, count: number, unit: number): CostLine => ({
    item,
    count,
    unitHourly: round(unit),
    hourly: round(count * round(unit)),
  });
  const lines = [
    line(
      `ACA-Py instances (${c.acapy.instanceType})`,
      c.acapy.capacity.desired,
      priceOf(c.acapy.instanceType),
    ),
    ...workerLines(c, workers, quote, line),
    line('Application Load Balancers (1 LCU each)', 2, LOAD_BALANCER_HOURLY),
    ...machineSpecs(c).map((m) => line(`${m.role} machine (${m.instanceType})`, 1, priceOf(m.instanceType))),
  ];
  const hourly = round(lines.reduce((s, l) => s + l.hourly, 0));
  const regionNote = c.region === PRICE_TABLE.region ? '' : ` (estimated with ${PRICE_TABLE.region} prices)`;
  return {
    lines,
    hourly,
    perLoadTest: round((hourly * c.loadTest.runTimeSeconds) / 3600),
    basis: [
      `${PRICE_TABLE.source}, as of ${PRICE_TABLE.asOf}${regionNote}.`,
      PRICE_TABLE.note,
      ...(c.machines?.locust ? [] : ['The existing Locust master instance is not included.']),
      ...(quote ? [quote.basis] : []),
    ].join(' '),
    ...(quote ? { spot: quote } : {}),
  };
}

function workerLines(
  c: Cluster,
  workers: number,
  quote: SpotQuote | undefined,
  line: (item: string, count: number, unit: number) => CostLine,
): CostLine[] {
  const spot = c.locust.workers.spot;
  if (!spot || !quote)
    return [
      line(
        `Locust workers (${c.locust.workers.instanceType})`,
        workers,
        priceOf(c.locust.workers.instanceType),
      ),
    ];
  // The on-demand ones run the first type (the policy's on-demand strategy is prioritized).
  const first = spot.instanceTypes[0] ?? c.locust.workers.instanceType;
  const onDemand = onDemandWorkers(c, workers);
  const spotCount = workers - onDemand;
  const from =
    quote.source === 'spot-price-history' ? 'Spot price' : 'on-demand list price, Spot price unknown';
  return [
    ...(onDemand > 0 ? [line(`Locust workers on-demand (${first})`, onDemand, priceOf(first))] : []),
    ...(spotCount > 0 || onDemand === 0
      ? [line(`Locust workers on Spot (${spot.instanceTypes.join(', ')}; ${from})`, spotCount, quote.hourly)]
      : []),
  ];
}
