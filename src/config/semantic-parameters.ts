// Parameters only under the cluster's own prefix: every parameter a file names is added to the
// instance role's policy, so a name elsewhere (another cluster's secret, a team's database
// password) would become readable by every instance of the cluster.
import { clusterPrefixes, secretRefs } from '../cluster/secrets.js';
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

export function parameterProblems(c: Cluster, error: Report): void {
  const prefixes = clusterPrefixes(c);
  for (const { field, ref } of secretRefs(c)) {
    if (!('parameter' in ref) || prefixes.some((p) => ref.parameter.startsWith(p))) continue;
    error(
      [...field.split('.'), 'parameter'],
      `${ref.parameter} is outside this cluster's parameters (${prefixes.join(' or ')}): the instance role would be granted it`,
      `store the value as ${prefixes[0]}${ref.parameter.split('/').at(-1)} and name that, or use { githubSecret: NAME } or { generated: name }`,
    );
  }
}
