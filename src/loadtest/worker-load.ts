// Load-generator saturation, measured on the worker instances themselves through SSM: CPU and
// memory of the whole instance, since each Akrida agent runs as a process outside Locust's figures.
import type { AwsContext } from '../aws/context.js';
import { AwsOperationError } from '../aws/errors.js';
import { RunCommandError, runOnInstances } from '../aws/run-command.js';
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

const ATTEMPTS = 3;

/**
 * One sample of the workers listed now. A worker can be interrupted between the listing and the
 * send (the group still says InService, EC2 says terminated): SendCommand then refuses the whole
 * list, so the workers are listed again. One that is lost while its sample runs is left out. A
 * sample is an observation: when none can be taken the load test goes on without it.
 */
export async function sampleWorkerLoad(
  ctx: AwsContext,
  t: TemplateSet,
  listWorkers: () => Promise<string[]>,
): Promise<WorkerLoad | undefined> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const instanceIds = await listWorkers();
    try {
      return loadOf(
        await runOnInstances(ctx, {
          targets: { instanceIds },
          script: sampleLoadScript(t),
          comment: 'akrida-ops load-test worker load sample',
          timeoutSeconds: 60,
          expectedSeconds: 1,
        }),
      );
    } catch (err) {
      if (err instanceof RunCommandError) {
        ctx.log?.(
          `worker load sampled without ${err.failed.map((f) => `${f.instanceId} (${f.status})`).join(', ')}`,
        );
        return err.succeeded.length > 0 ? loadOf(err.succeeded) : undefined;
      }
      if (!(err instanceof AwsOperationError && err.code === 'InvalidInstanceId')) throw err;
      ctx.log?.(
        attempt < ATTEMPTS
          ? `a worker left between listing and sampling (${err.message}); listing the workers again`
          : `worker load not sampled this time: ${err.message}`,
      );
    }
  }
  return undefined;
}

function loadOf(results: { stdout: string }[]): WorkerLoad {
  const loads = results
    .map((r) => parseLoad(r.stdout))
    .filter((x): x is { cpu: number; memory: number } => !!x);
  return {
    maxCpu: Math.max(0, ...loads.map((l) => l.cpu)),
    maxMemory: Math.max(0, ...loads.map((l) => l.memory)),
  };
}
