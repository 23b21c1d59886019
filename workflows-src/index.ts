// Every workflow in .github/workflows/, generated from these sources (npm run build).
import { bootstrap } from './bootstrap.js';
import { ci } from './ci.js';
import { clusterApply } from './cluster-apply.js';
import { clusterDown } from './cluster-down.js';
import { clusterPlan } from './cluster-plan.js';
import { clusterSweep } from './cluster-sweep.js';
import { clusterUp } from './cluster-up.js';
import { loadTest } from './load-test.js';
import { regression, regressionRun } from './regression.js';
import { release } from './release.js';

export function workflows(): Record<string, object> {
  return {
    'cluster-up': clusterUp,
    'cluster-apply': clusterApply,
    'cluster-down': clusterDown(),
    'cluster-plan': clusterPlan,
    'cluster-sweep': clusterSweep,
    'load-test': loadTest,
    regression: regression(),
    'regression-run': regressionRun,
    bootstrap,
    ci,
    release,
  };
}
