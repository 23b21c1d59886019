// Errors shaped like the SDK's service exceptions, so the SDK's retry strategy and our own
// handling treat them exactly as they would treat AWS's. A service's handlers throw AWS's wire
// code; where the SDK models that error (ELBv2's "ResourceInUse" is ResourceInUseException, Auto
// Scaling's is ResourceInUseFault), callers see the SDK's exception, as against AWS or moto.
import * as autoScaling from '@aws-sdk/client-auto-scaling';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as iam from '@aws-sdk/client-iam';
import { ServiceException } from '@smithy/smithy-client';

/** Query-protocol services whose modeled errors the SDK names "<code><suffix>". */
const MODELED: Record<string, { module: Record<string, unknown>; suffix: string }> = {
  ElasticLoadBalancingV2: { module: elbv2, suffix: 'Exception' },
  AutoScaling: { module: autoScaling, suffix: 'Fault' },
  IAM: { module: iam, suffix: 'Exception' },
};

/** The error the SDK would throw for this service's wire error code. */
export function asSdkError(service: string, err: unknown): unknown {
  const m = MODELED[service];
  if (!m || !(err instanceof ServiceException)) return err;
  const Modeled = m.module[`${err.name}${m.suffix}`];
  if (typeof Modeled !== 'function' || !(Modeled.prototype instanceof ServiceException)) return err;
  const Ctor = Modeled as new (o: { message: string; $metadata: object }) => ServiceException;
  return new Ctor({ message: err.message, $metadata: err.$metadata });
}

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
  IAM: 'Throttling',
};

/** Each protocol's own "internal error" code, as its 500 answers carry it. */
export const INTERNAL_ERROR_CODE: Record<string, string> = {
  EC2: 'InternalError',
  ElasticLoadBalancingV2: 'InternalFailure',
  AutoScaling: 'InternalFailure',
  SSM: 'InternalServerError',
  STS: 'InternalFailure',
  IAM: 'ServiceFailure',
};

/** A connection reset after the request was sent: the SDK sees no answer and retries. */
export function connectionReset(): Error {
  return Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET', $metadata: {} });
}

/**
 * The simulator's own data lacks something it holds by construction (a subnet, a script's
 * assignment): a bug in the simulator, its seed or a template it reads, never an answer of AWS.
 */
export class SimulatorDataError extends Error {
  override name = 'SimulatorDataError';
}
