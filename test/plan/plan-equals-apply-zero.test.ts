// Plan equals apply for the from-zero form (clusters/example.yml): the machines the plan adds, the
// preparations it says run (and only those), a changed issuer schema that re-prepares the issuer
// and rewrites the Locust .env, and a stop and start that cleans the database and re-prepares.
import { parseClusterText } from '../../src/config/load.js';
import { teardown } from '../../src/ops/teardown.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { day, expectPlanIsApply, fileWith, planned } from '../fixtures/plan-apply.js';

const BASE = 'clusters/example.yml';

describe('plan equals apply, from an empty account with machines', () => {
  let step: Awaited<ReturnType<typeof day>>;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day(BASE);
  });

  test('an empty account: the machines, their preparations and everything else the plan adds', async () => {
    const r = await step(edits);
    expect(planned(r.plan)).toEqual(
      expect.arrayContaining(['machine database', 'machine issuer', 'machine locust']),
    );
    const running = r.plan.scripts.filter((s) => s.runs).map((s) => s.id);
    expect(running).toEqual(
      expect.arrayContaining([
        'prepare-database-machine',
        'prepare-issuer-machine',
        'prepare-issuer',
        'prepare-locust-machine',
      ]),
    );
    expectPlanIsApply(r);
  }, 120_000);

  test('no change: nothing planned, nothing prepared again', async () => {
    const r = await step(edits);
    expect(r.plan.changes).toEqual([]);
    expectPlanIsApply(r);
  }, 120_000);

  test('a new schema version: the issuer is prepared again and the Locust .env gets its ids', async () => {
    edits.push([['machines', 'issuer', 'schema', 'version'], '1.1']);
    const r = await step(edits);
    expect(r.plan.scripts.filter((s) => s.runs).map((s) => s.id)).toEqual(
      expect.arrayContaining(['prepare-issuer-machine', 'prepare-issuer', 'configure-master']),
    );
    expectPlanIsApply(r);
  }, 120_000);

  test('after a scale-to-zero, the start is planned and is what runs', async () => {
    const c = parseClusterText(fileWith(BASE, ...edits), BASE).cluster;
    const r0 = await step(edits);
    await teardown(r0.ctx, c.name, 'scale-to-zero');
    await r0.sim.clock.sleep(600_000);
    const r = await step(edits);
    expect(planned(r.plan).filter((x) => x.startsWith('machine'))).toHaveLength(4);
    expect(r.plan.scripts.filter((s) => s.runs).map((s) => s.id)).toEqual(
      expect.arrayContaining(['prepare-database-machine', 'prepare-issuer', 'configure-master']),
    );
    expectPlanIsApply(r);
  }, 120_000);
});
