// What a regression run records: each run of each variant (its load-test figures, its curves and the
// server's), the verdicts against the baseline and where the cluster was left. Plain data: the JSON
// artifact and the history branch hold exactly this.

/** One point of a run's curves, seconds since its measured load started. */
export interface RunPoint {
  t: number;
  rps: number;
  /** Locust's p95 so far, ms. */
  p95Ms?: number;
  /** Mean CPU (%) of the ACA-Py instances (CloudWatch) or containers (docker stats). */
  cpuPercent?: number;
}

export interface RunFigures {
  p95Ms: number;
  rps: number;
  errorRatio: number;
  requests: number;
}

/** Server-side figures of one run (CloudWatch and docker stats), summarised. */
export interface ServerFigures {
  /** ALB TargetResponseTime p95 / p99 over the run, ms. */
  targetP95Ms?: number;
  targetP99Ms?: number;
  target5xx?: number;
  requestCount?: number;
  minHealthyHosts?: number;
  maxCpuPercent?: number;
  minInService?: number;
  /** Peak CPU % and memory MiB per container (acapy, postgres, redis) from docker stats. */
  containers?: Record<string, { maxCpuPercent: number; maxMemMiB: number }>;
}

export interface RunRecord {
  variant: string;
  repetition: number;
  /** Position in the interleaved order, from 1. */
  order: number;
  status: 'ok' | 'failed';
  /** Why the run did not produce figures. */
  error?: string;
  startedAt: string;
  figures?: RunFigures;
  series: RunPoint[];
  server?: ServerFigures;
  /** Seconds spent on rollout, reset, warm-up and collection: the regression's own cost. */
  overheadSeconds?: number;
  loadSeconds?: number;
  /** Seconds of each phase of this run (bake counts only when the image was made in it). */
  phases?: Partial<Record<Phase, number>>;
}

export const PHASES = ['bake', 'rollout', 'reset', 'warmup', 'load', 'collect'] as const;
export type Phase = (typeof PHASES)[number];

export const METRICS = ['p95', 'throughput', 'errorRatio'] as const;
export type Metric = (typeof METRICS)[number];

export const METRIC_LABEL: Record<Metric, string> = {
  p95: 'p95 latency (ms)',
  throughput: 'throughput (req/s)',
  errorRatio: 'error ratio',
};

export type VerdictWord = 'better' | 'same' | 'worse' | 'failed';

export interface Verdict {
  metric: Metric;
  variant: string;
  baseline: string;
  baselineMean?: number;
  variantMean?: number;
  /** % of the baseline's mean (error ratio: percentage points). */
  change?: number;
  /** Confidence interval of the change, same unit as change; absent without two runs a side. */
  ci?: [number, number];
  pValue?: number;
  /** The threshold applied (same unit as change). */
  threshold: number;
  verdict: VerdictWord;
  /** How the verdict was reached, one line. */
  basis: string;
}

export interface VariantOutcome {
  name: string;
  acapyTag: string;
  walletType: string;
  baseline: boolean;
  status: 'ok' | 'failed';
  error?: string;
}

export interface RegressionReport {
  cluster: string;
  startedAt: string;
  finishedAt: string;
  confidence: number;
  repetitions: number;
  variants: VariantOutcome[];
  runs: RunRecord[];
  verdicts: Verdict[];
  /** The variant the cluster is on at the end (the baseline unless its rollback failed). */
  clusterOn: string;
  /** Set when the run was cancelled or stopped early. */
  interrupted?: string;
  /** The regressions that fail the workflow, one sentence each. */
  regressions: string[];
}
