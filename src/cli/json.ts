// Machine-readable forms of `validate` and `plan` for scripts (`--json`): plain data, no Markdown.
import { desiredResources } from '../cluster/resources.js';
import { type LoadedCluster, loadClusterFile } from '../config/load.js';
import { ConfigError, type LocatedProblem } from '../config/problems.js';
import { sizeWorkers } from '../config/sizing.js';
import { buildSteps, schedule } from '../plan/build-steps.js';
import { estimateCost } from '../plan/cost.js';

export interface ValidateJson {
  file: string;
  valid: boolean;
  cluster: { name: string; region: string } | null;
  problems: LocatedProblem[];
}

export function validateJson(file: string): ValidateJson {
  try {
    const { cluster, warnings } = loadClusterFile(file);
    return {
      file,
      valid: true,
      cluster: { name: cluster.name, region: cluster.region },
      problems: [...warnings],
    };
  } catch (err) {
    if (err instanceof ConfigError) return { file, valid: false, cluster: null, problems: [...err.problems] };
    throw err;
  }
}

export function planJson(loaded: LoadedCluster) {
  const c = loaded.cluster;
  const steps = buildSteps(c);
  const s = schedule(steps);
  const critical = new Set(s.criticalPath);
  return {
    file: loaded.file,
    cluster: c.name,
    region: c.region,
    warnings: loaded.warnings,
    sizing: sizeWorkers(c),
    resources: desiredResources(c),
    buildSteps: steps.map((step) => ({
      ...step,
      startsAtSeconds: s.start.get(step.id) ?? 0,
      critical: critical.has(step.id),
    })),
    criticalPath: s.criticalPath,
    criticalPathSeconds: s.totalSeconds,
    cost: estimateCost(c),
  };
}
