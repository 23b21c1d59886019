// An existing, ready resource costs one describe call and no wait: a reused image and an active
// load balancer are answered by the search that found them.
import { bakeImage } from '../../src/resources/images.js';
import { ensureLoadBalancer } from '../../src/resources/load-balancing.js';
import { ensureClusterSecurityGroups } from '../../src/resources/security-groups.js';
import { cluster, exampleAccount } from '../fixtures/example-cluster.js';

test('a reused image and an active load balancer cost one search each, and no waiting', async () => {
  const a = await exampleAccount();
  const c = cluster();
  await bakeImage(a.ctx, c, 'locust', a.templates);
  const { lbSg } = await ensureClusterSecurityGroups(a.ctx, c);
  await ensureLoadBalancer(a.ctx, c, 'admin', lbSg);

  const from = a.sim.ledger.length;
  const t0 = a.sim.clock.now();
  const image = await bakeImage(a.ctx, c, 'locust', a.templates);
  const imageCalls = a.sim.ledger.slice(from).map((e) => e.operation);
  const mid = a.sim.ledger.length;
  const lb = await ensureLoadBalancer(a.ctx, c, 'admin', lbSg);
  const lbCalls = a.sim.ledger.slice(mid).map((e) => e.operation);

  expect(image.action).toBe('reused');
  // The source instance, then the role's images (which also serve the pruning).
  expect(imageCalls).toEqual(['DescribeInstances', 'DescribeImages']);
  expect(lb.action).toBe('unchanged');
  expect(lb.dns).toMatch(/^internal-perf-example-acapy-adm-/);
  expect(lbCalls.filter((op) => op === 'DescribeLoadBalancers')).toHaveLength(1);
  expect(lbCalls.filter((op) => !/^Describe/.test(op))).toEqual([]);
  // API round trips only (0.15 s each in the latency model): nothing slept.
  expect(a.sim.clock.now() - t0).toBeLessThan(5_000);
});
