// A regression cancelled during a run: the swarm is stopped, the remaining runs are not started,
// the tier is rolled back to the baseline and the report (and so the job summary) says where it
// is; the rollback alone (the workflow's cancelled() step) finds it there and names it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { AwsContext } from '../../src/aws/context.js';
import { runWorkflowCommand } from '../../src/cli/workflow.js';
import { loadClusterFile } from '../../src/config/load.js';
import { startLocalLoadTest } from '../../src/demo/local-load-test.js';
import { demoClusterFile } from '../../src/demo/regression-demo.js';
import { regressionFailure, rollBackOnly } from '../../src/regression/outcome.js';
import { regressionMarkdown } from '../../src/regression/report-markdown.js';
import { runRegression } from '../../src/regression/run-regression.js';
import { locustAvailable } from '../fixtures/locust.js';

jest.setTimeout(120_000);
const testIf = locustAvailable() ? test : test.skip;

testIf(
  'a cancelled regression stops its swarm, rolls the tier back to the baseline and says so',
  async () => {
    const runDir = mkdtempSync(join(tmpdir(), 'akrida-regression-cancel-'));
    const file = demoClusterFile(
      {
        cluster: 'clusters/example.yml',
        outDir: runDir,
        timeScale: 0.002,
        runTime: 12,
        warmup: 0,
        users: 5,
        repetitions: 2,
        slowdown: {},
      },
      join(runDir, 'src'),
    );
    const local = await startLocalLoadTest({ cluster: file, runDir, timeScale: 0.002 }, () => {});
    try {
      const [up] = await runWorkflowCommand(
        {
          names: ['cluster-up'],
          cluster: local.clusterFile,
          simulate: true,
          timeScale: 0.002,
          inputs: {},
          outDir: runDir,
          event: 'workflow_dispatch',
          account: local.account,
          beforeWorkflow: local.beforeWorkflow,
        },
        () => {},
      );
      expect(up?.result).toBe('success');
      local.beforeWorkflow('regression');
      const c = loadClusterFile(local.clusterFile).cluster;
      const deps = local.account.deps;
      const log: string[] = [];
      const ctx: AwsContext = {
        clients: deps.clients as AwsContext['clients'],
        clock: deps.clock as AwsContext['clock'],
        log: (l) => log.push(l),
        warn: (l) => log.push(`warning: ${l}`),
      };
      // Cancelled a few seconds into the second run's swarm (keep-records, a 12 s run).
      const abort = new AbortController();
      const follow = local.account.akrida.onLocustHttp;
      let swarms = 0;
      local.account.akrida.onLocustHttp = (script, when) => {
        follow?.(script, when);
        if (when === 'after' && /\/swarm'/.test(script) && ++swarms === 2)
          setTimeout(() => abort.abort(), 3_000);
      };
      const report = await runRegression(ctx, c, deps.templates as never, {
        outputDir: join(runDir, 'results'),
        load: { transport: 'ssm' },
        signal: abort.signal,
      });
      // The second run’s 12 s were cut short (the load test stops its swarm only while it runs),
      // and the third and fourth never started.
      expect(report.interrupted).toBe('cancelled during run 2 (keep-records)');
      expect(report.runs.map((r) => [r.variant, r.status])).toEqual([
        ['baseline', 'ok'],
        ['keep-records', 'failed'],
      ]);
      expect(report.runs[1]?.error).toMatch(/cancelled; the swarm was stopped/);
      expect(report.clusterOn).toBe('baseline');
      expect(regressionMarkdown(report)).toContain(
        '> Interrupted: cancelled during run 2 (keep-records). The cluster is on variant baseline.',
      );
      expect(regressionFailure(report, c.regression as never)).toMatch(
        /interrupted \(cancelled during run 2 \(keep-records\)\)\. The ACA-Py tier is on the baseline baseline\.$/,
      );
      // What the workflow's cancelled() step runs: already on the baseline, it says so.
      const again = await rollBackOnly(ctx, c);
      expect(again.clusterOn).toBe('baseline');
      expect(again.markdown).toContain('The ACA-Py tier is on variant **baseline**.');
    } finally {
      await local.stop();
    }
  },
);
