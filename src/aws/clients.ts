// The one place SDK clients are built: region from the cluster file, the standard credential chain
// (OIDC credentials from configure-aws-credentials in workflows), AWS_ENDPOINT_URL and the
// per-service endpoint variables honoured by the SDK itself (moto server, LocalStack), and the
// adaptive retry mode for throttling. A backend plugged in from outside (the simulated AWS, attached
// by the runner and the tests) answers the same clients instead of the network.
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import type { Clock } from '../time/clock.js';

export interface AwsClients {
  ec2: EC2Client;
  autoScaling: AutoScalingClient;
  elbv2: ElasticLoadBalancingV2Client;
  ssm: SSMClient;
  sts: STSClient;
  cloudwatch: CloudWatchClient;
}

/** What answers the clients in place of AWS: it attaches itself to each client, and keeps its own time. */
export interface ClientBackend {
  attach(client: AnyClient): unknown;
  readonly clock: Pick<Clock, 'scale'>;
}

export interface ClientOptions {
  region: string;
  /** Answer every call from this backend instead of AWS (the simulated account, plugged in from outside). */
  backend?: ClientBackend;
  /** One line per AWS call (operation, resource, duration, retries): the step's debug log. */
  debug?: (line: string) => void;
}

/** Attempts per call when AWS_MAX_ATTEMPTS does not say otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 8;

/** The configuration every client of ours is built with (the IAM client of bootstrap too). */
export function clientConfig(opts: ClientOptions) {
  const sim = opts.backend;
  return sim
    ? {
        region: opts.region,
        credentials: { accessKeyId: 'SIMULATED', secretAccessKey: 'SIMULATED' },
        // Backoff with jitter, in simulated time: a virtual clock retries at once.
        retryStrategy: new ConfiguredRetryStrategy(DEFAULT_MAX_ATTEMPTS, (attempt) =>
          Math.round(sim.clock.scale * Math.min(20_000, 100 * 2 ** attempt) * Math.random()),
        ),
      }
    : {
        region: opts.region,
        // Explicit values would override AWS_RETRY_MODE / AWS_MAX_ATTEMPTS, so set them only when absent.
        ...(process.env.AWS_RETRY_MODE ? {} : { retryMode: 'adaptive' }),
        ...(process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: DEFAULT_MAX_ATTEMPTS }),
      };
}

export function makeClients(opts: ClientOptions): AwsClients {
  const sim = opts.backend;
  const config = clientConfig(opts);
  const debug = opts.debug;
  // Each client is built when an operation first uses it: an action that calls one service does not
  // pay for resolving the configuration of five (a third of an AWS action's start before this).
  const made = new Map<keyof AwsClients, AnyClient>();
  const client = <K extends keyof AwsClients>(key: K, make: () => AwsClients[K]): AwsClients[K] => {
    let c = made.get(key) as AwsClients[K] | undefined;
    if (!c) {
      c = make();
      made.set(key, c);
      if (sim) sim.attach(c);
      if (debug) logCalls(c, debug);
    }
    return c;
  };
  return {
    get ec2() {
      return client('ec2', () => new EC2Client(config));
    },
    get autoScaling() {
      return client('autoScaling', () => new AutoScalingClient(config));
    },
    get elbv2() {
      return client('elbv2', () => new ElasticLoadBalancingV2Client(config));
    },
    get ssm() {
      return client('ssm', () => new SSMClient(config));
    },
    get sts() {
      return client('sts', () => new STSClient(config));
    },
    get cloudwatch() {
      return client('cloudwatch', () => new CloudWatchClient(config));
    },
  };
}

/** One debug line per call, added at `initialize`, outside the retry middleware: its retries included. */
function logCalls(c: AnyClient, debug: (line: string) => void): void {
  c.middlewareStack.add(
    (next, context) => async (args) => {
      const t0 = performance.now();
      const op = `${String(context.clientName).replace(/Client$/, '')} ${String(context.commandName).replace(/Command$/, '')}`;
      const on = resourceOf((args as { input?: unknown }).input);
      const took = () => `${Math.round(performance.now() - t0)} ms`;
      try {
        const r = await next(args);
        const attempts = (r.output as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
        debug(`aws ${op}${on}: ok in ${took()}, ${retries(attempts)}`);
        return r;
      } catch (err) {
        const e = err as { name?: string; $metadata?: { attempts?: number } };
        debug(`aws ${op}${on}: ${e.name ?? 'error'} after ${took()}, ${retries(e.$metadata?.attempts ?? 1)}`);
        throw err;
      }
    },
    { step: 'initialize', name: 'akridaCallLog' },
  );
}

export type AnyClient = AwsClients[keyof AwsClients] & { middlewareStack: EC2Client['middlewareStack'] };

function retries(attempts: number): string {
  return attempts <= 1 ? 'no retry' : `${attempts - 1} ${attempts === 2 ? 'retry' : 'retries'}`;
}

/** Which resource a call is about: its ids, ARNs and names, and its filters; never other values. */
export function resourceOf(input: unknown): string {
  if (!input || typeof input !== 'object') return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(input)) {
    if (/(Id|Ids|Arn|Arns|Name|Names)$/.test(k) && k !== 'DocumentName') {
      const list = (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string');
      if (list.length) parts.push(`${k}=${list.slice(0, 3).join(',')}${list.length > 3 ? ',…' : ''}`);
    } else if (k === 'Filters' && Array.isArray(v)) {
      for (const f of v as { Name?: string; Values?: string[] }[])
        parts.push(`${f.Name}=${(f.Values ?? []).join(',')}`);
    }
  }
  return parts.length ? ` (${parts.join(' ').slice(0, 200)})` : '';
}
