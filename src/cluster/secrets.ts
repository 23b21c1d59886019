// Secret references and where they live in Parameter Store. Values are never held here.
import type { Cluster, SecretRef } from '../config/schema.js';

/** The Parameter Store name a reference resolves to; workflow and generated secrets live under the cluster. */
export function parameterName(cluster: Cluster, ref: SecretRef): string {
  if ('parameter' in ref) return ref.parameter;
  if ('githubSecret' in ref) return `/akrida-ops/${cluster.name}/${ref.githubSecret}`;
  return `/akrida-ops/${cluster.name}/generated/${ref.generated}`;
}

/** The prefixes a cluster's parameters live under (validation holds the files' names to them). */
export const clusterPrefixes = (c: Pick<Cluster, 'name'>): string[] => [
  `/akrida/${c.name}/`,
  `/akrida-ops/${c.name}/`,
];

export function describeSecret(ref: SecretRef): string {
  if ('parameter' in ref) return `ssm:${ref.parameter}`;
  if ('githubSecret' in ref) return `github-secret:${ref.githubSecret}`;
  return `generated:${ref.generated}`;
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

/** Parameters the issuer machine's preparation keeps: its DID seed (generated) and the ids it made. */
export function issuerParameters(cluster: Cluster): { seed: string; schemaId: string; credDefId: string } {
  const base = `/akrida-ops/${cluster.name}/issuer`;
  return { seed: `${base}/did-seed`, schemaId: `${base}/schema-id`, credDefId: `${base}/cred-def-id` };
}

/** The invitation URL the mediator machine printed, kept for the Locust MEDIATION_URL. */
export const mediatorInvitationParameter = (cluster: Cluster): string =>
  `/akrida-ops/${cluster.name}/mediator/invitation-url`;

/** The database machine's own secret (Postgres takes the wallet admin account and password). */
export function databaseSecrets(cluster: Cluster): { redisPassword: string } {
  return { redisPassword: `/akrida-ops/${cluster.name}/database/redis-password` };
}

/**
 * Secrets the toolkit generates when absent, by the field or purpose that needs them: generated
 * references, and the issuer's DID seed when the toolkit makes the issuer.
 */
export function generatedSecrets(cluster: Cluster): { field: string; name: string; length: number }[] {
  const out = secretRefs(cluster).flatMap(({ field, ref }) =>
    'generated' in ref ? [{ field, name: parameterName(cluster, ref), length: 32 }] : [],
  );
  const names = new Set(out.map((s) => s.name));
  const unique = out.filter((s) => {
    if (!names.has(s.name)) return false;
    names.delete(s.name);
    return true;
  });
  // An Indy DID seed is exactly 32 characters.
  if (cluster.machines?.database)
    unique.push({ field: 'machines.database', name: databaseSecrets(cluster).redisPassword, length: 32 });
  if (cluster.machines?.issuer)
    unique.push({ field: 'machines.issuer', name: issuerParameters(cluster).seed, length: 32 });
  return unique;
}
