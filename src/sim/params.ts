// A request parameter the simulated service requires. A missing one is answered as AWS answers it,
// with each protocol's own code and wording, instead of an empty string that fails somewhere else.
import type { ServiceException } from '@smithy/smithy-client';
import { awsError } from './errors.js';

/** `Name` -> `name`: the query and JSON protocols name members in lower camel case in their messages. */
const member = (param: string) => param.charAt(0).toLowerCase() + param.slice(1);

/** The error AWS answers when a required parameter is absent. */
export function missingParameter(service: string, param: string): ServiceException {
  if (service === 'EC2')
    return awsError('MissingParameter', `The request must contain the parameter ${param}`);
  const code = service === 'SSM' ? 'ValidationException' : 'ValidationError';
  return awsError(
    code,
    `1 validation error detected: Value null at '${member(param)}' failed to satisfy constraint: Member must not be null`,
  );
}

/** `value`, or the service's missing-parameter error. An empty string counts as missing, as in AWS. */
export function param<T>(value: T | null | undefined, service: string, name: string): T {
  if (value === undefined || value === null || (value as unknown) === '')
    throw missingParameter(service, name);
  return value;
}

/** Per-service shorthands. */
export const ec2Param = <T>(value: T | null | undefined, name: string): T => param(value, 'EC2', name);
export const elbParam = <T>(value: T | null | undefined, name: string): T =>
  param(value, 'ElasticLoadBalancingV2', name);
export const asgParam = <T>(value: T | null | undefined, name: string): T =>
  param(value, 'AutoScaling', name);
export const ssmParam = <T>(value: T | null | undefined, name: string): T => param(value, 'SSM', name);
