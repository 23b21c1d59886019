// The worker group moved to Spot and back on a built cluster: the plan shows the mixed-instances
// policy and each part of it that changes, and the apply is an UpdateAutoScalingGroup of exactly
// those fields, never a new group; ACA-Py stays on-demand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { parseClusterText } from '../../src/config/load.js';
import { clusterSummary } from '../../src/ops/summary.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { day, expectPlanIsApply, fileWith } from '../fixtures/plan-apply.js';

jest.setTimeout(120_000);

const WORKERS = 'auto scaling group perf-example-workers';
const SPOT: Edit = [
  ['locust', 'workers', 'spot'],
  { instanceTypes: ['t3.xlarge', 't3a.xlarge', 'm5.xlarge'] },
];

/** The cluster summary's cost line, as cluster-up's job summary shows it. */
async function costLine(r: Awaited<ReturnType<Awaited<ReturnType<typeof day>>>>, edits: Edit[]) {
  const c = parseClusterText(fileWith('clusters/perf-example.yml', ...edits), r.file).cluster;
  const { markdown } = await clusterSummary(r.ctx, c, []);
  return markdown.split('\n').find((l) => l.startsWith('Estimated cost')) ?? '';
}

describe('Locust workers on Spot', () => {
  let step: Awaited<ReturnType<typeof day>>;
  let onDemandCost = '';
  beforeAll(async () => {
    step = await day('clusters/perf-example.yml');
    onDemandCost = await costLine(await step([]), []);
  });

  const groupWrites = (r: Awaited<ReturnType<typeof step>>) =>
    r.calls.filter(
      (c) => /AutoScalingGroup$/.test(c.op) && c.input.AutoScalingGroupName === 'perf-example-workers',
    );

  test('spot on: the plan shows the policy; the apply updates the group in place', async () => {
    const r = await step([SPOT]);
    const change = r.plan.changes.find((c) => c.resource === WORKERS);
    expect(change?.action).toBe('change');
    expect(change?.details).toEqual([
      expect.stringMatching(/^launch template: lt-\w+ \$Default -> \(the mixed-instances policy names it\)$/),
      'mixed instances: (none: on-demand) -> Spot on t3.xlarge, t3a.xlarge, m5.xlarge; on-demand base 0, 100% Spot above it, price-capacity-optimized',
      'capacity rebalance: off -> on',
    ]);
    expect(
      r.plan.changes.find((c) => c.resource === 'auto scaling group perf-example-acapy'),
    ).toBeUndefined();
    expectPlanIsApply(r);
    const writes = groupWrites(r);
    expect(writes.map((c) => c.op)).toEqual(['UpdateAutoScalingGroup']);
    expect(Object.keys(writes[0]?.input).sort()).toEqual([
      'AutoScalingGroupName',
      'CapacityRebalance',
      'MixedInstancesPolicy',
    ]);
    const g = r.sim.asg.groups.get('perf-example-workers');
    expect(g?.mixed?.overrides).toEqual(['t3.xlarge', 't3a.xlarge', 'm5.xlarge']);
    expect(g?.capacityRebalance).toBe(true);
    expect(r.sim.asg.groups.get('perf-example-acapy')?.mixed).toBeUndefined();
    expect((await step([SPOT])).plan.changes).toEqual([]);
    // The summary's cost with and without Spot (kept for the note).
    const spotCost = await costLine(r, [SPOT]);
    expect(onDemandCost).toMatch(/2 x Locust workers \(t3\.xlarge\) at \$0\.1664/);
    expect(spotCost).toMatch(
      /2 x Locust workers on Spot \(t3\.xlarge, t3a\.xlarge, m5\.xlarge; Spot price\) at \$0\.0\d+/,
    );
    expect(spotCost).toMatch(/from DescribeSpotPriceHistory at/);
    const perTest = (l: string) => Number(/load test \$(\d+\.\d+)/.exec(l)?.[1]);
    expect(perTest(spotCost)).toBeLessThan(perTest(onDemandCost));
    mkdirSync('out', { recursive: true });
    writeFileSync('out/spot-cost-note.md', `Without Spot:\n${onDemandCost}\n\nWith Spot:\n${spotCost}\n`);
  });

  test('one part of the policy changed: that part in the plan, an update of the policy alone', async () => {
    const r = await step([SPOT, [['locust', 'workers', 'spot', 'spotPercent'], 70]]);
    const change = r.plan.changes.find((c) => c.resource === WORKERS);
    expect(change?.details).toEqual(['Spot share above the base: 100% -> 70%']);
    expectPlanIsApply(r);
    const writes = groupWrites(r);
    expect(writes.map((c) => c.op)).toEqual(['UpdateAutoScalingGroup']);
    expect(
      writes[0]?.input.MixedInstancesPolicy.InstancesDistribution.OnDemandPercentageAboveBaseCapacity,
    ).toBe(30);
    expect(r.sim.asg.groups.get('perf-example-workers')?.mixed?.onDemandPercent).toBe(30);
  });

  test('spot off again: back to the launch template, in place', async () => {
    const r = await step([]);
    expect(r.plan.changes.find((c) => c.resource === WORKERS)?.details).toEqual([
      expect.stringMatching(/^launch template: \(the mixed-instances policy names it\) -> lt-\w+ \$Default$/),
      'mixed instances: Spot on t3.xlarge, t3a.xlarge, m5.xlarge; on-demand base 0, 70% Spot above it, price-capacity-optimized -> (none: on-demand from the launch template)',
      'capacity rebalance: on -> off',
    ]);
    expectPlanIsApply(r);
    expect(groupWrites(r).map((c) => c.op)).toEqual(['UpdateAutoScalingGroup']);
    expect(r.sim.asg.groups.get('perf-example-workers')?.mixed).toBeUndefined();
    expect((await step([])).plan.changes).toEqual([]);
  });
});
