// The Locust client against a real Locust master and two workers on 127.0.0.1.
import { HttpTransport, LocustClient, type StatsSnapshot } from '../../src/loadtest/locust-client.js';
import { locustAvailable, useLocust } from '../fixtures/locust.js';

const describeIf = locustAvailable() ? describe : describe.skip;

/** Polls Locust's statistics until they show what is expected: a busy machine answers later, not otherwise. */
async function statsWhen(
  client: () => LocustClient,
  what: string,
  ok: (s: StatsSnapshot) => boolean,
): Promise<StatsSnapshot> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const s = await client().stats();
    if (ok(s)) return s;
    if (Date.now() > deadline)
      throw new Error(`Locust's statistics did not show ${what} within 60 s; last: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describeIf('a real Locust master with two workers', () => {
  const real = useLocust(2);
  const client = () => new LocustClient(new HttpTransport(real.locust.webUrl));

  test('counts its workers, swarms, reports stats and CSV, stops', async () => {
    let s = await statsWhen(client, 'two workers', (x) => x.workers.length >= 2);
    expect(s.workers.length).toBe(2);
    expect(s.state).toBe('ready');
    await client().swarm(6, 6);
    // Every fifth /receive-credential fails: once one has, each task has run.
    s = await statsWhen(
      client,
      'six users and a failed receive_credential',
      (x) => x.userCount === 6 && (x.rows.find((r) => r.name === 'receive_credential')?.failures ?? 0) > 0,
    );
    expect(s.rows.map((r) => r.name).sort()).toEqual([
      'accept_invite',
      'get_invite',
      'on_start',
      'receive_credential',
    ]);
    const csv = await client().requestsCsv();
    expect(csv.split('\n')[0]).toContain('95%');
    expect(await client().failuresCsv()).toContain('receive_credential');
    expect(await client().htmlReport()).toContain('<html');
    await client().stop();
    // /stats/requests is cached for a couple of seconds by Locust itself.
    s = await statsWhen(client, 'the state stopped', (x) => x.state === 'stopped');
    expect(real.target.hits()).toBeGreaterThan(20);
  });
});
