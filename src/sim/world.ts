// The simulated AWS account: state shared by the services, the clock, the fault model and the
// ledger of every API call. Services register handlers; state moves on lazily, on each call.
import { tagValue } from '../aws/discover.js';
import type { LATENCY } from '../aws/latency.js';
import type { Clock } from '../time/clock.js';
import { awsError, connectionReset, INTERNAL_ERROR_CODE, THROTTLING_CODE } from './errors.js';

export type Tags = Record<string, string>;

export interface Faults {
  /** Probability (0-1) that a call is throttled before it does anything. */
  throttleRate: number;
  /**
   * Probability (0-1) that a mutating call is carried out and then answered with the service's
   * own 500 (InternalError, InternalFailure, InternalServerError): the SDK retries the write.
   */
  ambiguousRate: number;
  /** Probability (0-1) that a mutating call is carried out and then its connection drops. */
  dropRate: number;
  /**
   * The attempts of one invocation (the SDK's amz-sdk-request header) the random faults may hit:
   * faults are transient, and later retries are answered as AWS would answer at rest. The clients
   * make 8 attempts (src/aws/clients.ts); Infinity models an AWS that keeps throttling.
   */
  faultedAttempts: number;
  /** Operations whose next call is carried out and then answered 500, once each (targeted tests). */
  ambiguousOnce: string[];
  /** Simulated ms after creation during which describes do not see a resource yet. */
  consistencyWindowMs: number;
  /** Images whose creation ends in state `failed`. */
  failImage: (name: string) => boolean;
  /** Instances that never pass a load-balancer health check. */
  unhealthyInstance: (instanceId: string) => boolean;
  /** Instances on which every SSM command fails. */
  ssmFailInstance: (instanceId: string) => boolean;
}

export const NO_FAULTS: Faults = {
  throttleRate: 0,
  ambiguousRate: 0,
  dropRate: 0,
  faultedAttempts: 3,
  ambiguousOnce: [],
  consistencyWindowMs: 0,
  failImage: () => false,
  unhealthyInstance: () => false,
  ssmFailInstance: () => false,
};

export interface LedgerEntry {
  seq: number;
  at: number;
  service: string;
  operation: string;
  mutating: boolean;
  error?: string;
  /** The call was carried out but answered with an error (or no answer). */
  ambiguous?: 'internal-error' | 'connection-dropped';
}

export type Latency = { -readonly [K in keyof typeof LATENCY]: number };

// biome-ignore lint/suspicious/noExplicitAny: handlers take the SDK's command inputs, each typed at its definition
export type Handler = (input: any) => unknown;

export interface ServiceDef {
  name: string;
  handlers: Record<string, Handler>;
  /** Operations that only read; everything else is a mutation in the ledger. */
  reads: ReadonlySet<string>;
}

/** Deterministic pseudo-random numbers (mulberry32), so a seeded fault run repeats exactly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class World {
  readonly ledger: LedgerEntry[] = [];
  readonly services = new Map<string, ServiceDef>();
  readonly random: () => number;
  private readonly tickers: ((now: number) => void)[] = [];
  /** An optional IAM check before each call (src/sim/iam-enforcer.ts); it throws AWS's refusal. */
  authorize: ((service: string, operation: string, input: unknown) => void) | undefined;
  private counter = 0;

  constructor(
    readonly clock: Clock,
    readonly region: string,
    readonly accountId: string,
    public faults: Faults,
    readonly latency: Latency,
    seed: number,
  ) {
    this.random = prng(seed);
  }

  register(service: ServiceDef, ticker?: (now: number) => void): void {
    this.services.set(service.name, service);
    if (ticker) this.tickers.push(ticker);
  }

  now(): number {
    return this.clock.now();
  }

  /** Seconds of the latency model as simulated milliseconds. */
  ms(seconds: number): number {
    return seconds * 1000;
  }

  /** A unique hex id such as i-0a1b2c3d4e5f60718 (17 hex digits, as AWS uses today). */
  id(prefix: string): string {
    this.counter += 1;
    const n = (this.counter * 2654435761) % 0xfffffffff;
    return `${prefix}-${(this.counter.toString(16).padStart(8, '0') + n.toString(16).padStart(9, '0')).slice(0, 17)}`;
  }

  /** A resource created within the consistency window is not yet visible to describes. */
  visible(createdAt: number): boolean {
    return this.now() - createdAt >= this.faults.consistencyWindowMs;
  }

  /** Bring every state machine up to now. */
  tick(): void {
    const now = this.now();
    for (const t of this.tickers) t(now);
  }

  /**
   * One attempt of a call; `attempt` is the SDK's. Random faults hit the first `faultedAttempts`
   * attempts of an invocation only: uncapped, a day of ~700 calls at chaos rates (27 % of writes
   * failing) now and then ran out of the SDK's 8 attempts by chance, a test of luck rather than
   * of idempotency.
   */
  async call(service: string, operation: string, input: unknown, attempt = 1): Promise<unknown> {
    const faulty = attempt <= this.faults.faultedAttempts;
    const def = this.services.get(service);
    const handler = def?.handlers[operation];
    const mutating = handler ? !def?.reads.has(operation) : !/^(Describe|Get|List)/.test(operation);
    const entry: LedgerEntry = { seq: this.ledger.length + 1, at: this.now(), service, operation, mutating };
    this.ledger.push(entry);
    await this.clock.sleep(this.ms(this.latency.apiCall));
    try {
      if (!handler) {
        throw awsError(
          'UnsupportedOperation',
          `The simulated AWS does not implement ${service} ${operation}.`,
        );
      }
      this.authorize?.(service, operation, input ?? {});
      if (faulty && this.faults.throttleRate > 0 && this.random() < this.faults.throttleRate) {
        throw awsError(THROTTLING_CODE[service] ?? 'Throttling', 'Rate exceeded', 400);
      }
      this.tick();
      const out = await handler(input ?? {});
      this.tick();
      // The write happened; the answer is lost or an error (AWS's ambiguous failures).
      const once = this.faults.ambiguousOnce.indexOf(operation);
      if (once >= 0) this.faults.ambiguousOnce = this.faults.ambiguousOnce.filter((_, i) => i !== once);
      if (
        mutating &&
        (once >= 0 || (faulty && this.faults.ambiguousRate > 0 && this.random() < this.faults.ambiguousRate))
      ) {
        entry.ambiguous = 'internal-error';
        throw awsError(
          INTERNAL_ERROR_CODE[service] ?? 'InternalFailure',
          'We encountered an internal error. Please try again.',
          500,
        );
      }
      if (faulty && mutating && this.faults.dropRate > 0 && this.random() < this.faults.dropRate) {
        entry.ambiguous = 'connection-dropped';
        throw connectionReset();
      }
      return out;
    } catch (err) {
      entry.error = err instanceof Error ? err.name : String(err);
      throw err;
    }
  }

  /** Calls that changed state: those that succeeded and those carried out but answered with an error. */
  mutations(): LedgerEntry[] {
    return this.ledger.filter((e) => e.mutating && (!e.error || e.ambiguous));
  }
}

// Filters as the Describe APIs take them: values may use * and ? wildcards.
export interface Filter {
  Name?: string;
  Values?: string[];
}

function wildcard(pattern: string): RegExp {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`);
}

/**
 * Whether a resource passes every filter. `fields` maps a filter name to the resource's values for
 * it; tag:K and tag-key are built in. An unknown filter name is an error, as in AWS.
 */
export function matchesFilters(
  filters: Filter[] | undefined,
  tags: Tags,
  fields: Record<string, string | string[] | undefined>,
  errorCode = 'InvalidParameterValue',
): boolean {
  for (const f of filters ?? []) {
    const name = f.Name;
    if (!name) throw awsError(errorCode, "The filter 'null' is invalid");
    const values = (f.Values ?? []).map(wildcard);
    let have: string[];
    if (name.startsWith('tag:')) {
      const v = tags[name.slice(4)];
      have = v === undefined ? [] : [v];
    } else if (name === 'tag-key') {
      have = Object.keys(tags);
    } else if (name in fields) {
      const v = fields[name];
      have = v === undefined ? [] : Array.isArray(v) ? v : [v];
    } else {
      throw awsError(errorCode, `The filter '${name}' is invalid`);
    }
    if (!have.some((h) => values.some((re) => re.test(h)))) return false;
  }
  return true;
}

export { tagValue };

export function tagsFrom(list: { Key?: string; Value?: string }[] | undefined): Tags {
  const out: Tags = {};
  for (const t of list ?? []) if (t.Key) out[t.Key] = tagValue(t);
  return out;
}

export function tagList(tags: Tags): { Key: string; Value: string }[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

/** Paginate a list with AWS-style opaque tokens. */
export function page<T>(
  items: T[],
  max: number | undefined,
  token: string | undefined,
  cap = 1000,
): { items: T[]; next?: string } {
  const start = token ? Number(Buffer.from(token, 'base64').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0 || start > items.length)
    throw awsError('InvalidNextToken', 'The token is invalid.');
  const size = Math.min(max ?? cap, cap);
  const slice = items.slice(start, start + size);
  const nextStart = start + size;
  return nextStart < items.length
    ? { items: slice, next: Buffer.from(String(nextStart)).toString('base64') }
    : { items: slice };
}
