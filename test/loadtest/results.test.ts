import {
  evaluateGates,
  groupFailures,
  parseCsv,
  requestStats,
  saturation,
  summaryMarkdown,
} from '../../src/loadtest/results.js';

const CSV = `Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%
GET,get_invite,100,0,12,13.5,2,40,2,10.0,0.0,12,14,15,16,20,25,30,35,40,40,40
GET,receive_credential,50,10,30,31.2,5,900,2,5.0,1.0,30,32,34,35,50,800,850,890,900,900,900
,Aggregated,150,10,15,19.3,2,900,2,15.0,1.0,15,18,20,22,40,700,800,850,900,900,900
`;

test('Locust CSV: quoted fields, per-request rows and the aggregate', () => {
  expect(parseCsv('a,b\n"x, ""y""",2\n')).toEqual([{ a: 'x, "y"', b: '2' }]);
  const { rows, total } = requestStats(CSV);
  expect(rows.map((r) => [r.name, r.requests, r.failures, r.p95])).toEqual([
    ['get_invite', 100, 0, 25],
    ['receive_credential', 50, 10, 800],
  ]);
  expect(total).toMatchObject({ requests: 150, failures: 10, rps: 15, p95: 700 });
});

test('gates say which metric breached, with threshold and value', () => {
  const { total } = requestStats(CSV);
  expect(evaluateGates(total, { maxFailRatio: 0.05, maxP95Ms: 500, minRps: 10 })).toEqual([
    { metric: 'fail ratio', threshold: '<= 0.05', value: '0.0667', ok: false },
    { metric: 'p95 latency (ms)', threshold: '<= 500', value: '700', ok: false },
    { metric: 'requests per second', threshold: '>= 10', value: '15.00', ok: true },
  ]);
});

test('failures are grouped by Akrida step, in scenario order, with a hint', () => {
  const groups = groupFailures(
    'Method,Name,Error,Occurrences\nGET,receive_credential,HTTPError(500),7\nGET,get_invite,"ConnectionError(\'refused\')",2\nGET,receive_credential,Timeout,3\nGET,custom_step,x,1\n',
  );
  expect(groups.map((g) => [g.step, g.occurrences, g.errors])).toEqual([
    ['get_invite', 2, ["ConnectionError('refused')"]],
    ['receive_credential', 10, ['HTTPError(500)', 'Timeout']],
    ['custom_step', 1, ['x']],
  ]);
  expect(groups[0]?.hint).toContain('ISSUER_URL');
});

test('a pinned worker CPU marks the run as not valid', () => {
  const s = (cpu: number) => ({ t: 1, users: 10, rps: 5, failRatio: 0, maxWorkerCpu: cpu });
  expect(saturation([s(50), s(60), s(70), s(95)])).toContain('in 1 of 4 samples');
  expect(saturation([s(50), s(60), s(70), s(80)])).toBeUndefined();
  expect(saturation([{ ...s(50), maxWorkerMemoryShare: 0.95 }])).toBe(
    'a worker used over 90% of its memory: the load generator was the bottleneck; lower users per worker',
  );
});

test('the summary shows deltas against a baseline', () => {
  const { rows, total } = requestStats(CSV);
  const summary = {
    cluster: 'c',
    users: 10,
    spawnRate: 2,
    runTimeSeconds: 60,
    actualSeconds: 60,
    totals: total,
    requests: rows,
    gates: [],
    failures: [],
    valid: true,
    passed: true,
  };
  const baseline = { ...summary, totals: { ...total, rps: 10, p95: 350 } };
  const md = summaryMarkdown(summary, [], baseline);
  expect(md).toContain('15 req/s (+50.0%), p95 700 ms (+100.0%)');
});
