// The embedded AWS for trying the toolkit with no credentials: a simulated account seeded from a
// cluster file (its VPC, stand-alone instances and master), with Akrida's instance behaviour, the
// operator-owned parameters present, and placeholder values for workflow secrets.
import { PutParameterCommand } from '@aws-sdk/client-ssm';
import type { ActionDeps } from '../action/context.js';
import { stepIO } from '../action/io.js';
import { makeClients } from '../aws/clients.js';
import { parameterName, secretRefs } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import { TemplateSet } from '../render/render.js';
import { AkridaInstances } from '../sim/akrida-instances.js';
import { type Clock, SimulatedAws, type SimulatedAwsOptions } from '../sim/index.js';
import { seedCluster } from '../sim/seed.js';

export interface SimulatedAccount {
  sim: SimulatedAws;
  akrida: AkridaInstances;
  deps: ActionDeps;
  secrets: Record<string, string>;
}

export async function simulatedAccount(
  clusters: Cluster[],
  clock: Clock,
  opts: Pick<SimulatedAwsOptions, 'seed' | 'faults'> = {},
): Promise<SimulatedAccount> {
  const region = clusters[0]?.region ?? 'us-east-1';
  // Faults start once the account is seeded: they are AWS's, not the operator's set-up.
  const sim = new SimulatedAws({ clock, region, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) });
  const akrida = new AkridaInstances(sim).install();
  const clients = makeClients({ region, backend: sim, debug: (l) => stepIO()?.debug(l) });
  const secrets: Record<string, string> = {};
  for (const c of clusters) {
    seedCluster(sim, c);
    for (const { ref } of secretRefs(c)) {
      // The toolkit generates these itself (store-secrets), as on AWS.
      if ('generated' in ref) continue;
      if ('githubSecret' in ref) {
        secrets[ref.githubSecret] = `simulated-${ref.githubSecret.toLowerCase()}`;
        continue;
      }
      const Name = parameterName(c, ref);
      if (!sim.ssm.parameters.has(Name)) {
        await clients.ssm.send(
          new PutParameterCommand({ Name, Value: `simulated-value-of-${Name}`, Type: 'SecureString' }),
        );
      }
    }
  }
  if (opts.faults) sim.faults = opts.faults;
  return {
    sim,
    akrida,
    secrets,
    deps: { clients, clock, templates: new TemplateSet(), env: { ...secrets } },
  };
}
