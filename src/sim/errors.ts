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

/** Each protocol's own "internal error" code, as its 500 answers carry it. */
export const INTERNAL_ERROR_CODE: Record<string, string> = {
  EC2: 'InternalError',
  ElasticLoadBalancingV2: 'InternalFailure',
  AutoScaling: 'InternalFailure',
  SSM: 'InternalServerError',
  STS: 'InternalFailure',
};

/** A connection reset after the request was sent: the SDK sees no answer and retries. */
export function connectionReset(): Error {
  return Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET', $metadata: {} });
}
