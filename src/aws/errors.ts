// AWS failures as operators need them: the operation, the resource, AWS's code and message, and
// what to do. Never a bare stack trace. The resource is kept as data too (its address), so later
// code can tell which resource and field a failure was about.
import { type About, type Address, addressesOf, describeAddress } from './address.js';

export class AwsOperationError extends Error {
  override name = 'AwsOperationError';
  /** The resource in words, as the message names it. */
  readonly resource: string;
  /** The resources the call was about (none when a read named them in words only). */
  readonly addresses: readonly Address[];
  constructor(
    readonly operation: string,
    about: About,
    readonly code: string,
    awsMessage: string,
    readonly hint: string | undefined,
    options?: { cause?: unknown },
  ) {
    const resource = describeAddress(about);
    super(`${operation} on ${resource} failed: ${code}: ${awsMessage}${hint ? ` (${hint})` : ''}`, options);
    this.resource = resource;
    this.addresses = addressesOf(about);
  }

  /** The one resource the call was about, when it was about exactly one. */
  get address(): Address | undefined {
    return this.addresses.length === 1 ? this.addresses[0] : undefined;
  }
}

const HINTS: [RegExp, string][] = [
  [
    /^(UnauthorizedOperation|AccessDenied|AccessDeniedException|AuthFailure)$/,
    'the role in use lacks this permission: its policy should be iam/deploy-policy.json (or iam/plan-policy.json for cluster-plan); an administrator updates it with `akrida bootstrap --repo OWNER/NAME --apply`',
  ],
  [
    /^(ExpiredToken|ExpiredTokenException|RequestExpired)$/,
    'the credentials expired; run configure-aws-credentials again',
  ],
  [/^(CredentialsProviderError)$/, 'no AWS credentials found; configure them, or use --simulate'],
  [
    /^(RequestLimitExceeded|Throttling|ThrottlingException|TooManyRequestsException)$/,
    'AWS kept throttling after every retry; run again later or raise AWS_MAX_ATTEMPTS',
  ],
  [
    /^(DependencyViolation|ResourceInUse|ResourceInUseException|ResourceInUseFault)$/,
    'another resource still uses it; delete that first or retry once it is gone',
  ],
  [
    /NotFound|NotFoundException|DoesNotExist$/,
    'it does not exist (or is not visible yet); check the id and region',
  ],
  [
    /^(InvalidPermission\.Duplicate|InvalidGroup\.Duplicate|AlreadyExists|.*AlreadyExists.*)$/,
    'it already exists; the toolkit adopts resources only when they carry its tags',
  ],
];

export function hintFor(code: string): string | undefined {
  return HINTS.find(([re]) => re.test(code))?.[1];
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err) return String((err as { name: unknown }).name);
  return 'Error';
}

/** Run one AWS call; a failure becomes an AwsOperationError naming the operation and resource. */
export async function aws<T>(operation: string, about: About, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof AwsOperationError) throw err;
    const code = errorCode(err);
    const message = err instanceof Error ? err.message : String(err);
    throw new AwsOperationError(operation, about, code, message, hintFor(code), { cause: err });
  }
}

/** The AWS error code of a failure, whether wrapped by `aws()` or straight from the SDK. */
export function codeOf(err: unknown): string {
  return err instanceof AwsOperationError ? err.code : errorCode(err);
}
