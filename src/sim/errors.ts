// Errors shaped like the SDK's service exceptions (name = AWS error code), so the SDK's retry
// strategy and our own handling treat them exactly as they would treat AWS's.
import { ServiceException } from '@smithy/smithy-client';

export function awsError(code: string, message: string, status = 400): ServiceException {
  return new ServiceException({
    name: code,
    message,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });
}

export const THROTTLING_CODE: Record<string, string> = {
  EC2: 'RequestLimitExceeded',
  ElasticLoadBalancingV2: 'Throttling',
  AutoScaling: 'Throttling',
  SSM: 'ThrottlingException',
  STS: 'Throttling',
};
