// `akrida workflow`: the cluster file goes only to workflows that take it, and only the secrets a
// workflow references count as secrets (and are masked).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referencedSecrets, runWorkflowCommand } from '../../src/cli/workflow.js';
import { repoRoot } from '../../src/runner/runner.js';

const wf = (name: string) => join(repoRoot(), '.github/workflows', `${name}.yml`);

test('the secrets of a workflow are those it references, its reusable workflows included', () => {
  expect([...referencedSecrets(wf('cluster-up'))].sort()).toEqual([
    'AKRIDA_AWS_READONLY_ROLE_ARN',
    'AKRIDA_AWS_ROLE_ARN',
    'ISSUER_BEARER_TOKEN',
    'WALLET_ADMIN_PASSWORD',
  ]);
  // cluster-apply calls cluster-up with `secrets: inherit`.
  expect(referencedSecrets(wf('cluster-apply'))).toEqual(referencedSecrets(wf('cluster-up')));
  // The sweeper takes the teardown role only.
  expect([...referencedSecrets(wf('cluster-sweep'))]).toEqual(['AKRIDA_AWS_TEARDOWN_ROLE_ARN']);
});

test('cluster-sweep, which takes no cluster input, runs from the command line', async () => {
  let out = '';
  const r = await runWorkflowCommand(
    {
      names: ['cluster-sweep'],
      cluster: 'clusters/perf-example.yml',
      simulate: true,
      timeScale: 0.0001,
      inputs: {},
      outDir: mkdtempSync(join(tmpdir(), 'akrida-cli-')),
      event: 'workflow_dispatch',
    },
    (s) => {
      out += s;
    },
  );
  expect(r.map((x) => x.result)).toEqual(['success']);
  // Nothing expired: the find job answers an empty list, and no per-cluster sweep job runs.
  expect(out).toMatch(/\| find \| success \|/);
  expect(out).toMatch(/\| sweep \| skipped \|/);
});
