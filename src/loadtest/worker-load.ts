// Load-generator saturation, measured on the worker instances themselves through SSM: CPU and
// memory of the whole instance, since each Akrida agent runs as a process outside Locust's figures.
import type { AwsContext } from '../aws/context.js';
import { runOnInstances } from '../aws/run-command.js';
import type { TemplateSet } from '../render/render.js';
import { sampleLoadScript } from '../render/scripts.js';

export interface WorkerLoad {
  /** Highest CPU use among the workers, percent. */
  maxCpu: number;
  /** Highest share of memory in use among the workers, 0-1. */
  maxMemory: number;
}

export function parseLoad(stdout: string): { cpu: number; memory: number } | undefined {
  const m = /akrida-load cpu=(\d+) mem_used=(\d+) mem_total=(\d+)/.exec(stdout);
  if (!m) return undefined;
  const total = Number(m[3]);
  return { cpu: Number(m[1]), memory: total > 0 ? Number(m[2]) / total : 0 };
}

export async function sampleWorkerLoad(
  ctx: AwsContext,
  t: TemplateSet,
  instanceIds: string[],
): Promise<WorkerLoad> {
  const results = await runOnInstances(ctx, {
    targets: { instanceIds },
    script: sampleLoadScript(t),
    comment: 'akrida-ops load-test worker load sample',
    timeoutSeconds: 60,
    expectedSeconds: 1,
  });
  const loads = results
    .map((r) => parseLoad(r.stdout))
    .filter((x): x is { cpu: number; memory: number } => !!x);
  return {
    maxCpu: Math.max(0, ...loads.map((l) => l.cpu)),
    maxMemory: Math.max(0, ...loads.map((l) => l.memory)),
  };
}
