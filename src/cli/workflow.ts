// `akrida workflow NAME`: run a generated workflow here, on the simulated AWS (--simulate) or on
// real AWS through the normal credential chain, with live progress and the job summary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stepIO } from '../action/io.js';
import { makeClients } from '../aws/clients.js';
import { loadClusterFile } from '../config/load.js';
import { clusterFiles } from '../ops/list-clusters.js';
import { TemplateSet } from '../render/render.js';
import { type RunResult, repoRoot, runWorkflowFile } from '../runner/runner.js';
import { simulatedAccount } from '../runner/simulated-account.js';
import { loadWorkflow } from '../runner/workflow.js';
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
  let account: Awaited<ReturnType<typeof simulatedAccount>> | undefined;
  if (cmd.simulate) {
    const others = clusterFiles()
      .filter((f) => f !== cmd.cluster)
      .map((f) => loadClusterFile(f).cluster)
      .filter((c) => c.name !== loaded.cluster.name);
    account = await simulatedAccount([loaded.cluster, ...others], new ScaledClock(cmd.timeScale));
    write(
      `simulated AWS (${loaded.cluster.region}), time scale ${cmd.timeScale}: one simulated minute takes ${(60 * cmd.timeScale).toFixed(2)} s\n`,
    );
  }
  const deps = account?.deps ?? {
    clients: makeClients({ region: loaded.cluster.region, debug: (l) => stepIO()?.debug(l) }),
    clock: SYSTEM_CLOCK,
    templates: new TemplateSet(),
    env: { ...process.env },
  };
  mkdirSync(cmd.outDir, { recursive: true });
  const results: RunResult[] = [];
  for (const name of cmd.names) {
    const t0 = performance.now();
    const file = join(root, '.github/workflows', `${name}.yml`);
    // Only what this workflow references is a secret (and masked): not every environment value.
    const secrets =
      account?.secrets ??
      Object.fromEntries(
        [...referencedSecrets(file)].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
      );
    const result = await runWorkflowFile(file, {
      root,
      event: { name: cmd.event },
      inputs: { ...(declaredInputs(file).has('cluster') ? { cluster: cmd.cluster } : {}), ...cmd.inputs },
      secrets,
      deps,
      debug: process.env.ACTIONS_STEP_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1',
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

/** The inputs a workflow takes: the cluster file goes only to workflows that declare it. */
function declaredInputs(file: string): Set<string> {
  const on = loadWorkflow(file).on ?? {};
  const inputsOf = (trigger: unknown) => Object.keys((trigger as { inputs?: object } | null)?.inputs ?? {});
  return new Set([...inputsOf(on.workflow_dispatch), ...inputsOf(on.workflow_call)]);
}

/** Names of the secrets a workflow reads, its local reusable workflows included. */
export function referencedSecrets(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) if (m[1]) names.add(m[1]);
  for (const m of text.matchAll(/^\s*uses:\s*(\.\/\.github\/workflows\/\S+\.ya?ml)/gm)) {
    const called = resolve(dirname(file), '../..', m[1] ?? '');
    for (const n of referencedSecrets(called, seen)) names.add(n);
  }
  return names;
}
