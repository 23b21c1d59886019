// Addresses in words: one place formats them, and errors read as they did when call sites wrote
// the words themselves.
import { type Address, addressesOf, describeAddress } from '../../src/aws/address.js';
import { AwsOperationError } from '../../src/aws/errors.js';
import { MissingFieldError } from '../../src/aws/required.js';

test.each<[Address, string]>([
  [{ kind: 'auto-scaling-group', name: 'perf-acapy' }, 'group perf-acapy'],
  [{ kind: 'security-group', name: 'perf-lb-sg', in: 'vpc-0123' }, 'security group perf-lb-sg in vpc-0123'],
  [{ kind: 'security-group', name: 'sg-0123' }, 'security group sg-0123'],
  [{ kind: 'load-balancer', name: 'perf-admin' }, 'load balancer perf-admin'],
  [{ kind: 'target-group', name: 'perf-admin-tg' }, 'target group perf-admin-tg'],
  [{ kind: 'listener', name: '8080', in: 'perf-admin' }, 'listener perf-admin:8080'],
  [{ kind: 'launch-template', name: 'perf-acapy' }, 'launch template perf-acapy'],
  [{ kind: 'image', name: 'ami-0123' }, 'image ami-0123'],
  [{ kind: 'snapshot', name: 'snap-0123', in: 'ami-0123' }, 'snapshot snap-0123 of ami-0123'],
  [{ kind: 'machine', name: 'issuer', cluster: 'perf' }, 'machine issuer of perf'],
  [{ kind: 'machine', name: 'issuer', id: 'i-0123' }, 'machine issuer i-0123'],
  [{ kind: 'locust-master', name: 'i-0123' }, 'Locust master i-0123'],
  [
    { kind: 'parameter', name: '/akrida-ops/perf/X', note: 'acapy.walletKey' },
    'parameter /akrida-ops/perf/X (acapy.walletKey)',
  ],
  [
    { kind: 'parameter', name: '/akrida-ops/perf/X', field: 'expiry' },
    'expiry of parameter /akrida-ops/perf/X',
  ],
  [{ kind: 'command', name: 'akrida-ops prepare', in: '2 instances' }, '2 instances ("akrida-ops prepare")'],
])('%j reads "%s"', (address, words) => {
  expect(describeAddress(address)).toBe(words);
  expect(describeAddress([address])).toBe(words);
});

test('several addresses are counted: by kind when they share one, by cluster and field when they share those', () => {
  const strays: Address[] = ['i-1', 'i-2', 'i-3'].map((name) => ({
    kind: 'instance',
    name,
    cluster: 'perf',
  }));
  expect(describeAddress(strays)).toBe('3 instances of perf');
  const expiry: Address[] = [
    { kind: 'security-group', name: 'sg-1', cluster: 'perf', field: 'expiry' },
    { kind: 'image', name: 'ami-1', cluster: 'perf', field: 'expiry' },
  ];
  expect(describeAddress(expiry)).toBe('expiry of 2 resources of perf');
  expect(describeAddress([])).toBe('no resources');
  expect(describeAddress('instances tagged akrida:cluster=perf')).toBe(
    'instances tagged akrida:cluster=perf',
  );
  expect(addressesOf(expiry)).toBe(expiry);
  expect(addressesOf('words')).toEqual([]);
});

test('errors carry the address as data beside the words', () => {
  const group: Address = { kind: 'auto-scaling-group', name: 'perf-acapy' };
  const err = new AwsOperationError('UpdateAutoScalingGroup', group, 'ValidationError', 'no', 'hint');
  expect(err.message).toBe('UpdateAutoScalingGroup on group perf-acapy failed: ValidationError: no (hint)');
  expect([err.resource, err.address, err.addresses]).toEqual(['group perf-acapy', group, [group]]);
  const read = new AwsOperationError(
    'DescribeInstances',
    'instances of perf',
    'Throttling',
    'slow',
    undefined,
  );
  expect([read.resource, read.address, read.addresses]).toEqual(['instances of perf', undefined, []]);
  const two = new AwsOperationError('StopInstances', [group, group], 'X', 'y', undefined);
  expect(two.address).toBeUndefined();
  const missing = new MissingFieldError('GroupId', 'CreateSecurityGroup', {
    kind: 'security-group',
    name: 'g',
  });
  expect(missing.message).toMatch(/^CreateSecurityGroup on security group g answered without GroupId;/);
});
