// A field AWS should always return. Its absence is a named error here, instead of an empty string
// that turns into an unrelated AWS error three calls later.
import { type About, describeAddress } from './address.js';

export class MissingFieldError extends Error {
  override name = 'MissingFieldError';
  readonly resource: string;
  constructor(
    readonly field: string,
    readonly operation: string,
    about: About,
  ) {
    const resource = describeAddress(about);
    super(
      `${operation} on ${resource} answered without ${field}; AWS (or the endpoint in AWS_ENDPOINT_URL) returned an incomplete description, so the toolkit stops rather than guess`,
    );
    this.resource = resource;
  }
}

/** `value`, or a MissingFieldError naming the field, the call that should have returned it and the resource. */
export function required<T>(value: T | null | undefined, field: string, operation: string, about: About): T {
  if (value === undefined || value === null || (value as unknown) === '')
    throw new MissingFieldError(field, operation, about);
  return value;
}
