// The cost of Spot workers: the Spot price now of the chosen types and zones from
// DescribeSpotPriceHistory, the table's on-demand price (an upper bound, with its date) when that
// call is refused, and the on-demand base priced on-demand; the basis says which was used.
import { parseClusterText } from '../../src/config/load.js';
import { estimateCost, onDemandWorkers } from '../../src/plan/cost.js';
import { spotQuote } from '../../src/plan/spot-prices.js';
import { awsError } from '../../src/sim/errors.js';
import { fileWith } from '../fixtures/plan-apply.js';
import { simulated } from '../fixtures/sim.js';

const TYPES = ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'];
const cluster = (spot?: object) =>
  parseClusterText(
    spot
      ? fileWith('clusters/perf-example.yml', [['locust', 'workers', 'spot'], spot])
      : fileWith('clusters/perf-example.yml'),
    'perf-example.yml',
  ).cluster;

describe('the cost of Spot workers', () => {
  test('without Spot nothing changes: the workers at their on-demand price, no Spot call', async () => {
    const { ctx, sim } = simulated();
    const c = cluster();
    expect(await spotQuote(ctx, c)).toBeUndefined();
    expect(sim.ledger).toEqual([]);
    const cost = estimateCost(c);
    expect(cost.lines.find((l) => l.item.startsWith('Locust'))).toEqual({
      item: 'Locust workers (t3.xlarge)',
      count: 2,
      unitHourly: 0.1664,
      hourly: 0.3328,
    });
    expect(cost.spot).toBeUndefined();
  });

  test('with Spot: the mean Spot price of the pools, said so, below the on-demand estimate', async () => {
    const { ctx } = simulated();
    const c = cluster({ instanceTypes: TYPES });
    const quote = await spotQuote(ctx, c, ['us-east-1a', 'us-east-1b']);
    expect(quote?.source).toBe('spot-price-history');
    expect(quote?.basis).toMatch(
      /^Spot workers priced at the mean Spot price of 6 pools \(t3\.xlarge, t3a\.xlarge, m5\.xlarge in us-east-1a, us-east-1b\) from DescribeSpotPriceHistory at /,
    );
    const spot = estimateCost(c, 2, quote);
    const onDemand = estimateCost(cluster());
    expect(spot.lines.find((l) => l.item.startsWith('Locust'))).toMatchObject({
      item: 'Locust workers on Spot (t3.xlarge, t3a.xlarge, m5.xlarge; Spot price)',
      count: 2,
    });
    expect(spot.perLoadTest).toBeLessThan(onDemand.perLoadTest);
    expect(spot.basis).toContain(quote?.basis);
  });

  test('an on-demand base and share: those workers at the first type on-demand, the rest on Spot', async () => {
    const { ctx } = simulated();
    const c = cluster({ instanceTypes: ['m5.xlarge', 't3.xlarge'], onDemandBase: 1, spotPercent: 50 });
    expect([1, 2, 3, 4].map((n) => onDemandWorkers(c, n))).toEqual([1, 2, 2, 3]);
    const cost = estimateCost(c, 3, await spotQuote(ctx, c));
    expect(cost.lines.filter((l) => l.item.startsWith('Locust')).map((l) => [l.item, l.count])).toEqual([
      ['Locust workers on-demand (m5.xlarge)', 2],
      ['Locust workers on Spot (m5.xlarge, t3.xlarge; Spot price)', 1],
    ]);
  });

  test('refused (UnauthorizedOperation): the price table with its date, as an upper bound, and said so', async () => {
    const { ctx, sim } = simulated();
    sim.world.authorize = (_service, operation) => {
      if (operation === 'DescribeSpotPriceHistory')
        throw awsError(
          'UnauthorizedOperation',
          'You are not authorized to perform this operation. User is not authorized to perform: ec2:DescribeSpotPriceHistory',
        );
    };
    const c = cluster({ instanceTypes: TYPES });
    const quote = await spotQuote(ctx, c);
    expect(quote).toEqual({
      source: 'price-table',
      hourly: 0.1664,
      basis:
        'Spot workers priced at the on-demand list price of t3.xlarge (price table of 2026-11-01), an upper bound: ec2:DescribeSpotPriceHistory was refused (UnauthorizedOperation).',
    });
    const cost = estimateCost(c, 2, quote);
    expect(cost.lines.find((l) => l.item.startsWith('Locust'))?.item).toBe(
      'Locust workers on Spot (t3.xlarge, t3a.xlarge, m5.xlarge; on-demand list price, Spot price unknown)',
    );
    expect(cost.perLoadTest).toBe(estimateCost(cluster()).perLoadTest);
  });

  test('another failure is not hidden behind the table', async () => {
    const { ctx, sim } = simulated();
    sim.world.authorize = () => {
      throw awsError('InvalidParameterValue', 'bad');
    };
    await expect(spotQuote(ctx, cluster({ instanceTypes: TYPES }))).rejects.toThrow(
      /DescribeSpotPriceHistory on Spot prices of t3\.xlarge, t3a\.xlarge, m5\.xlarge failed: InvalidParameterValue/,
    );
  });

  test('the offline plan (no AWS call) prices Spot workers from the table and says why', () => {
    expect(estimateCost(cluster({ instanceTypes: TYPES })).basis).toContain(
      'an upper bound: no Spot price was asked (the offline plan makes no AWS call).',
    );
  });
});
