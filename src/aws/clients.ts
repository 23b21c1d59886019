// The one place SDK clients are built: region from the cluster file, the standard credential chain
// (OIDC credentials from configure-aws-credentials in workflows), AWS_ENDPOINT_URL and the
// per-service endpoint variables honoured by the SDK itself (moto server, LocalStack), and the
// adaptive retry mode for throttling. With a simulator, the same clients answer from it.
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { ConfiguredRetryStrategy } from '@smithy/util-retry';
import type { SimulatedAws } from '../sim/index.js';

export interface AwsClients {
  ec2: EC2Client;
  autoScaling: AutoScalingClient;
  elbv2: ElasticLoadBalancingV2Client;
  ssm: SSMClient;
  sts: STSClient;
}

export interface ClientOptions {
  region: string;
  /** Answer every call from this simulated account instead of AWS. */
  simulator?: SimulatedAws;
}

/** Attempts per call when AWS_MAX_ATTEMPTS does not say otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 8;

export function makeClients(opts: ClientOptions): AwsClients {
  const sim = opts.simulator;
  const config = sim
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
  const clients: AwsClients = {
    ec2: new EC2Client(config),
    autoScaling: new AutoScalingClient(config),
    elbv2: new ElasticLoadBalancingV2Client(config),
    ssm: new SSMClient(config),
    sts: new STSClient(config),
  };
  if (sim) for (const c of Object.values(clients)) sim.attach(c);
  return clients;
}
