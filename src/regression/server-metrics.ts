// The server side of a regression run from CloudWatch (GetMetricData): the ACA-Py load balancers'
// target response time (p95, p99), 5xx and request counts and healthy hosts, the ACA-Py instances'
// CPU and the group's in-service count, over the run's window. Query ids say what each one is.
import {
  type CloudWatchClient,
  type MetricDataQuery,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import type { ServerFigures } from './model.js';

export interface MetricTargets {
  /** The ALB dimension values: app/<name>/<id> and targetgroup/<name>/<id>. */
  loadBalancers: { loadBalancer: string; targetGroup: string }[];
  /** The ACA-Py instances. */
  instanceIds: string[];
  groupName: string;
}

export interface MetricSeries {
  id: string;
  points: { at: Date; value: number }[];
}

/** The ALB dimension value of an ARN: everything after `loadbalancer/` or the target group's `:`. */
export function albDimension(arn: string): string {
  const lb = /:loadbalancer\/(.+)$/.exec(arn);
  if (lb?.[1]) return lb[1];
  const tg = /:(targetgroup\/.+)$/.exec(arn);
  if (tg?.[1]) return tg[1];
  throw new Error(`not a load balancer or target group ARN: ${arn}`);
}

export function metricQueries(t: MetricTargets, period: number): MetricDataQuery[] {
  const q = (id: string, ns: string, name: string, dims: Record<string, string>, stat: string) => ({
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: ns,
        MetricName: name,
        Dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value })),
      },
      Period: period,
      Stat: stat,
    },
    ReturnData: true,
  });
  const alb = 'AWS/ApplicationELB';
  return [
    ...t.loadBalancers.flatMap((l, i) => [
      q(`lb${i}_p95`, alb, 'TargetResponseTime', { LoadBalancer: l.loadBalancer }, 'p95'),
      q(`lb${i}_p99`, alb, 'TargetResponseTime', { LoadBalancer: l.loadBalancer }, 'p99'),
      q(`lb${i}_5xx`, alb, 'HTTPCode_Target_5XX_Count', { LoadBalancer: l.loadBalancer }, 'Sum'),
      q(`lb${i}_requests`, alb, 'RequestCount', { LoadBalancer: l.loadBalancer }, 'Sum'),
      q(
        `lb${i}_healthy`,
        alb,
        'HealthyHostCount',
        { LoadBalancer: l.loadBalancer, TargetGroup: l.targetGroup },
        'Minimum',
      ),
    ]),
    ...t.instanceIds.map((id, i) => q(`cpu${i}`, 'AWS/EC2', 'CPUUtilization', { InstanceId: id }, 'Average')),
    q(
      'inservice',
      'AWS/AutoScaling',
      'GroupInServiceInstances',
      { AutoScalingGroupName: t.groupName },
      'Minimum',
    ),
  ];
}

/** Every series of the queries over [start, end), all pages, oldest point first. */
export async function collectMetrics(
  cw: CloudWatchClient,
  t: MetricTargets,
  window: { start: Date; end: Date },
  period: number,
): Promise<MetricSeries[]> {
  const byId = new Map<string, { at: Date; value: number }[]>();
  const pages = paginateGetMetricData(
    { client: cw },
    {
      MetricDataQueries: metricQueries(t, period),
      StartTime: window.start,
      EndTime: window.end,
      ScanBy: 'TimestampAscending',
    },
  );
  for await (const page of pages)
    for (const r of page.MetricDataResults ?? []) {
      if (!r.Id) continue;
      const list = byId.get(r.Id) ?? [];
      (r.Timestamps ?? []).forEach((at, i) => {
        const value = r.Values?.[i];
        if (value !== undefined) list.push({ at, value });
      });
      byId.set(r.Id, list);
    }
  return [...byId].map(([id, points]) => ({
    id,
    points: points.sort((a, b) => a.at.getTime() - b.at.getTime()),
  }));
}

/** The run's server figures from its series: worst latency, total 5xx and requests, lowest health. */
export function serverFigures(series: readonly MetricSeries[]): ServerFigures {
  const values = (re: RegExp) =>
    series.filter((s) => re.test(s.id)).flatMap((s) => s.points.map((p) => p.value));
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : undefined);
  const min = (xs: number[]) => (xs.length ? Math.min(...xs) : undefined);
  const sum = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) : undefined);
  const ms = (v: number | undefined) => (v === undefined ? undefined : v * 1000);
  const out: ServerFigures = {};
  const set = <K extends keyof ServerFigures>(k: K, v: ServerFigures[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('targetP95Ms', ms(max(values(/^lb\d+_p95$/))));
  set('targetP99Ms', ms(max(values(/^lb\d+_p99$/))));
  set('target5xx', sum(values(/^lb\d+_5xx$/)));
  set('requestCount', sum(values(/^lb\d+_requests$/)));
  set('minHealthyHosts', min(values(/^lb\d+_healthy$/)));
  set('maxCpuPercent', max(values(/^cpu\d+$/)));
  set('minInService', min(values(/^inservice$/)));
  return out;
}
