// Each AWS call at debug level: operation, resource, duration and the retries the SDK made.
import { DescribeImagesCommand } from '@aws-sdk/client-ec2';
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import { makeClients, resourceOf } from '../../src/aws/clients.js';
import { SimulatedAws } from '../../src/sim/index.js';

test('a throttled call shows its retries; a failed one its error', async () => {
  const sim = new SimulatedAws();
  const lines: string[] = [];
  const clients = makeClients({ region: 'us-east-1', backend: sim, debug: (l) => lines.push(l) });
  // Throttle until the SDK has retried: then let the call through.
  sim.faults = { throttleRate: 1 };
  const first = clients.ec2.send(new DescribeImagesCommand({ Owners: ['self'] }));
  const lift = setInterval(() => {
    if (sim.ledger.length > 0) sim.faults = { throttleRate: 0 };
  }, 0);
  await first;
  clearInterval(lift);
  await expect(
    clients.ec2.send(new DescribeImagesCommand({ ImageIds: ['ami-0123456789abcdef0'] })),
  ).rejects.toThrow();
  expect(lines[0]).toMatch(/^aws EC2 DescribeImages: ok in \d+ ms, (1 retry|[2-7] retries)$/);
  expect(lines[1]).toMatch(
    /^aws EC2 DescribeImages \(ImageIds=ami-0123456789abcdef0\): InvalidAMIID.NotFound after \d+ ms, no retry$/,
  );
});

test('the resource named is ids, ARNs, names and filters, never a value', () => {
  const put = new PutParameterCommand({ Name: '/akrida-ops/x/TOKEN', Value: 'SECRET', Type: 'SecureString' });
  expect(resourceOf(put.input)).toBe(' (Name=/akrida-ops/x/TOKEN)');
  expect(resourceOf({ Filters: [{ Name: 'tag:akrida:cluster', Values: ['perf'] }], MaxResults: 5 })).toBe(
    ' (tag:akrida:cluster=perf)',
  );
  expect(resourceOf({ InstanceIds: ['i-1', 'i-2', 'i-3', 'i-4'], DocumentName: 'AWS-RunShellScript' })).toBe(
    ' (InstanceIds=i-1,i-2,i-3,…)',
  );
});
