// One typed client for Locust's web API on the master, over two transports: direct HTTP where the
// master is reachable, and SSM running curl on the master (nothing opened to the runner). It reads
// both Locust 2.12 (Debian) and 2.4x (Akrida's image) answers.

export interface HttpAnswer {
  status: number;
  body: string;
}

/** How requests reach the master's web API (paths like /stats/requests). */
export interface LocustTransport {
  get(path: string): Promise<HttpAnswer>;
  postForm(path: string, form: Record<string, string>): Promise<HttpAnswer>;
  describe(): string;
}

export interface WorkerInfo {
  id: string;
  state: string;
  userCount: number;
  cpuPercent?: number;
  memoryBytes?: number;
}

export interface RequestRow {
  method: string;
  name: string;
  requests: number;
  failures: number;
  rps: number;
  p50?: number;
  p95?: number;
  p99?: number;
  avg: number;
}

export interface StatsSnapshot {
  state: string;
  userCount: number;
  totalRps: number;
  failRatio: number;
  p50?: number;
  p95?: number;
  workers: WorkerInfo[];
  rows: RequestRow[];
  errors: { method: string; name: string; error: string; occurrences: number }[];
}

export class LocustError extends Error {
  override name = 'LocustError';
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

type RawStats = {
  state?: string;
  user_count?: number;
  total_rps?: number;
  fail_ratio?: number;
  current_response_time_percentile_50?: number | null;
  current_response_time_percentile_95?: number | null;
  /** 2.4x: nested, keyed "response_time_percentile_0.5" / "response_time_percentile_0.95". */
  current_response_time_percentiles?: Record<string, number | null>;
  worker_count?: number;
  workers?: { id?: string; state?: string; user_count?: number; cpu_usage?: number; memory_usage?: number }[];
  stats?: {
    method?: string | null;
    name?: string;
    num_requests?: number;
    num_failures?: number;
    current_rps?: number;
    avg_response_time?: number;
    median_response_time?: number;
    ninety_ninth_response_time?: number;
    /** 2.4x rows carry "response_time_percentile_0.95" and friends. */
    [percentile: `response_time_percentile_${string}`]: number | undefined;
  }[];
  errors?: { method?: string; name?: string; error?: string; occurrences?: number }[];
};

export function parseStats(body: string): StatsSnapshot {
  let raw: RawStats;
  try {
    raw = JSON.parse(body) as RawStats;
  } catch {
    throw new LocustError(
      `the master answered /stats/requests with something that is not JSON: ${body.slice(0, 120)}`,
    );
  }
  // Locust leaves fields out or null across versions (the Aggregated row has no method): an absent
  // text reads as empty and an absent count as 0. These are figures to show, never ids to act on.
  const rows = (raw.stats ?? []).map((s) => {
    const p95 = num(s['response_time_percentile_0.95']);
    const p99 = num(s['response_time_percentile_0.99']) ?? num(s.ninety_ninth_response_time);
    const p50 = num(s['response_time_percentile_0.5']) ?? num(s.median_response_time);
    return {
      method: s.method ?? '',
      name: s.name ?? '',
      requests: s.num_requests ?? 0,
      failures: s.num_failures ?? 0,
      rps: s.current_rps ?? 0,
      avg: s.avg_response_time ?? 0,
      ...(p50 !== undefined ? { p50 } : {}),
      ...(p95 !== undefined ? { p95 } : {}),
      ...(p99 !== undefined ? { p99 } : {}),
    };
  });
  const nested = raw.current_response_time_percentiles ?? {};
  const p50 = num(raw.current_response_time_percentile_50) ?? num(nested['response_time_percentile_0.5']);
  const p95 = num(raw.current_response_time_percentile_95) ?? num(nested['response_time_percentile_0.95']);
  const workers = (raw.workers ?? []).map((w) => ({
    id: w.id ?? '',
    state: w.state ?? '',
    userCount: w.user_count ?? 0,
    ...(num(w.cpu_usage) !== undefined ? { cpuPercent: w.cpu_usage } : {}),
    ...(num(w.memory_usage) !== undefined ? { memoryBytes: w.memory_usage } : {}),
  }));
  return {
    state: raw.state ?? 'unknown',
    userCount: raw.user_count ?? 0,
    totalRps: raw.total_rps ?? 0,
    failRatio: raw.fail_ratio ?? 0,
    ...(p50 !== undefined ? { p50 } : {}),
    ...(p95 !== undefined ? { p95 } : {}),
    workers,
    rows: rows.filter((r) => r.name !== 'Aggregated' && r.name !== 'Total'),
    errors: (raw.errors ?? []).map((e) => ({
      method: e.method ?? '',
      name: e.name ?? '',
      error: e.error ?? '',
      occurrences: e.occurrences ?? 0,
    })),
  };
}

export class LocustClient {
  constructor(readonly transport: LocustTransport) {}

  private async ok(path: string, answer: Promise<HttpAnswer>): Promise<string> {
    const r = await answer;
    if (r.status !== 200)
      throw new LocustError(
        `${this.transport.describe()}${path} answered HTTP ${r.status}: ${r.body.slice(0, 200)}`,
      );
    return r.body;
  }

  async stats(): Promise<StatsSnapshot> {
    return parseStats(await this.ok('/stats/requests', this.transport.get('/stats/requests')));
  }

  /** Start (or change) a swarm. Locust 2.12 takes user_count, 2.4x also accepts it. */
  async swarm(users: number, spawnRate: number, host?: string): Promise<void> {
    const form: Record<string, string> = { user_count: String(users), spawn_rate: String(spawnRate) };
    if (host) form.host = host;
    const body = await this.ok('/swarm', this.transport.postForm('/swarm', form));
    const r = JSON.parse(body) as { success?: boolean; message?: string };
    if (r.success === false) throw new LocustError(`the master refused to swarm: ${r.message ?? body}`);
  }

  async stop(): Promise<void> {
    await this.ok('/stop', this.transport.get('/stop'));
  }

  async reset(): Promise<void> {
    await this.ok('/stats/reset', this.transport.get('/stats/reset'));
  }

  requestsCsv(): Promise<string> {
    return this.ok('/stats/requests/csv', this.transport.get('/stats/requests/csv'));
  }

  failuresCsv(): Promise<string> {
    return this.ok('/stats/failures/csv', this.transport.get('/stats/failures/csv'));
  }

  exceptionsCsv(): Promise<string> {
    return this.ok('/exceptions/csv', this.transport.get('/exceptions/csv'));
  }

  /** The HTML report; 2.12 serves it at /stats/report, newer versions too (with ?download=1). */
  htmlReport(): Promise<string> {
    return this.ok('/stats/report', this.transport.get('/stats/report'));
  }
}

/** Direct HTTP to a reachable master (tests on 127.0.0.1, or an operator inside the VPC). */
export class HttpTransport implements LocustTransport {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 10_000,
  ) {}

  describe(): string {
    return this.baseUrl;
  }

  private async call(path: string, init: RequestInit): Promise<HttpAnswer> {
    try {
      const r = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return { status: r.status, body: await r.text() };
    } catch (err) {
      throw new LocustError(
        `cannot reach the Locust master at ${this.baseUrl}${path}: ${(err as Error).message}`,
      );
    }
  }

  get(path: string): Promise<HttpAnswer> {
    return this.call(path, { method: 'GET' });
  }

  postForm(path: string, form: Record<string, string>): Promise<HttpAnswer> {
    return this.call(path, { method: 'POST', body: new URLSearchParams(form) });
  }
}
