// Results a run can trust: an artifact holds only files the run made (the working tree here is
// not a fresh checkout), a run that made none uploads none, and no-op steps stay out of the log
// unless asked for.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow } from '../../src/runner/runner.js';
import type { Workflow } from '../../src/runner/workflow.js';

function workspaceWithOldResults(): string {
  const root = mkdtempSync(join(tmpdir(), 'akrida-ws-'));
  mkdirSync(join(root, 'results'));
  writeFileSync(join(root, 'results', 'old-report.md'), 'Load test: passed');
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(root, 'results', 'old-report.md'), hourAgo, hourAgo);
  return root;
}

const workflow = (script: string): Workflow => ({
  path: 'test.yml',
  name: 'test',
  on: { workflow_dispatch: {} },
  jobs: {
    run: {
      'runs-on': 'ubuntu-latest',
      steps: [
        { name: 'Check out', uses: 'actions/checkout@v4' },
        { name: 'Time started', id: 'started', run: 'echo "started=$(date +%s)" >> "$GITHUB_OUTPUT"' },
        { name: 'Work', run: script },
        {
          name: 'Keep the results',
          if: 'always()',
          uses: 'actions/upload-artifact@v4',
          with: { name: 'results', path: 'results' },
        },
      ],
    },
  },
});

async function run(script: string, hideNoOpSteps = false) {
  const root = workspaceWithOldResults();
  const artifactsDir = mkdtempSync(join(tmpdir(), 'akrida-art-'));
  const log: string[] = [];
  const r = await runWorkflow(workflow(script), {
    root,
    event: { name: 'workflow_dispatch' },
    inputs: {},
    deps: {},
    artifactsDir,
    hideNoOpSteps,
    log: (l) => log.push(l),
  });
  // A folder's files land at the artifact's root, as upload-artifact stores them.
  const saved = join(artifactsDir, 'results');
  return { r, log, files: existsSync(saved) ? readdirSync(saved).sort() : [] };
}

test('a run uploads what it made, not what an earlier run left in the workspace', async () => {
  const { r, files, log } = await run('echo fresh > results/report.md');
  expect(r.result).toBe('success');
  expect(files).toEqual(['report.md']);
  expect(log.join('\n')).toContain('1 file saved to');
  expect(log.join('\n')).toContain('1 older file left out: not made by this run');
});

test('a failed run that made nothing uploads nothing, and its failure is recorded with the step', async () => {
  const { r, files, log } = await run('echo "no results: the master is unreachable" >&2; exit 3');
  expect(r.result).toBe('failure');
  expect(files).toEqual([]);
  expect(log.join('\n')).toContain('artifact results: this run produced nothing to upload');
  expect(r.steps.find((s) => s.result === 'failure')).toMatchObject({
    step: 'Work',
    error: 'run step exited with 3',
  });
});

test('no-op steps are logged only when not hidden', async () => {
  const shown = (await run('true')).log.join('\n');
  expect(shown).toContain('[run] Check out');
  expect(shown).toContain('[run] Time started');
  const hidden = (await run('true', true)).log.join('\n');
  expect(hidden).not.toContain('Check out');
  expect(hidden).not.toContain('Time started');
  expect(hidden).toContain('[run] Work');
});

test('a run leaves no temp files behind: runner.temp is emptied after each job, and each step output file goes', async () => {
  const r = await runWorkflow(
    {
      path: 'test.yml',
      name: 'test',
      on: { workflow_dispatch: {} },
      jobs: {
        run: {
          'runs-on': 'ubuntu-latest',
          steps: [
            {
              id: 'where',
              run: 'echo kept > "$RUNNER_TEMP/file"; echo "temp=$RUNNER_TEMP" >> "$GITHUB_OUTPUT"; echo "out=$GITHUB_OUTPUT" >> "$GITHUB_OUTPUT"',
              env: { RUNNER_TEMP: '${{ runner.temp }}' },
            },
          ],
          outputs: { temp: '${{ steps.where.outputs.temp }}', out: '${{ steps.where.outputs.out }}' },
        },
      },
    },
    {
      root: mkdtempSync(join(tmpdir(), 'akrida-ws-')),
      event: { name: 'workflow_dispatch' },
      inputs: {},
      deps: {},
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-art-')),
      log: () => {},
    },
  );
  expect(r.result).toBe('success');
  const { temp, out } = r.jobs.run?.outputs ?? {};
  expect(temp).toMatch(/akrida-runner-/);
  expect(out).toMatch(/akrida-run-.*output$/);
  for (const path of [temp, out, join(String(temp), '..')]) expect(existsSync(String(path))).toBe(false);
});

test('matrix instances of one reusable workflow each get their own runner.temp', async () => {
  const root = mkdtempSync(join(tmpdir(), 'akrida-ws-'));
  mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
  writeFileSync(
    join(root, '.github', 'workflows', 'inner.yml'),
    [
      'name: inner',
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      who: { type: string, required: true }',
      'jobs:',
      '  work:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ inputs.who }}" > "${{ runner.temp }}/mine.txt"; sleep 0.2',
      `      - run: test "$(cat '\${{ runner.temp }}/mine.txt')" = "\${{ inputs.who }}"`,
    ].join('\n'),
  );
  const log: string[] = [];
  const r = await runWorkflow(
    {
      path: 'outer.yml',
      name: 'outer',
      on: { workflow_dispatch: {} },
      jobs: {
        fan: {
          strategy: { matrix: { who: ['one', 'two'] } },
          uses: './.github/workflows/inner.yml',
          with: { who: '${{ matrix.who }}' },
        },
      },
    } as unknown as Workflow,
    {
      root,
      event: { name: 'workflow_dispatch' },
      inputs: {},
      deps: {},
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-art-')),
      log: (l) => log.push(l),
    },
  );
  expect([r.result, r.steps.filter((s) => s.error).map((s) => s.error)]).toEqual(['success', []]);
});
