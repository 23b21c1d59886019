// The Locust client against a real Locust master and two workers on 127.0.0.1.
import { HttpTransport, LocustClient } from '../../src/loadtest/locust-client.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

const describeIf = locustAvailable() ? describe : describe.skip;

describeIf('a real Locust master with two workers', () => {
  const real = useLocust(2);
  const client = () => new LocustClient(new HttpTransport(real.locust.webUrl));

  test('counts its workers, swarms, reports stats and CSV, stops', async () => {
    const deadline = Date.now() + 15_000;
    let s = await client().stats();
    while (s.workers.length < 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      s = await client().stats();
    }
    expect(s.workers.length).toBe(2);
    expect(s.state).toBe('ready');
    await client().swarm(6, 6);
    await new Promise((r) => setTimeout(r, 3_000));
    s = await client().stats();
    expect(s.userCount).toBe(6);
    expect(s.rows.map((r) => r.name).sort()).toEqual([
      'accept_invite',
      'get_invite',
      'on_start',
      'receive_credential',
    ]);
    expect(s.rows.find((r) => r.name === 'receive_credential')?.failures).toBeGreaterThan(0);
    const csv = await client().requestsCsv();
    expect(csv.split('\n')[0]).toContain('95%');
    expect(await client().failuresCsv()).toContain('receive_credential');
    expect(await client().htmlReport()).toContain('<html');
    await client().stop();
    // /stats/requests is cached for a couple of seconds by Locust itself.
    const stopBy = Date.now() + 10_000;
    do {
      await new Promise((r) => setTimeout(r, 500));
      s = await client().stats();
    } while (s.state !== 'stopped' && Date.now() < stopBy);
    expect(s.state).toBe('stopped');
    expect(real.target.hits()).toBeGreaterThan(20);
  }, 40_000);
});
