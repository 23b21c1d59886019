// Regression variants that cannot run, end to end on the simulated AWS with a real Locust: one whose
// release does not exist fails before anything is done for it, one whose image fails fails its
// rollout; the baseline runs and the tier ends on it. (Split from regression-demo.test.ts so the
// two long files run on two workers.)
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runRegressionDemo } from '../../src/demo/regression-demo.js';
import { locustAvailable } from '../fixtures/locust.js';
import { report, templateVariant } from '../fixtures/regression-demo.js';

// A safety net far above the ~20 s this takes on an idle machine, not a measure.
jest.setTimeout(240_000);
const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('variants that cannot run', () => {
  test('an unknown release fails before its load test, a failed image fails its rollout; the baseline runs and the tier ends on it', async () => {
    const run = await runRegressionDemo(
      {
        cluster: 'clusters/example.yml',
        outDir: mkdtempSync(join(tmpdir(), 'akrida-regression-fail-')),
        timeScale: 0.002,
        runTime: 4,
        warmup: 0,
        users: 5,
        repetitions: 1,
        variants: [
          { name: 'baseline', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true },
          { name: 'future', acapyTag: 'py3.12-9.9.0', walletType: 'askar' },
          { name: 'broken-bake', acapyTag: 'py3.12-1.4.0', walletType: 'askar' },
        ],
        slowdown: {},
        onAccount: (a) => {
          a.sim.faults = { failImage: (name) => name.includes('-acapy-broken-bake-') };
        },
      },
      () => {},
    );
    const r = report(run);
    expect(run.results.map((x) => x.result)).toEqual(['success', 'failure', 'success']);
    const byName = Object.fromEntries(r.runs.map((x) => [x.variant, x]));
    expect(byName.baseline?.status).toBe('ok');
    expect(byName.baseline?.figures?.requests).toBeGreaterThan(10);
    expect(byName.future?.error).toMatch(/ACA-Py 9\.9\.0 .* is not a release the toolkit knows/);
    // Failed before anything was done for it: no rollout, no load test.
    expect(byName.future?.phases).toEqual({});
    expect(byName['broken-bake']?.error).toMatch(/^rollout failed: .*image .* (failed|creation)/i);
    expect(byName['broken-bake']?.phases?.load).toBeUndefined();
    expect(r.variants.filter((v) => v.status === 'failed').map((v) => v.name)).toEqual([
      'future',
      'broken-bake',
    ]);
    expect(r.clusterOn).toBe('baseline');
    expect(templateVariant(run.account)).toBe('baseline');
    const summary = readFileSync(join(run.runDir, 'regression-summary.md'), 'utf8');
    expect(summary).toMatch(/variant future failed: .*; variant broken-bake failed: rollout failed/);
    expect(summary).toContain('The ACA-Py tier is on the baseline baseline.');
  });
});
