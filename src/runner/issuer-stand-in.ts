// The issuer's loopback stand-ins (an ACA-Py admin API and a ledger), started and attached to a
// simulated account, so the issuer's preparation runs its real script; for the demo and the
// command line, which may not import the simulator themselves.
import type { AkridaInstances } from '../sim/akrida-instances.js';
import { startIssuerStandIn } from '../sim/issuer/stand-in.js';

/** Attach the stand-ins; the agent's key is the one its machine's .env names. Returns how to close them. */
export async function attachIssuerStandIn(
  akrida: AkridaInstances,
  opts: { unref?: boolean } = {},
): Promise<() => Promise<void>> {
  const standIn = await startIssuerStandIn({ apiKey: () => akrida.machines.issuerApiKey() });
  if (opts.unref) standIn.unref();
  akrida.issuerStandIn = standIn;
  return async () => {
    if (akrida.issuerStandIn === standIn) akrida.issuerStandIn = undefined;
    await standIn.close();
  };
}
