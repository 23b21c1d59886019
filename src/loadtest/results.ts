// What a load test produced, in forms a team can act on: per-request numbers from Locust's CSV,
// gates with the metric, threshold and value, failures grouped by Akrida step with the matching
// hint, deltas against a baseline, and whether the load generator itself was the bottleneck.
import { mdCell, mdText } from '../render/markdown.js';
import { parseCsv } from './csv.js';
import { type Interruption, interruptionMarkdown } from './worker-watch.js';

export interface Sample {
  /** Seconds since the swarm started. */
  t: number;
  users: number;
  /** Requests per second since the previous sample. */
  rps: number;
  /** Of all requests since the start (Locust's aggregated total). */
  p50?: number;
  p95?: number;
  failRatio: number;
  maxWorkerCpu?: number;
  maxWorkerMemoryBytes?: number;
  /** Highest share of an instance's memory in use among the workers (0-1), sampled through SSM. */
  maxWorkerMemoryShare?: number;
  /** Workers connected to the master. */
  workers?: number;
  /** Made after a worker was lost, with fewer workers than the run started with. */
  afterLoss?: boolean;
}

export interface RequestStat {
  method: string;
  name: string;
  requests: number;
  failures: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface GateResult {
  metric: string;
  threshold: string;
  value: string;
  ok: boolean;
}

export interface FailureGroup {
  step: string;
  occurrences: number;
  errors: string[];
  hint: string;
}

export interface LoadTestSummary {
  cluster: string;
  users: number;
  spawnRate: number;
  runTimeSeconds: number;
  actualSeconds: number;
  totals: RequestStat;
  requests: RequestStat[];
  gates: GateResult[];
  failures: FailureGroup[];
  valid: boolean;
  invalidReason?: string;
  /** Every gate passed. */
  passed: boolean;
  /** The run's result (absent in summaries of older runs): interrupted when workers lost at least locust.workers.maxLostShare of its worker time. */
  result?: 'passed' | 'failed' | 'interrupted' | 'not valid';
  interruption?: Interruption;
  /** What the run cost, from the estimate over its actual seconds. */
  cost?: { perRun: number; hourly: number; basis: string };
}

export interface Thresholds {
  maxFailRatio: number;
  maxP95Ms: number;
  minRps: number;
}

export { parseCsv } from './csv.js';

const n = (v: string | undefined) => (v === undefined || v === '' || v === 'N/A' ? 0 : Number(v));

export function requestStats(requestsCsv: string): { rows: RequestStat[]; total: RequestStat } {
  // A column Locust did not write reads as empty (text) or 0 (figures): a report, not an id.
  const all = parseCsv(requestsCsv, ['Type', 'Name']).map((r) => ({
    method: r.Type,
    name: r.Name,
    requests: n(r['Request Count']),
    failures: n(r['Failure Count']),
    rps: n(r['Requests/s']),
    p50: n(r['50%']),
    p95: n(r['95%']),
    p99: n(r['99%']),
  }));
  const total = all.find((r) => r.name === 'Aggregated') ?? {
    method: '',
    name: 'Aggregated',
    requests: 0,
    failures: 0,
    rps: 0,
    p50: 0,
    p95: 0,
    p99: 0,
  };
  return { rows: all.filter((r) => r.name !== 'Aggregated'), total };
}

export function evaluateGates(total: RequestStat, t: Thresholds): GateResult[] {
  const failRatio = total.requests ? total.failures / total.requests : 0;
  return [
    {
      metric: 'fail ratio',
      threshold: `<= ${t.maxFailRatio}`,
      value: failRatio.toFixed(4),
      ok: failRatio <= t.maxFailRatio,
    },
    {
      metric: 'p95 latency (ms)',
      threshold: `<= ${t.maxP95Ms}`,
      value: String(total.p95),
      ok: total.p95 <= t.maxP95Ms,
    },
    {
      metric: 'requests per second',
      threshold: `>= ${t.minRps}`,
      value: total.rps.toFixed(2),
      ok: total.rps >= t.minRps,
    },
  ];
}

/** Akrida's steps, in scenario order, with what usually breaks them. */
export const STEP_HINTS: Record<string, string> = {
  on_start:
    'the agent did not start: check MEDIATION_URL, the ledger (LEDGER, genesis) and the worker ports (START_PORT..END_PORT)',
  get_invite:
    'the issuer admin API failed: check ISSUER_URL (admin load balancer :8080) and the X-API-Key in ISSUER_HEADERS',
  accept_invite:
    'the holder could not reach the invitation: check ISSUER (transport load balancer) and EXPOSED_PORT=80',
  receive_credential:
    'issuance failed: check CRED_DEF and SCHEMA are anchored on LEDGER, and the wallet database',
  presentation_exchange:
    'the proof failed: check VERIFIER_URL/VERIFIER_HEADERS and the credential definition',
  send_message: 'messaging failed: check the mediator and PICKUP_STRATEGY',
};

export function groupFailures(failuresCsv: string): FailureGroup[] {
  const byStep = new Map<string, FailureGroup>();
  for (const r of parseCsv(failuresCsv, ['Name'])) {
    const step = r.Name; // failures without a Name column group together, unnamed
    const g = byStep.get(step) ?? {
      step,
      occurrences: 0,
      errors: [],
      hint: STEP_HINTS[step] ?? 'see the worker logs (run-on-instances with collect-logs)',
    };
    g.occurrences += n(r.Occurrences);
    if (r.Error && !g.errors.includes(r.Error)) g.errors.push(r.Error);
    byStep.set(step, g);
  }
  const order = Object.keys(STEP_HINTS);
  return [...byStep.values()].sort((a, b) => {
    const ia = order.indexOf(a.step);
    const ib = order.indexOf(b.step);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || b.occurrences - a.occurrences;
  });
}

/** The workers, not the system under test, were the bottleneck: CPU pinned on a quarter of the samples. */
export function saturation(samples: Sample[], cpuLimit = 90, memoryLimitBytes?: number): string | undefined {
  const loaded = samples.filter((s) => s.users > 0);
  if (loaded.length === 0) return undefined;
  const hot = loaded.filter((s) => (s.maxWorkerCpu ?? 0) >= cpuLimit).length;
  if (hot / loaded.length >= 0.25)
    return `a worker's CPU was at or above ${cpuLimit}% in ${hot} of ${loaded.length} samples: the load generator was the bottleneck; add workers or use a larger instance type`;
  const memoryFull = (s: Sample) =>
    (s.maxWorkerMemoryShare ?? 0) >= 0.9 ||
    (memoryLimitBytes !== undefined && (s.maxWorkerMemoryBytes ?? 0) >= memoryLimitBytes * 0.9);
  if (loaded.some(memoryFull)) {
    return 'a worker used over 90% of its memory: the load generator was the bottleneck; lower users per worker';
  }
  return undefined;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

function delta(now: number, then: number | undefined): string {
  if (then === undefined || then === 0) return '';
  const d = ((now - then) / then) * 100;
  return ` (${d >= 0 ? '+' : ''}${d.toFixed(1)}%)`;
}

export function summaryMarkdown(s: LoadTestSummary, samples: Sample[], baseline?: LoadTestSummary): string {
  const out: string[] = [];
  const verdict = {
    'not valid': 'NOT VALID',
    interrupted: 'INTERRUPTED',
    passed: 'passed',
    failed: 'FAILED',
  }[s.result ?? (!s.valid ? 'not valid' : s.passed ? 'passed' : 'failed')];
  out.push(`## Load test of ${mdText(s.cluster)}: ${verdict}`, '');
  out.push(
    `${s.users} users at ${s.spawnRate}/s for ${s.runTimeSeconds} s (ran ${s.actualSeconds.toFixed(0)} s): ${s.totals.requests} requests, ${s.totals.failures} failures, ${fmt(s.totals.rps)} req/s${delta(s.totals.rps, baseline?.totals.rps)}, p95 ${s.totals.p95} ms${delta(s.totals.p95, baseline?.totals.p95)}.`,
  );
  if (s.interruption) out.push(...interruptionMarkdown(s.interruption, mdCell));
  if (s.cost)
    out.push(
      '',
      `This run cost about $${s.cost.perRun.toFixed(4)} ($${s.cost.hourly.toFixed(4)} an hour). ${mdText(s.cost.basis)}`,
    );
  if (!s.valid) out.push('', `> **Not valid:** ${mdText(s.invalidReason)}`);
  else {
    const cpu = samples.flatMap((p) => (p.maxWorkerCpu === undefined ? [] : [p.maxWorkerCpu]));
    const mem = samples.flatMap((p) =>
      p.maxWorkerMemoryShare === undefined ? [] : [p.maxWorkerMemoryShare],
    );
    if (cpu.length > 0)
      out.push(
        '',
        `Saturation check: the busiest worker peaked at ${Math.max(...cpu).toFixed(0)}% CPU${mem.length ? ` and ${(Math.max(...mem) * 100).toFixed(0)}% memory` : ''} over ${cpu.length} samples, under the 90% limit: the figures measure the system under test, not the load generators.`,
      );
  }
  out.push('', '| gate | threshold | value | result |', '|---|---|---|---|');
  for (const g of s.gates)
    out.push(`| ${g.metric} | ${g.threshold} | ${g.value} | ${g.ok ? 'pass' : '**FAIL**'} |`);
  out.push(
    '',
    '| request | requests | failures | req/s | p50 ms | p95 ms | p99 ms |',
    '|---|---|---|---|---|---|---|',
  );
  const base = new Map((baseline?.requests ?? []).map((r) => [r.name, r]));
  for (const r of [...s.requests, s.totals]) {
    const b = base.get(r.name) ?? (r.name === 'Aggregated' ? baseline?.totals : undefined);
    out.push(
      `| ${mdCell(r.name)} | ${r.requests} | ${r.failures} | ${fmt(r.rps)}${delta(r.rps, b?.rps)} | ${r.p50} | ${r.p95}${delta(r.p95, b?.p95)} | ${r.p99} |`,
    );
  }
  if (samples.length > 1) {
    const xs = samples.map((p) => Math.round(p.t));
    out.push(
      '',
      '```mermaid',
      'xychart-beta',
      '  title "Users, requests/s and p95 (ms) over time"',
      `  x-axis "seconds" [${xs.join(', ')}]`,
      `  y-axis "value"`,
      `  line [${samples.map((p) => p.users).join(', ')}]`,
      `  line [${samples.map((p) => fmt(p.rps)).join(', ')}]`,
      `  line [${samples.map((p) => p.p95 ?? 0).join(', ')}]`,
      ...(s.interruption ? [`  line [${samples.map((p) => p.workers ?? 0).join(', ')}]`] : []),
      '```',
      '',
      `Lines: users; requests/s between samples (the change in the request count over the seconds between them); p95 latency in ms of all requests since the start (Locust's aggregated total)${s.interruption ? '; workers connected to the master' : ''}.`,
    );
  }
  if (s.failures.length > 0) {
    out.push('', '| failing step | occurrences | errors | what to check |', '|---|---|---|---|');
    for (const f of s.failures)
      out.push(
        `| ${mdCell(f.step)} | ${f.occurrences} | ${mdCell(f.errors.slice(0, 3).join('; '))} | ${mdCell(f.hint)} |`,
      );
  }
  return `${out.join('\n')}\n`;
}
