// Using the toolkit from another repository: GitHub hands a caller this repository's files at a
// tag, without node_modules, and runs the file an action's action.yml names (../../lib/<action>.js)
// in the caller's workspace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionEntryFile } from '../scripts/bench-action-env.js';
import { TOOLKIT, TOOLKIT_STEP_ID, TOOLKIT_STEPS } from '../workflows-src/toolkit.js';
import { repoCopy } from './fixtures/repo-copy.js';

function callerRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-caller-'));
  mkdirSync(join(dir, 'clusters'));
  writeFileSync(
    join(dir, 'clusters/team-perf.yml'),
    readFileSync('clusters/perf-example.yml', 'utf8')
      .replace('name: perf-example', 'name: team-perf')
      .replaceAll('/akrida/perf-example/', '/akrida/team-perf/'),
  );
  return dir;
}

function runAction(toolkit: string, name: string, caller: string, env: Record<string, string> = {}) {
  const out = join(caller, 'github-output');
  writeFileSync(out, '');
  writeFileSync(join(caller, 'summary.md'), ''); // GitHub creates both files before the step
  const r = spawnSync(process.execPath, [actionEntryFile(toolkit, name)], {
    cwd: caller,
    encoding: 'utf8',
    timeout: 180_000, // a safety net far above a start's time, for a busy machine
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: join(caller, 'summary.md'),
      INPUT_CLUSTER: 'clusters/team-perf.yml',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
    },
  });
  return { ...r, outputs: readFileSync(out, 'utf8') };
}

describe('an action from an unpacked copy without node_modules, in a caller repository', () => {
  const toolkit = repoCopy({ nodeModules: false });

  test('validate-cluster reads the caller’s cluster file and sets its outputs', () => {
    const caller = callerRepo();
    const r = runAction(toolkit, 'validate-cluster', caller);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('clusters/team-perf.yml: valid cluster team-perf');
    expect(r.outputs).toMatch(/^name<<ghadelimiter_[\w-]+\nteam-perf\n/m);
  });

  test('an AWS action loads everything it needs and gets as far as its first AWS call', () => {
    const caller = callerRepo();
    const r = runAction(toolkit, 'teardown', caller, {
      'INPUT_DRY-RUN': 'true',
      INPUT_MODE: 'destroy',
      AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
      AWS_ACCESS_KEY_ID: 'caller',
      AWS_SECRET_ACCESS_KEY: 'caller',
      AWS_MAX_ATTEMPTS: '1',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::.*team-perf.*ECONNREFUSED 127\.0\.0\.1:9/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
    // The job summary states the failure too, not only the log.
    expect(readFileSync(join(caller, 'summary.md'), 'utf8')).toMatch(
      /^> \*\*Failed:\*\* .*ECONNREFUSED 127\.0\.0\.1:9/m,
    );
  });
});

test('the reusable cluster-up runs the toolkit’s actions, located next to the caller’s files', () => {
  const wf = parse(readFileSync('.github/workflows/cluster-up.yml', 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<
      string,
      { steps?: { id?: string; uses?: string; if?: string; with?: Record<string, unknown> }[] }
    >;
  };
  expect(wf.on).toHaveProperty('workflow_call');
  let actionSteps = 0;
  for (const [id, job] of Object.entries(wf.jobs)) {
    const steps = job.steps ?? [];
    const uses = steps.map((s) => s.uses ?? '');
    expect([id, uses.filter((u) => u.startsWith('./actions/'))]).toEqual([id, []]);
    const first = uses.findIndex((u) => u.startsWith(`./${TOOLKIT.path}/actions/`));
    if (first < 0) continue;
    actionSteps += uses.filter((u) => u.startsWith(`./${TOOLKIT.path}/actions/`)).length;
    const locate = steps.findIndex((s) => s.id === TOOLKIT_STEP_ID);
    const checkout = steps.findIndex((s) => s.with?.repository === TOOLKIT.repository);
    expect([id, locate > -1 && locate < checkout && checkout < first]).toEqual([id, true]);
    expect(steps[checkout]).toMatchObject({
      if: `steps.${TOOLKIT_STEP_ID}.outputs.self != 'true'`,
      with: { ref: TOOLKIT.major, path: TOOLKIT.path, 'persist-credentials': false },
    });
  }
  expect(actionSteps).toBeGreaterThan(5);
});

describe('locating the toolkit in a reusable workflow job', () => {
  const script = String(TOOLKIT_STEPS[0]?.run);
  const locate = (cwd: string) => {
    const out = join(mkdtempSync(join(tmpdir(), 'akrida-gho-')), 'out');
    writeFileSync(out, '');
    const r = spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GITHUB_OUTPUT: out, GITHUB_ACTIONS: 'true' },
    });
    expect(r.status).toBe(0);
    return readFileSync(out, 'utf8');
  };

  test('another repository: not the toolkit, so the checkout step fetches it', () => {
    expect(locate(callerRepo())).toBe('self=false\n');
  });

  test('the toolkit itself (or a fork): its own actions, reachable under .akrida-ops', () => {
    const self = repoCopy({ nodeModules: false });
    expect(locate(self)).toBe('self=true\n');
    writeFileSync(join(self, 'o'), '');
    const r = spawnSync(process.execPath, [actionEntryFile(join(self, TOOLKIT.path), 'validate-cluster')], {
      cwd: self,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        INPUT_CLUSTER: 'clusters/perf-example.yml',
        GITHUB_OUTPUT: join(self, 'o'),
      },
    });
    expect(r.stdout).toContain('clusters/perf-example.yml: valid cluster perf-example');
    expect(r.status).toBe(0);
  });
});
