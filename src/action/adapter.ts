// What every action's entry point shares: read the cluster input, turn failures into one clear
// message (and a file annotation per config problem), never a bare stack trace.

import { type LoadedCluster, loadClusterFile } from '../config/load.js';
import { ConfigError, formatPath } from '../config/problems.js';
import { io } from './io.js';

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

/** Run an action's body as one output group named for the action; failures end in setFailed. */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await io().group(name, body);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) {
        const annotate = p.severity === 'error' ? io().error : io().warning;
        annotate(`${formatPath(p.path)}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`, {
          file: p.file,
          startLine: p.line,
          startColumn: p.column,
        });
      }
    }
    io().setFailed(err instanceof Error ? err.message : String(err));
  }
}
