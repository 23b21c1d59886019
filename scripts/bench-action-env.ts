// How to start an action's bundle so that it runs until its first AWS call and stops there: inputs
// that pass every action's own checks, and an endpoint nothing listens on (127.0.0.1:9 refuses at
// once), one attempt, in a scratch workspace holding the example cluster (what a checkout gives an
// action). Shared by the cold-start benchmark and the test that runs every bundle.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_RUN } from '../src/cluster/run-options.js';
import { toolkitIdentity } from '../src/plan/plan-staleness.js';
import { savedPlan } from '../src/plan/saved-plan.js';

/** The file GitHub runs for an action: its action.yml's `runs.main`, relative to the action's folder. */
export function actionEntryFile(root: string, name: string): string {
  const dir = join(root, 'actions', name);
  const meta = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as { runs: { main: string } };
  return resolve(dir, meta.runs.main);
}

/** Actions that never call AWS: they run to their end. */
export const AWS_FREE = new Set([
  'validate-cluster',
  'regression-history',
  'list-clusters',
  'comment-plan',
  'plan-cluster',
  'cluster-lock',
]);

/**
 * Actions that do nothing for a cluster without a machines section (perf-example.yml has none):
 * they get clusters/example.yml (the from-zero form), or they would exit before any AWS call.
 */
const MACHINE_ACTIONS = new Set([
  'ensure-machines',
  'prepare-machines',
  'run-regression',
  'regression-history',
]);

/** A regression's report as run-regression leaves it, for regression-history to append. */
const REPORT = {
  cluster: 'example',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T01:00:00.000Z',
  confidence: 0.95,
  repetitions: 1,
  variants: [
    { name: 'acapy-1-3', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true, status: 'ok' },
    { name: 'acapy-1-4', acapyTag: 'py3.12-1.4.0', walletType: 'askar', baseline: false, status: 'ok' },
  ],
  runs: [],
  verdicts: [],
  clusterOn: 'acapy-1-3',
  regressions: [],
};

/**
 * A scratch workspace to run the actions in: the example clusters, a plan to comment, and a saved
 * plan of perf-example (made for an empty account) for check-plan, which holds until AWS is read.
 */
export function coldStartWorkspace(root = '.'): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-cold-start-'));
  mkdirSync(join(dir, 'clusters'));
  for (const f of ['perf-example.yml', 'example.yml'])
    copyFileSync(join(root, 'clusters', f), join(dir, 'clusters', f));
  writeFileSync(join(dir, 'plan.md'), '# plan\n');
  // regression-history's results and the repository it pushes to (a bare one here).
  mkdirSync(join(dir, 'regression'));
  writeFileSync(join(dir, 'regression', 'regression.json'), JSON.stringify(REPORT));
  execFileSync('git', ['init', '--quiet', '--bare', join(dir, 'history.git')]);
  const plan = savedPlan(
    {
      cluster: 'perf-example',
      acapy: '',
      changes: [],
      unchanged: [],
      scripts: [],
      observed: [],
      run: DEFAULT_RUN,
      notes: [],
    },
    {
      file: 'clusters/perf-example.yml',
      text: readFileSync(join(root, 'clusters/perf-example.yml'), 'utf8'),
      region: 'us-east-1',
      commit: null,
      toolkit: toolkitIdentity(join(resolve(root), 'templates')),
      now: new Date(0),
    },
  );
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  return dir;
}

/** The environment that takes the action to its first AWS call (the same for all but MACHINE_ACTIONS). */
export function coldStartEnv(action?: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('INPUT_')) env[k] = v;
  return {
    ...env,
    INPUT_CLUSTER:
      action && MACHINE_ACTIONS.has(action) ? 'clusters/example.yml' : 'clusters/perf-example.yml',
    INPUT_TIER: 'worker',
    INPUT_REGIONS: 'us-east-1',
    'INPUT_INSTANCE-IDS': 'i-0123456789abcdef0',
    INPUT_SCRIPT: 'true',
    INPUT_MARKER: 'akrida-bench',
    'INPUT_BODY-FILE': 'plan.md',
    'INPUT_PLAN-FILE': 'plan.json',
    INPUT_RESULTS: 'regression',
    INPUT_REPOSITORY: 'history.git',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_REGION: 'us-east-1',
    AWS_MAX_ATTEMPTS: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    NODE_OPTIONS: '',
    GITHUB_OUTPUT: '/dev/null',
    GITHUB_STEP_SUMMARY: '/dev/null',
  };
}
