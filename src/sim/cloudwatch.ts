// Simulated CloudWatch GetMetricData: datapoints the simulated world records (the ACA-Py stand-ins'
// requests and latencies, the instances' CPU) are kept per metric and dimensions, and the gauges AWS
// derives from state (healthy hosts of a target group, in-service instances of a group) are read
// from the load balancing and Auto Scaling state. Queries are validated as AWS does: at most 500,
// ids that start with a lower-case letter and are unique, a period of 1, 5, 10, 30 or a multiple of
// 60 seconds, known statistics, start before end.
import type * as cw from '@aws-sdk/client-cloudwatch';
import type { AsgState } from './autoscaling/state.js';
import type { ElbState } from './elbv2/state.js';
import { awsError } from './errors.js';
import type { World } from './world.js';

export const MAX_METRIC_QUERIES = 500;
const STATS = /^(SampleCount|Average|Sum|Minimum|Maximum|p(\d{1,2}(\.\d{1,2})?|100))$/;

interface Datapoint {
  /** World time, ms. */
  at: number;
  value: number;
}

const keyOf = (namespace: string, metric: string, dims: Record<string, string>) =>
  `${namespace}|${metric}|${Object.entries(dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',')}`;

export class CloudWatchState {
  private readonly series = new Map<string, Datapoint[]>();
  constructor(private readonly world: World) {}

  /** A datapoint at the world's current time (or `at`), as a service publishing it would. */
  record(
    namespace: string,
    metric: string,
    dims: Record<string, string>,
    value: number,
    at = this.world.now(),
  ): void {
    const k = keyOf(namespace, metric, dims);
    const list = this.series.get(k) ?? [];
    list.push({ at, value });
    this.series.set(k, list);
  }

  points(namespace: string, metric: string, dims: Record<string, string>): readonly Datapoint[] {
    return this.series.get(keyOf(namespace, metric, dims)) ?? [];
  }
}

function statOf(stat: string, values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  switch (stat) {
    case 'SampleCount':
      return values.length;
    case 'Sum':
      return values.reduce((a, b) => a + b, 0);
    case 'Average':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'Minimum':
      return sorted[0] ?? 0;
    case 'Maximum':
      return sorted[sorted.length - 1] ?? 0;
    default: {
      const q = Number(stat.slice(1)) / 100;
      return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
    }
  }
}

function validate(i: cw.GetMetricDataCommandInput): void {
  const qs = i.MetricDataQueries ?? [];
  const bad = (m: string) => awsError('ValidationError', m, 400);
  if (qs.length === 0) throw bad('The parameter MetricDataQueries is required.');
  if (qs.length > MAX_METRIC_QUERIES)
    throw bad(`The collection MetricDataQueries must not have a size greater than ${MAX_METRIC_QUERIES}.`);
  if (!i.StartTime || !i.EndTime) throw bad('The parameters StartTime and EndTime are required.');
  if (i.StartTime.getTime() >= i.EndTime.getTime())
    throw bad('The parameter StartTime must be less than the parameter EndTime.');
  const ids = new Set<string>();
  qs.forEach((q, n) => {
    const at = `MetricDataQueries.member.${n + 1}`;
    if (!q.Id || !/^[a-z][a-zA-Z0-9_]{0,254}$/.test(q.Id))
      throw bad(
        `The value ${q.Id} for parameter ${at}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.`,
      );
    if (ids.has(q.Id)) throw bad(`The values for parameter id in MetricDataQueries are not unique.`);
    ids.add(q.Id);
    const s = q.MetricStat;
    if (!s) throw bad(`${at}: the simulated CloudWatch answers MetricStat queries only.`);
    const p = s.Period ?? 0;
    if (!([1, 5, 10, 30].includes(p) || (p >= 60 && p % 60 === 0)))
      throw bad(`The parameter ${at}.MetricStat.Period must be 1, 5, 10, 30 or a multiple of 60.`);
    if (s.Stat === undefined || !STATS.test(s.Stat))
      throw bad(`The parameter ${at}.MetricStat.Stat is not a valid statistic.`);
    if (!s.Metric?.Namespace || !s.Metric.MetricName)
      throw bad(`The parameter ${at}.MetricStat.Metric must name a Namespace and a MetricName.`);
  });
}

const dimsOf = (m: cw.Metric): Record<string, string> =>
  Object.fromEntries(
    (m.Dimensions ?? []).flatMap((d) => (d.Name && d.Value !== undefined ? [[d.Name, d.Value]] : [])),
  );

export function cloudWatchService(world: World, s: CloudWatchState, elb: ElbState, asg: AsgState) {
  /** Gauges AWS derives from state: one sample per period, read now. */
  const gauge = (m: cw.Metric): number | undefined => {
    const dims = dimsOf(m);
    if (m.Namespace === 'AWS/ApplicationELB' && m.MetricName === 'HealthyHostCount') {
      const tg = [...elb.tgs.values()].find(
        (t) => dims.TargetGroup !== undefined && t.arn.endsWith(dims.TargetGroup),
      );
      return tg
        ? [...tg.targets.keys()].filter((id) => elb.health(tg, id).state === 'healthy').length
        : undefined;
    }
    if (m.Namespace === 'AWS/AutoScaling' && m.MetricName === 'GroupInServiceInstances') {
      const g =
        dims.AutoScalingGroupName === undefined ? undefined : asg.groups.get(dims.AutoScalingGroupName);
      return g ? asg.live(g).filter((i) => asg.healthy(g, i)).length : undefined;
    }
    return undefined;
  };
  const handlers = {
    GetMetricData: (i: cw.GetMetricDataCommandInput): cw.GetMetricDataCommandOutput => {
      validate(i);
      const start = i.StartTime?.getTime() ?? 0;
      const end = i.EndTime?.getTime() ?? 0;
      const now = world.now();
      const results = (i.MetricDataQueries ?? []).map((q) => {
        // validate() checked these are present.
        const st = q.MetricStat as cw.MetricStat & {
          Metric: { Namespace: string; MetricName: string };
          Stat: string;
          Period: number;
        };
        const periodMs = st.Period * 1000;
        const recorded = s.points(st.Metric.Namespace, st.Metric.MetricName, dimsOf(st.Metric));
        const buckets = new Map<number, number[]>();
        for (const p of recorded) {
          if (p.at < start || p.at >= end) continue;
          const b = start + Math.floor((p.at - start) / periodMs) * periodMs;
          buckets.set(b, [...(buckets.get(b) ?? []), p.value]);
        }
        const g = gauge(st.Metric);
        if (g !== undefined && now >= start)
          buckets.set(start + Math.floor((Math.min(now, end - 1) - start) / periodMs) * periodMs, [g]);
        // Newest first, as GetMetricData's default TimestampDescending.
        const times = [...buckets.keys()].sort((a, b) => (i.ScanBy === 'TimestampAscending' ? a - b : b - a));
        return {
          Id: q.Id,
          Label: q.Label ?? st.Metric.MetricName,
          Timestamps: times.map((t) => new Date(t)),
          Values: times.map((t) => statOf(st.Stat, buckets.get(t) ?? [])),
          StatusCode: 'Complete' as const,
        };
      });
      return { $metadata: {}, MetricDataResults: results, Messages: [] };
    },
  };
  return { name: 'CloudWatch', handlers, reads: new Set(Object.keys(handlers)) };
}
