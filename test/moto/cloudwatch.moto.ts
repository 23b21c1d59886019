// The regression's CloudWatch collector against moto, through the real client (its JSON protocol):
// figures put into moto come back from GetMetricData per query id, and the server figures follow.
import * as cw from '@aws-sdk/client-cloudwatch';
import { collectMetrics, serverFigures } from '../../src/regression/server-metrics.js';
import { MOTO_AVAILABLE, type Moto, startMoto } from '../fixtures/moto.js';

const maybe = MOTO_AVAILABLE ? describe : describe.skip;

maybe('GetMetricData against moto', () => {
  let moto: Moto;
  beforeAll(async () => {
    moto = await startMoto();
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  test('the collector reads the ALB, EC2 and Auto Scaling figures it asks for', async () => {
    const client = new cw.CloudWatchClient({
      region: 'us-east-1',
      endpoint: moto.direct,
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    const start = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 5 * 60_000);
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const lb = 'app/example-acapy/0123456789abcdef';
    await client.send(
      new cw.PutMetricDataCommand({
        Namespace: 'AWS/ApplicationELB',
        MetricData: [
          // No TargetResponseTime: moto answers percentiles over datapoints with a 500 (MOTO_GAPS).
          {
            MetricName: 'HTTPCode_Target_5XX_Count',
            Dimensions: [{ Name: 'LoadBalancer', Value: lb }],
            Timestamp: at(15),
            Value: 2,
          },
          {
            MetricName: 'RequestCount',
            Dimensions: [{ Name: 'LoadBalancer', Value: lb }],
            Timestamp: at(20),
            Value: 3,
          },
        ],
      }),
    );
    await client.send(
      new cw.PutMetricDataCommand({
        Namespace: 'AWS/EC2',
        MetricData: [
          {
            MetricName: 'CPUUtilization',
            Dimensions: [{ Name: 'InstanceId', Value: 'i-0123456789abcdef0' }],
            Timestamp: at(30),
            Value: 62.5,
          },
        ],
      }),
    );
    const series = await collectMetrics(
      client,
      {
        loadBalancers: [{ loadBalancer: lb, targetGroup: 'targetgroup/example-acapy/fedcba9876543210' }],
        instanceIds: ['i-0123456789abcdef0'],
        groupName: 'example-acapy',
      },
      { start, end: at(240) },
      60,
    );
    expect(series.map((s) => s.id).sort()).toEqual(
      ['cpu0', 'inservice', 'lb0_5xx', 'lb0_healthy', 'lb0_p95', 'lb0_p99', 'lb0_requests'].sort(),
    );
    const f = serverFigures(series);
    expect(f.requestCount).toBe(3);
    expect(f.maxCpuPercent).toBe(62.5);
    expect(f.target5xx).toBe(2);
    expect(f.targetP99Ms).toBeUndefined();
  }, 120_000);
});
