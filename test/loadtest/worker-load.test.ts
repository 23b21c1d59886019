// Sampling the workers' own CPU and memory while a Spot worker may be taken away at any moment.
import { sampleWorkerLoad } from '../../src/loadtest/worker-load.js';
import { exampleAccount } from '../fixtures/example-cluster.js';
import { SUBNETS } from '../fixtures/sim.js';

async function threeWorkers() {
  const a = await exampleAccount();
  const ids = [0, 1, 2].map(
    () =>
      a.sim.ec2.seedInstance({ instanceType: 't3.xlarge', subnetId: SUBNETS[0] ?? '', tags: { role: 'w' } })
        .id,
  );
  const cpu = new Map(ids.map((id, i) => [id, [20, 90, 40][i] ?? 0]));
  a.akrida.workerLoad = (inst) => ({ cpu: cpu.get(inst.id) ?? 0, memory: 0.5 });
  return { ...a, ids };
}

describe('worker load sample', () => {
  test('a worker terminated after the group listed it: SendCommand refuses the list, the workers are listed again and the rest are sampled', async () => {
    const { sim, ctx, templates, logs, ids } = await threeWorkers();
    const lost = sim.ec2.instances.get(ids[1] ?? '');
    if (!lost) throw new Error('seeded');
    sim.ec2.terminate(lost);
    // The group answers from its own view first (still InService), then catches up.
    const listings = [ids, ids.filter((id) => id !== lost.id)];
    let calls = 0;
    const load = await sampleWorkerLoad(ctx, templates, async () => listings[Math.min(calls++, 1)] ?? []);
    expect(load).toEqual({ maxCpu: 40, maxMemory: 0.5 });
    expect(calls).toBe(2);
    const sends = sim.ledger.filter((e) => e.operation === 'SendCommand');
    expect(sends.map((e) => e.error ?? 'ok')).toEqual(['InvalidInstanceId', 'ok']);
    expect(logs.join('\n')).toMatch(/a worker left between listing and sampling .*listing the workers again/);
  });

  test('when the list stays stale the load test goes on without this sample, and says so', async () => {
    const { sim, ctx, templates, logs, ids } = await threeWorkers();
    const lost = sim.ec2.instances.get(ids[0] ?? '');
    if (!lost) throw new Error('seeded');
    sim.ec2.terminate(lost);
    expect(await sampleWorkerLoad(ctx, templates, async () => ids)).toBeUndefined();
    expect(logs.at(-1)).toMatch(/^worker load not sampled this time: SendCommand .*InvalidInstanceId/);
  });

  test('a worker whose sample fails is left out and named', async () => {
    const { sim, ctx, templates, logs, ids } = await threeWorkers();
    sim.onCommand(({ instance }) =>
      instance.id === ids[2]
        ? { exitCode: 1, stderr: 'gone', seconds: 1 }
        : { exitCode: 0, stdout: 'akrida-load cpu=90 mem_used=5 mem_total=10\n', seconds: 1 },
    );
    expect(await sampleWorkerLoad(ctx, templates, async () => ids)).toEqual({ maxCpu: 90, maxMemory: 0.5 });
    expect(logs.at(-1)).toBe(`worker load sampled without ${ids[2]} (Failed)`);
  });
});
