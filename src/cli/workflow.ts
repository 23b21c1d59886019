// `akrida workflow NAME`: run a generated workflow here, on the simulated AWS (--simulate) or on
// real AWS through the normal credential chain, with live progress and the job summary.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stepIO } from '../action/io.js';
import { makeClients } from '../aws/clients.js';
import { loadClusterFile } from '../config/load.js';
import { scanClusterFiles } from '../ops/list-clusters.js';
import { TemplateSet } from '../render/render.js';
import { attachIssuerStandIn } from '../runner/issuer-stand-in.js';
import { localGitServer } from '../runner/local-remote.js';
import { type RunResult, repoRoot, runWorkflowFile } from '../runner/runner.js';
import { type SimulatedAccount, simulatedAccount } from '../runner/simulated-account.js';
import { loadWorkflow } from '../runner/workflow.js';
import { ScaledClock, SYSTEM_CLOCK } from '../time/clock.js';

export interface WorkflowCommand {
  /** Workflows to run one after the other, on the same (simulated) account. */
  names: string[];
  cluster: string;
  simulate: boolean;
  timeScale: number;
  inputs: Record<string, string>;
  /** Results go to <outDir>/runs/<run id>/: summaries and artifacts of this run only. */
  outDir: string;
  event: string;
  /** Also log the steps that do nothing here. */
  verbose?: boolean;
  /** Run on this simulated account instead of a new one (the demo sets its Locust up first). */
  account?: SimulatedAccount;
  /** Called before each workflow starts (the demo switches the clock to real time for load tests). */
  beforeWorkflow?: (name: string) => void;
  /** Inputs for one workflow only, on top of `inputs`. */
  inputsByWorkflow?: Record<string, Record<string, string>>;
  /** Run every named workflow even after one fails (the demo always tears down). */
  keepGoing?: boolean;
  /** The cluster file as the operator named it, for advice (default: cluster). */
  givenCluster?: string;
  /** Run id (default: the start time in ms; like a GitHub run id, a number that only grows). */
  runId?: string;
}

/** Workflows that act on a cluster an earlier workflow built. */
const NEEDS_A_BUILT_CLUSTER = new Set(['load-test', 'cluster-down', 'cluster-plan', 'cluster-apply']);

/** The failed steps of a run, for its summary: which job, which step, what it said. */
export function failureSection(result: RunResult): string {
  const failed = result.steps.filter((s) => s.result === 'failure');
  if (result.result === 'success') return '';
  const rows = failed.map(
    // A failed step without a message (a skipped dependency) gets an empty reason cell.
    (s) => `| ${s.job} | ${s.step} | ${(s.error ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|')} |`,
  );
  return `\n## Failed\n\n| job | step | reason |\n|---|---|---|\n${rows.join('\n')}\n`;
}

export async function runWorkflowCommand(
  cmd: WorkflowCommand,
  write: (s: string) => void,
): Promise<RunResult[]> {
  const root = repoRoot();
  // The actions of this checkout, as loaded with the CLI (its bundle has no TypeScript loader).
  const { actions } = await import('../../actions/index.js');
  const loaded = loadClusterFile(cmd.cluster);
  let account = cmd.account;
  if (cmd.simulate && !account) {
    // Seed the other usable clusters too (a broken file there is not this run's problem).
    const others = scanClusterFiles()
      .valid.map((l) => l.cluster)
      .filter((c) => c.name !== loaded.cluster.name);
    account = await simulatedAccount([loaded.cluster, ...others], new ScaledClock(cmd.timeScale));
    // The issuer's preparation runs its real script against loopback stand-ins; unref'd, they do
    // not keep this process alive once the workflows are done.
    await attachIssuerStandIn(account.akrida, { unref: true });
    write(
      `simulated AWS (${loaded.cluster.region}), time scale ${cmd.timeScale}: one simulated minute takes ${(60 * cmd.timeScale).toFixed(2)} s\n` +
        // A cluster-down or cluster-plan alone here finds nothing of an earlier command's run.
        `a fresh account: only what this command's workflows make exists (the simulated AWS lives in this process; chain workflows, e.g. cluster-up cluster-plan cluster-down, to share it)\n`,
    );
  }
  const deps = account?.deps ?? {
    clients: makeClients({ region: loaded.cluster.region, debug: (l) => stepIO()?.debug(l) }),
    clock: SYSTEM_CLOCK,
    templates: new TemplateSet(),
    env: { ...process.env },
  };
  const runId = cmd.runId ?? String(Date.now());
  const runDir = join(cmd.outDir, 'runs', runId);
  mkdirSync(runDir, { recursive: true });
  write(`run ${runId}: summaries and artifacts in ${runDir}\n`);
  const results: RunResult[] = [];
  // The regression pushes its history to this repository's git: here, a bare one under outDir.
  const serverUrl = cmd.names.includes('regression') ? localGitServer(cmd.outDir) : undefined;
  const fileOf = (name: string) => join(root, '.github/workflows', `${name}.yml`);
  // In a chain an input goes to the workflows that take it; one none takes goes to all, to be named.
  const takenBy = new Map(cmd.names.map((n) => [n, declaredInputs(fileOf(n))]));
  const inputsFor = (name: string) =>
    Object.fromEntries(
      Object.entries(cmd.inputs).filter(
        ([k]) => takenBy.get(name)?.has(k) || ![...takenBy.values()].some((d) => d.has(k)),
      ),
    );
  for (const name of cmd.names) {
    cmd.beforeWorkflow?.(name);
    const t0 = performance.now();
    const file = fileOf(name);
    // Only what this workflow references is a secret (and masked): not every environment value.
    const secrets =
      account?.secrets ??
      Object.fromEntries(
        [...referencedSecrets(file)].flatMap((k) => (process.env[k] ? [[k, process.env[k]]] : [])),
      );
    const result = await runWorkflowFile(file, {
      root,
      actions,
      event: { name: cmd.event },
      inputs: {
        ...(takenBy.get(name)?.has('cluster') ? { cluster: cmd.cluster } : {}),
        ...inputsFor(name),
        ...cmd.inputsByWorkflow?.[name],
      },
      secrets,
      deps,
      runId,
      ...(serverUrl ? { serverUrl } : {}),
      hideNoOpSteps: !cmd.verbose,
      debug: process.env.ACTIONS_STEP_DEBUG === 'true' || process.env.RUNNER_DEBUG === '1',
      artifactsDir: join(runDir, 'artifacts'),
      tempDir: join(runDir, 'runner-temp'),
      log: (line) => write(`${((performance.now() - t0) / 1000).toFixed(2).padStart(7)}s ${line}\n`),
    });
    const summaryFile = join(runDir, `${name}-summary.md`);
    const timing = Object.entries(result.jobs)
      .map(
        ([id, j]) =>
          `| ${id} | ${j.result} | ${(j.startWallMs / 1000).toFixed(2)} s | ${((j.endWallMs - j.startWallMs) / 1000).toFixed(2)} s |`,
      )
      .join('\n');
    // The runner's table below has every job with its result and exact wall time: it replaces the
    // whole-second table summarize-cluster writes for GitHub, so the summary has one timing table.
    const own = result.summary.replace(/\n\| job \| took \|\n\|---\|---\|\n(?:\|.*\|\n?)*/g, '\n');
    const summary = `${own}${failureSection(result)}\n## Jobs\n\n| job | result | started | took |\n|---|---|---|---|\n${timing}\n`;
    writeFileSync(summaryFile, summary);
    write(
      `\n${summary}\n${name}: ${result.result} in ${((performance.now() - t0) / 1000).toFixed(2)} s; summary in ${summaryFile}\n\n`,
    );
    results.push(result);
    if (result.result !== 'success') {
      const built = cmd.names.slice(0, results.length - 1).includes('cluster-up');
      if (cmd.simulate && NEEDS_A_BUILT_CLUSTER.has(name) && !built)
        write(
          `note: the simulated AWS lives in this process only; ${name} needs a cluster built in the same run: akrida workflow cluster-up ${name} --cluster ${cmd.givenCluster ?? cmd.cluster} --simulate\n`,
        );
      if (!cmd.keepGoing) break;
    }
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
  for (const [, path] of text.matchAll(/^\s*uses:\s*(\.\/\.github\/workflows\/\S+\.ya?ml)/gm)) {
    if (!path) continue;
    const called = resolve(dirname(file), '../..', path);
    for (const n of referencedSecrets(called, seen)) names.add(n);
  }
  return names;
}
