// `akrida workflow NAME`: run a generated workflow here, on the simulated AWS (--simulate) or on
// real AWS through the normal credential chain, with live progress and the job summary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeClients } from '../aws/clients.js';
import { loadClusterFile } from '../config/load.js';
import { scanClusterFiles } from '../ops/list-clusters.js';
import { TemplateSet } from '../render/render.js';
import { type RunResult, repoRoot, runWorkflowFile } from '../runner/runner.js';
import { simulatedAccount } from '../runner/simulated-account.js';
import { ScaledClock, SYSTEM_CLOCK } from '../sim/clock.js';

export interface WorkflowCommand {
  /** Workflows to run one after the other, on the same (simulated) account. */
  names: string[];
  cluster: string;
  simulate: boolean;
  timeScale: number;
  inputs: Record<string, string>;
  outDir: string;
  event: string;
}

export async function runWorkflowCommand(
  cmd: WorkflowCommand,
  write: (s: string) => void,
): Promise<RunResult[]> {
  const root = repoRoot();
  const loaded = loadClusterFile(cmd.cluster);
  const inputs = { cluster: cmd.cluster, ...cmd.inputs };
  let account: Awaited<ReturnType<typeof simulatedAccount>> | undefined;
  if (cmd.simulate) {
    // Seed the other usable clusters too (a broken file there is not this run's problem).
    const others = scanClusterFiles()
      .valid.map((l) => l.cluster)
      .filter((c) => c.name !== loaded.cluster.name);
    account = await simulatedAccount([loaded.cluster, ...others], new ScaledClock(cmd.timeScale));
    write(
      `simulated AWS (${loaded.cluster.region}), time scale ${cmd.timeScale}: one simulated minute takes ${(60 * cmd.timeScale).toFixed(2)} s\n`,
    );
  }
  const deps = account?.deps ?? {
    clients: makeClients({ region: loaded.cluster.region }),
    clock: SYSTEM_CLOCK,
    templates: new TemplateSet(),
    env: { ...process.env },
  };
  const secrets =
    account?.secrets ??
    Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined) as [string, string][]);
  mkdirSync(cmd.outDir, { recursive: true });
  const results: RunResult[] = [];
  for (const name of cmd.names) {
    const t0 = performance.now();
    const result = await runWorkflowFile(join(root, '.github/workflows', `${name}.yml`), {
      root,
      event: { name: cmd.event },
      inputs,
      secrets,
      deps,
      artifactsDir: join(cmd.outDir, 'artifacts'),
      log: (line) => write(`${((performance.now() - t0) / 1000).toFixed(2).padStart(7)}s ${line}\n`),
    });
    const summaryFile = join(cmd.outDir, `${name}-summary.md`);
    const timing = Object.entries(result.jobs)
      .map(
        ([id, j]) =>
          `| ${id} | ${j.result} | ${(j.startWallMs / 1000).toFixed(2)} s | ${((j.endWallMs - j.startWallMs) / 1000).toFixed(2)} s |`,
      )
      .join('\n');
    const summary = `${result.summary}\n## Jobs\n\n| job | result | started | took |\n|---|---|---|---|\n${timing}\n`;
    writeFileSync(summaryFile, summary);
    write(
      `\n${summary}\n${name}: ${result.result} in ${((performance.now() - t0) / 1000).toFixed(2)} s; summary in ${summaryFile}\n\n`,
    );
    results.push(result);
    if (result.result !== 'success') break;
  }
  return results;
}
