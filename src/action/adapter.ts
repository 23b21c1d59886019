// What every action's entry point shares: read the cluster input, turn failures into one clear
// message (and a file annotation per config problem), never a bare stack trace.

import { type LoadedCluster, loadClusterFile } from '../config/load.js';
import { ConfigError, formatPath, type LocatedProblem } from '../config/problems.js';
import { io, onGitHub } from './io.js';

export function loadClusterInput(input = 'cluster'): LoadedCluster {
  const file = io().getInput(input, { required: true });
  const loaded = loadClusterFile(file);
  for (const w of loaded.warnings) {
    io().warning(`${formatPath(w.path)}: ${w.message}${w.hint ? ` (${w.hint})` : ''}`, {
      file: w.file,
      startLine: w.line,
      startColumn: w.column,
    });
  }
  return loaded;
}

/** One error annotation per problem, on its file and line. */
export function annotateProblems(problems: readonly LocatedProblem[]): void {
  for (const p of problems) {
    const annotate = p.severity === 'error' ? io().error : io().warning;
    annotate(`${formatPath(p.path)}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`, {
      file: p.file,
      startLine: p.line,
      startColumn: p.column,
    });
  }
}

/** Run an action's body as one output group named for the action; failures end in setFailed. */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await io().group(name, body);
  } catch (err) {
    if (err instanceof ConfigError) annotateProblems(err.problems);
    const message = err instanceof Error ? err.message : String(err);
    io().setFailed(message);
    // On GitHub the job summary would otherwise say nothing of it (the local runner lists failed
    // steps in its own summary). Best effort: a summary that cannot be written must not hide the error.
    if (onGitHub() && process.env.GITHUB_STEP_SUMMARY) {
      const step = process.env.GITHUB_ACTION ? ` (step ${process.env.GITHUB_ACTION})` : '';
      await io()
        .summary.addRaw(`\n> **Failed${step}:** ${message.split('\n').join('\n> ')}\n`, true)
        .write()
        .catch(() => undefined);
    }
  }
}
