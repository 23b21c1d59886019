// Secret references and where they live in Parameter Store. Values are never held here.
import type { Cluster, SecretRef } from '../config/schema.js';

/** The Parameter Store name a reference resolves to; workflow secrets are stored under the cluster. */
export function parameterName(cluster: Cluster, ref: SecretRef): string {
  return 'parameter' in ref ? ref.parameter : `/akrida-ops/${cluster.name}/${ref.githubSecret}`;
}

export function describeSecret(ref: SecretRef): string {
  return 'parameter' in ref ? `ssm:${ref.parameter}` : `github-secret:${ref.githubSecret}`;
}

/** Every secret the cluster uses, by the field that names it. */
export function secretRefs(cluster: Cluster): { field: string; ref: SecretRef }[] {
  const out: { field: string; ref: SecretRef }[] = [];
  for (const [k, ref] of Object.entries(cluster.acapy.secrets))
    out.push({ field: `acapy.secrets.${k}`, ref });
  for (const [k, ref] of Object.entries(cluster.locust.issuer.headers))
    out.push({ field: `locust.issuer.headers.${k}`, ref });
  for (const [k, ref] of Object.entries(cluster.locust.verifier.headers))
    out.push({ field: `locust.verifier.headers.${k}`, ref });
  return out;
}
