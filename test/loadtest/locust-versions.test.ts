// The same snapshot from Locust 2.12 (Debian) and 2.4x (Akrida's image) answers.
import { parseStats } from '../../src/loadtest/locust-client.js';

const v212 = {
  current_response_time_percentile_50: 12,
  current_response_time_percentile_95: 80,
  fail_ratio: 0.05,
  state: 'running',
  user_count: 10,
  total_rps: 20.5,
  stats: [
    {
      method: 'GET',
      name: 'get_invite',
      num_requests: 100,
      num_failures: 5,
      current_rps: 20.5,
      avg_response_time: 15,
      median_response_time: 12,
      ninety_ninth_response_time: 120,
    },
    {
      method: null,
      name: 'Aggregated',
      num_requests: 100,
      num_failures: 5,
      current_rps: 20.5,
      avg_response_time: 15,
      median_response_time: 12,
    },
  ],
  errors: [{ method: 'GET', name: 'get_invite', error: 'HTTPError(500)', occurrences: 5 }],
  workers: [
    { id: 'ip-10-0-1-23_abc', state: 'running', user_count: 10, cpu_usage: 42.5, memory_usage: 123456789 },
  ],
};

const v24x = {
  current_response_time_percentiles: {
    'response_time_percentile_0.5': 12,
    'response_time_percentile_0.95': 80,
  },
  fail_ratio: 0.05,
  state: 'running',
  user_count: 10,
  total_rps: 20.5,
  total_fail_per_sec: 1,
  stats: [
    {
      method: 'GET',
      name: 'get_invite',
      num_requests: 100,
      num_failures: 5,
      current_rps: 20.5,
      avg_response_time: 15,
      median_response_time: 12,
      'response_time_percentile_0.5': 12,
      'response_time_percentile_0.95': 90,
      'response_time_percentile_0.99': 120,
    },
    {
      method: null,
      name: 'Aggregated',
      num_requests: 100,
      num_failures: 5,
      current_rps: 20.5,
      avg_response_time: 15,
      median_response_time: 12,
    },
  ],
  errors: [{ method: 'GET', name: 'get_invite', error: 'HTTPError(500)', occurrences: 5 }],
  workers: [
    { id: 'ip-10-0-1-23_abc', state: 'running', user_count: 10, cpu_usage: 42.5, memory_usage: 123456789 },
  ],
  worker_count: 1,
};

test('both versions give the same totals, workers and errors', () => {
  const a = parseStats(JSON.stringify(v212));
  const b = parseStats(JSON.stringify(v24x));
  for (const s of [a, b]) {
    expect(s).toMatchObject({
      state: 'running',
      userCount: 10,
      totalRps: 20.5,
      failRatio: 0.05,
      p50: 12,
      p95: 80,
    });
    expect(s.workers).toEqual([
      { id: 'ip-10-0-1-23_abc', state: 'running', userCount: 10, cpuPercent: 42.5, memoryBytes: 123456789 },
    ]);
    expect(s.errors).toEqual([
      { method: 'GET', name: 'get_invite', error: 'HTTPError(500)', occurrences: 5 },
    ]);
    expect(s.rows.map((r) => r.name)).toEqual(['get_invite']);
  }
  expect(a.rows[0]).toMatchObject({ p50: 12, p99: 120 });
  expect(b.rows[0]).toMatchObject({ p50: 12, p95: 90, p99: 120 });
});

test('an answer that is not JSON is a clear error', () => {
  expect(() => parseStats('<html>502 Bad Gateway</html>')).toThrow(
    'the master answered /stats/requests with something that is not JSON: <html>502 Bad Gateway</html>',
  );
});

describe('an answer of the wrong shape', () => {
  test('a field of the wrong type is named, not read as 0', () => {
    expect(() => parseStats('{"user_count": "many", "stats": []}')).toThrow(
      /not one this client reads \(user_count: /,
    );
  });
  test('absent and null fields read as empty text and 0 (Locust leaves them out across versions)', () => {
    const s = parseStats('{"stats": [{"method": null, "name": "connect", "num_requests": 3}]}');
    expect(s.rows).toEqual([{ method: '', name: 'connect', requests: 3, failures: 0, rps: 0, avg: 0 }]);
    expect(s.userCount).toBe(0);
  });
});
