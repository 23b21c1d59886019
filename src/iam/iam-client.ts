// The IAM client, built like the others in src/aws/clients.ts (region, the standard credential
// chain and AWS_ENDPOINT_URL, the retry strategy, a backend attached from outside, one debug line
// per call). It lives here, not in AwsClients, so only bootstrap and the preflight load IAM's SDK.
import { IAMClient } from '@aws-sdk/client-iam';
import {
  type AnyClient,
  type AwsClients,
  type ClientOptions,
  clientConfig,
  resourceOf,
} from '../aws/clients.js';

/**
 * The property under which a backend marks the clients it answers (src/sim/index.ts), so an IAM
 * client made later for the same clients answers from the same account.
 */
export const SIMULATED_BACKEND = Symbol.for('akrida-ops.simulated-backend');

export function makeIamClient(opts: ClientOptions): IAMClient {
  const sim = opts.backend;
  const client = new IAMClient(clientConfig(opts));
  if (sim) sim.attach(client as unknown as AnyClient);
  const debug = opts.debug;
  if (debug) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const op = `IAM ${String(context.commandName).replace(/Command$/, '')}`;
        const on = resourceOf((args as { input?: unknown }).input);
        try {
          const r = await next(args);
          debug(`aws ${op}${on}: ok`);
          return r;
        } catch (err) {
          debug(`aws ${op}${on}: ${(err as { name?: string }).name ?? 'error'}`);
          throw err;
        }
      },
      { step: 'initialize', name: 'akridaCallLog' },
    );
  }
  return client;
}

/** An IAM client beside these clients: the same simulated account when they answer from one. */
export function iamClientFor(clients: AwsClients, region: string, debug?: (line: string) => void): IAMClient {
  const backend = (clients.sts as unknown as Record<symbol, ClientOptions['backend']>)[SIMULATED_BACKEND];
  return makeIamClient({ region, ...(backend ? { backend } : {}), ...(debug ? { debug } : {}) });
}
