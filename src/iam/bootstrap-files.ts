// The documents `akrida bootstrap` applies, as files: the three policies, the three trust policies
// and the CloudFormation template. The committed copies in iam/ name a placeholder repository and
// account; `akrida bootstrap` without --apply writes them for the real ones.
import type { Cluster } from '../config/schema.js';
import { policyPath, wantedIam } from './bootstrap-want.js';
import { cloudFormationYaml } from './cfn.js';
import { repoClusters } from './files.js';
import { providerArnIn, type Repo } from './trust.js';

/** The placeholders of the committed copies. */
export const PLACEHOLDER_REPO: Repo = { owner: 'OWNER', name: 'akrida-ops' };
export const PLACEHOLDER_ACCOUNT = 'ACCOUNT_ID';

const json = (doc: unknown) => `${JSON.stringify(doc, null, 2)}\n`;

/** Trust documents for this repository and account (the policies are iamFiles' own). */
export function trustFiles(
  repo: Repo,
  account: string,
  clusters: readonly Cluster[],
): { path: string; content: string }[] {
  const want = wantedIam({ repo, clusters }, providerArnIn(account));
  // Every instance role has the same trust (EC2): one file.
  const byPath = new Map(want.roles.map((r) => [`iam/${r.kind}-trust.json`, json(r.trust)]));
  return [...byPath].map(([path, content]) => ({ path, content }));
}

/** Policies of the roles as bootstrap puts them (the same as the files in iam/ for these clusters). */
export function policyFiles(repo: Repo, clusters: readonly Cluster[]) {
  const want = wantedIam({ repo, clusters }, 'unused');
  return want.roles.map((r) => ({ path: policyPath(r), content: json(r.policy) }));
}

/** What npm run build commits beside the policies: placeholder trust documents and the template. */
export function bootstrapFiles(
  clusters: readonly Cluster[] = repoClusters(),
): { path: string; content: string }[] {
  return [
    ...trustFiles(PLACEHOLDER_REPO, PLACEHOLDER_ACCOUNT, clusters),
    { path: 'iam/bootstrap.cfn.yml', content: cloudFormationYaml(clusters) },
  ];
}
