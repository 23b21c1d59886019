// Parameters only under the cluster's own prefix: every parameter a file names is added to the
// instance role's policy, so a name elsewhere (another cluster's secret, a team's database
// password) would become readable by every instance of the cluster. And the instance profile: only
// the cluster's own (or a shared one the files name on purpose), never a workflow role's, another
// cluster's or an issuer machine's.
import { foreignProfile, instanceProfileOf } from '../cluster/profiles.js';
import { clusterPrefixes, issuerParameters, secretRefs } from '../cluster/secrets.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

export function parameterProblems(c: Cluster, error: Report): void {
  const prefixes = clusterPrefixes(c);
  const seed = issuerParameters(c).seed;
  for (const { field, ref } of secretRefs(c)) {
    if ('parameter' in ref && ref.parameter === seed)
      error(
        [...field.split('.'), 'parameter'],
        `${seed} is the issuer's DID seed: only the issuer machine's own profile may read it`,
        'name another parameter of this cluster',
      );
    if (!('parameter' in ref) || prefixes.some((p) => ref.parameter.startsWith(p))) continue;
    error(
      [...field.split('.'), 'parameter'],
      `${ref.parameter} is outside this cluster's parameters (${prefixes.join(' or ')}): the instance role would be granted it`,
      `store the value as ${prefixes[0]}${ref.parameter.split('/').at(-1)} and name that, or use { githubSecret: NAME } or { generated: name }`,
    );
  }
}

export function profileProblems(c: Cluster, error: Report): void {
  if (c.instanceProfile === undefined) return;
  const why = foreignProfile(c.instanceProfile, c.name);
  if (why)
    error(
      ['instanceProfile'],
      `instance profile ${why}`,
      `leave instanceProfile out: the cluster's own profile is ${instanceProfileOf({ name: c.name })}`,
    );
}
