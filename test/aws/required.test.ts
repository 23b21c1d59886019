import { MissingFieldError, required } from '../../src/aws/required.js';

describe('required', () => {
  it('returns a present value, including falsy ones that are data', () => {
    expect(required('sg-1', 'GroupId', 'DescribeSecurityGroups', 'security group x')).toBe('sg-1');
    expect(required(0, 'Port', 'DescribeListeners', 'load balancer x')).toBe(0);
    expect(required(false, 'Enabled', 'DescribeX', 'y')).toBe(false);
  });
  it.each([undefined, null, ''])('names the field, the call and the resource when the value is %p', (v) => {
    const err = (() => {
      try {
        required(
          v as string | undefined,
          'LoadBalancerArn',
          'DescribeLoadBalancers',
          'load balancer perf-admin',
        );
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(MissingFieldError);
    expect((err as Error).message).toMatch(
      /^DescribeLoadBalancers on load balancer perf-admin answered without LoadBalancerArn;/,
    );
  });
});
