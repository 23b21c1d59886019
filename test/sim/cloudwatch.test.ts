// The simulated CloudWatch: GetMetricData through the real client over datapoints the world records
// and gauges read from its state, with AWS's validation of ids, periods, statistics and the count.
import * as cw from '@aws-sdk/client-cloudwatch';
import {
  albDimension,
  collectMetrics,
  metricQueries,
  serverFigures,
} from '../../src/regression/server-metrics.js';
import { MAX_METRIC_QUERIES } from '../../src/sim/cloudwatch.js';
import { codeOf, simulated } from '../fixtures/sim.js';

const LB =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/example-acapy/0123456789abcdef';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/example-acapy/fedcba9876543210';
const TARGETS = {
  loadBalancers: [{ loadBalancer: albDimension(LB), targetGroup: albDimension(TG) }],
  instanceIds: ['i-0123456789abcdef0'],
  groupName: 'example-acapy',
};

test('recorded request latencies and CPU come back per period, with the statistic asked for', async () => {
  const { sim, clients } = simulated();
  const start = new Date(sim.clock.now());
  const lb = { LoadBalancer: TARGETS.loadBalancers[0]?.loadBalancer ?? 'none' };
  // Two minutes of requests: 100 a minute, latencies 10..109 ms, two 5xx; CPU 40 % then 70 %.
  for (let minute = 0; minute < 2; minute++) {
    for (let r = 0; r < 100; r++) {
      const at = start.getTime() + minute * 60_000 + r * 500;
      sim.cloudwatch.record('AWS/ApplicationELB', 'TargetResponseTime', lb, (10 + r) / 1000, at);
      sim.cloudwatch.record('AWS/ApplicationELB', 'RequestCount', lb, 1, at);
    }
    sim.cloudwatch.record(
      'AWS/ApplicationELB',
      'HTTPCode_Target_5XX_Count',
      lb,
      2,
      start.getTime() + minute * 60_000,
    );
    sim.cloudwatch.record(
      'AWS/EC2',
      'CPUUtilization',
      { InstanceId: 'i-0123456789abcdef0' },
      40 + 30 * minute,
      start.getTime() + minute * 60_000 + 1000,
    );
  }
  const series = await collectMetrics(
    clients.cloudwatch,
    TARGETS,
    { start, end: new Date(start.getTime() + 120_000) },
    60,
  );
  const of = (id: string) => series.find((s) => s.id === id)?.points.map((p) => p.value);
  expect(of('lb0_p95')).toEqual([0.104, 0.104]);
  expect(of('lb0_p99')).toEqual([0.108, 0.108]);
  expect(of('lb0_requests')).toEqual([100, 100]);
  expect(of('cpu0')).toEqual([40, 70]);
  expect(serverFigures(series)).toMatchObject({
    targetP95Ms: 104,
    targetP99Ms: 108,
    target5xx: 4,
    requestCount: 200,
    maxCpuPercent: 70,
  });
  expect(sim.ledger.filter((e) => e.service === 'CloudWatch').map((e) => e.operation)).toEqual([
    'GetMetricData',
  ]);
});

test('queries are refused as AWS refuses them', async () => {
  const { sim, clients } = simulated();
  const now = new Date(sim.clock.now());
  const later = new Date(now.getTime() + 60_000);
  const one = metricQueries(TARGETS, 60)[0];
  if (!one) throw new Error('a query');
  const ask = (q: cw.MetricDataQuery[], start = now, end = later) =>
    clients.cloudwatch.send(
      new cw.GetMetricDataCommand({ MetricDataQueries: q, StartTime: start, EndTime: end }),
    );
  const err = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return `${(e as Error).name}: ${(e as Error).message}`;
    }
    throw new Error('accepted');
  };
  expect(await err(ask([{ ...one, Id: 'P95' }]))).toMatch(
    /^ValidationError: The value P95 for parameter MetricDataQueries\.member\.1\.Id is not matching/,
  );
  expect(await err(ask([one, one]))).toMatch(/not unique/);
  expect(
    await err(ask([{ ...one, MetricStat: { ...one.MetricStat, Period: 45 } as cw.MetricStat }])),
  ).toMatch(/Period must be 1, 5, 10, 30 or a multiple of 60/);
  expect(
    await err(ask([{ ...one, MetricStat: { ...one.MetricStat, Stat: 'Median' } as cw.MetricStat }])),
  ).toMatch(/not a valid statistic/);
  expect(await err(ask([one], later, now))).toMatch(/StartTime must be less than/);
  const many = Array.from({ length: MAX_METRIC_QUERIES + 1 }, (_, i) => ({ ...one, Id: `q${i}` }));
  expect(await codeOf(ask(many))).toBe('ValidationError');
  expect(await ask(many.slice(0, MAX_METRIC_QUERIES))).toMatchObject({
    MetricDataResults: expect.any(Array),
  });
});
