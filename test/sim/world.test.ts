// Cross-cutting behaviour of the simulated AWS: the ledger, throttling through the SDK's own
// retry strategy, unsupported operations, and the shared poller.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeRegionsCommand, DescribeVpcsCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { makeClients } from '../../src/aws/clients.js';
import { AwsOperationError, aws } from '../../src/aws/errors.js';
import { WaitTimeoutError, waitFor } from '../../src/aws/wait.js';
import { ScaledClock, VirtualClock } from '../../src/time/clock.js';
import { codeOf, simulated } from '../fixtures/sim.js';

test('the ledger records every call as a read or a mutation, with its error', async () => {
  const { sim, clients } = simulated();
  await clients.ec2.send(new DescribeVpcsCommand({}));
  await codeOf(clients.ec2.send(new DescribeRegionsCommand({})));
  await clients.sts.send(new GetCallerIdentityCommand({}));
  expect(
    sim.ledger.map(({ service, operation, mutating, error }) => ({ service, operation, mutating, error })),
  ).toEqual([
    { service: 'EC2', operation: 'DescribeVpcs', mutating: false, error: undefined },
    { service: 'EC2', operation: 'DescribeRegions', mutating: false, error: 'UnsupportedOperation' },
    { service: 'STS', operation: 'GetCallerIdentity', mutating: false, error: undefined },
  ]);
  expect(sim.ledger.every((e, i) => e.seq === i + 1)).toBe(true);
});

test('throttled calls are retried by the SDK retry strategy until they pass', async () => {
  const { sim, clients } = simulated({ faults: { throttleRate: 0.5 }, seed: 3 });
  for (let i = 0; i < 20; i++) await clients.ec2.send(new DescribeVpcsCommand({}));
  const throttled = sim.ledger.filter((e) => e.error === 'RequestLimitExceeded').length;
  expect(throttled).toBeGreaterThan(5);
  expect(sim.ledger.filter((e) => !e.error)).toHaveLength(20);
});

test('faults are transient: an invocation meets them on its first three attempts at most', async () => {
  const { sim, clients } = simulated({ faults: { throttleRate: 1 } });
  const r = await clients.ec2.send(new DescribeVpcsCommand({}));
  expect(r.$metadata.attempts).toBe(4);
  expect(sim.ledger.map((e) => e.error ?? 'ok')).toEqual([
    'RequestLimitExceeded',
    'RequestLimitExceeded',
    'RequestLimitExceeded',
    'ok',
  ]);
});

test('a call throttled on every attempt fails after the configured attempts, named by aws()', async () => {
  const { sim, clients } = simulated({
    faults: { throttleRate: 1, faultedAttempts: Number.POSITIVE_INFINITY },
  });
  const err = await aws('DescribeVpcs', 'vpc-0123456789abcdef0', () =>
    clients.ec2.send(new DescribeVpcsCommand({})),
  ).catch((e) => e);
  expect(err).toBeInstanceOf(AwsOperationError);
  expect(err.message).toBe(
    'DescribeVpcs on vpc-0123456789abcdef0 failed: RequestLimitExceeded: Rate exceeded (AWS kept throttling after every retry; run again later or raise AWS_MAX_ATTEMPTS)',
  );
  expect(err.cause.$metadata.attempts).toBe(8);
  expect(sim.ledger).toHaveLength(8);
});

test('AWS_ENDPOINT_URL sends the real clients to another endpoint with no code change (loopback only)', async () => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.host}`);
    res.setHeader('content-type', 'text/xml');
    res.end(
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/moto</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>',
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const saved = { ...process.env };
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'example',
    AWS_MAX_ATTEMPTS: '1',
  });
  try {
    const { sts } = makeClients({ region: 'us-east-1' });
    const r = await sts.send(new GetCallerIdentityCommand({}));
    expect(r.Account).toBe('123456789012');
    expect(seen).toEqual([`POST / 127.0.0.1:${port}`]);
    expect(sts).toBeInstanceOf(STSClient);
  } finally {
    process.env = saved;
    await new Promise((r) => server.close(r));
  }
});

describe('the shared poller', () => {
  test('backs off with jitter and returns once the check passes', async () => {
    const clock = new VirtualClock();
    const sleeps: number[] = [];
    const sleep = clock.sleep.bind(clock);
    clock.sleep = async (ms: number) => {
      sleeps.push(ms);
      await sleep(ms);
    };
    let n = 0;
    const v = await waitFor(
      async () => (++n < 5 ? { done: false, status: `poll ${n}` } : { done: true, value: n }),
      {
        what: 'x',
        timeoutMs: 60_000,
        clock,
        minDelayMs: 1_000,
        maxDelayMs: 8_000,
        random: () => 1,
      },
    );
    expect(v).toBe(5);
    expect(sleeps).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  test('stops at the deadline naming what it waited for and the last status', async () => {
    const clock = new VirtualClock();
    const p = waitFor(async () => ({ done: false, status: 'pending' }), {
      what: 'image ami-1 to become available',
      timeoutMs: 60_000,
      clock,
    });
    await expect(p).rejects.toThrow(
      new WaitTimeoutError('image ami-1 to become available', 'pending', 60_000),
    );
    await expect(p).rejects.toThrow(
      'timed out after 60s waiting for image ami-1 to become available; last status: pending',
    );
  });

  test('a scaled clock runs simulated minutes in real milliseconds', async () => {
    const clock = new ScaledClock(0.0001);
    const t0 = performance.now();
    const sim0 = clock.now();
    await clock.sleep(60_000);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(clock.now() - sim0).toBeGreaterThanOrEqual(59_000);
    expect(() => new ScaledClock(0)).toThrow('time scale must be above 0, got 0');
  });
});
