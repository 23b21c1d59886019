// What `akrida bootstrap` checks on GitHub before it makes roles that trust the repository: the
// environments the workflows name exist with their protection (GitHub creates a missing one
// without any the first time a job names it), and the OIDC subject template the roles' trust
// expects. Reads only, through a client of Octokit's `request` shape; each finding says exactly
// what to set, as a `gh api` command.
import { type Repo, repoName, SUB_CLAIM_KEYS } from './trust.js';

/** Octokit's `request(route, parameters)`: a 404 is thrown as an error whose `status` is 404. */
export interface GitHubRest {
  request(route: string, parameters: Record<string, string | number>): Promise<{ data: unknown }>;
}

export interface EnvironmentRule {
  name: string;
  /** Required reviewers (with self-review prevented), or none on purpose. */
  reviewers: boolean;
  why: string;
  /** The one branch or tag pattern it admits (default: the branch main). */
  admits?: { name: string; type: 'branch' | 'tag' };
}

/** The environments of workflows-src/fragments.ts (ENV) and bootstrap.yml, as the README's table sets them. */
export const ENVIRONMENT_RULES: readonly EnvironmentRule[] = [
  {
    name: 'akrida-approval',
    reviewers: true,
    why: 'the one approval every write of cluster-up, cluster-apply and load-test waits for',
  },
  {
    name: 'akrida-apply',
    reviewers: false,
    why: "the deploy role's jobs; reviewers here would ask once per wave of jobs",
  },
  {
    name: 'akrida-teardown',
    reviewers: false,
    why: 'cluster-down and the sweeper (a scheduled teardown must not wait for a person)',
  },
  { name: 'akrida-bootstrap', reviewers: true, why: "the bootstrap workflow, with the administrator's role" },
  {
    name: 'release',
    reviewers: true,
    why: 'the release job that publishes and moves the major tag, from a pushed version tag',
    admits: { name: 'v*.*.*', type: 'tag' },
  },
];

const MAIN = { name: 'main', type: 'branch' } as const;

export interface Finding {
  subject: string;
  problem: string;
  /** The command that sets it. */
  fix: string;
}

interface Environment {
  protection_rules?: { type?: string; prevent_self_review?: boolean; reviewers?: unknown[] }[];
  deployment_branch_policy?: { protected_branches?: boolean; custom_branch_policies?: boolean } | null;
}
interface BranchPolicies {
  branch_policies?: { id?: number; name?: string; type?: string }[];
}
interface SubTemplate {
  use_default?: boolean;
  include_claim_keys?: string[];
}

const notFound = (err: unknown) => (err as { status?: number }).status === 404;

async function get<T>(gh: GitHubRest, route: string, parameters: Record<string, string | number>) {
  try {
    return (await gh.request(`GET ${route}`, parameters)).data as T;
  } catch (err) {
    if (notFound(err)) return undefined;
    if ((err as { status?: number }).status === 403)
      throw Object.assign(
        new Error(
          `GitHub refused GET ${route} (403): the token needs read access to the repository's environments and Actions settings (a personal token: repo scope; in a workflow: permissions actions: read)`,
        ),
        { status: 403 },
      );
    throw err;
  }
}

const BRANCHES = '"deployment_branch_policy":{"protected_branches":false,"custom_branch_policies":true}';

const admitted = (rule: EnvironmentRule) => rule.admits ?? MAIN;

/** The commands that give an environment its rule (PUT replaces its protection; the branch is added). */
function setEnvironment(repo: Repo, rule: EnvironmentRule): string {
  const path = `repos/${repoName(repo)}/environments/${rule.name}`;
  const body = rule.reviewers
    ? `{"reviewers":[{"type":"User","id":'"$(gh api user --jq .id)"'}],"prevent_self_review":true,${BRANCHES}}`
    : `{${BRANCHES}}`;
  return [
    `echo '${body}' | gh api --method PUT ${path} --input -`,
    `gh api --method POST ${path}/deployment-branch-policies -f name=${admitted(rule).name} -f type=${admitted(rule).type}`,
  ].join(' && ');
}

async function checkEnvironment(gh: GitHubRest, repo: Repo, rule: EnvironmentRule): Promise<Finding[]> {
  const p = { owner: repo.owner, repo: repo.name, environment_name: rule.name };
  const subject = `environment ${rule.name} (${rule.why})`;
  const env = await get<Environment>(gh, '/repos/{owner}/{repo}/environments/{environment_name}', p);
  const fix = setEnvironment(repo, rule);
  if (!env) return [{ subject, problem: 'does not exist', fix }];
  const out: Finding[] = [];
  const reviewers = (env.protection_rules ?? []).find((r) => r.type === 'required_reviewers');
  if (rule.reviewers && !reviewers?.reviewers?.length)
    out.push({ subject, problem: 'has no required reviewers', fix });
  else if (rule.reviewers && reviewers?.prevent_self_review !== true)
    out.push({
      subject,
      problem: 'lets the person who started a run approve it (prevent self-review is off)',
      fix,
    });
  const branch = env.deployment_branch_policy;
  if (!branch) {
    out.push({ subject, problem: 'admits every branch (no deployment branch policy)', fix });
    return out;
  }
  // Protected branches: as good as main only, not for a tag.
  if (branch.protected_branches && !rule.admits) return out;
  const policies = await get<BranchPolicies>(
    gh,
    '/repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies',
    { ...p, per_page: 100 },
  );
  const listed = policies?.branch_policies ?? [];
  const path = `repos/${repoName(repo)}/environments/${rule.name}/deployment-branch-policies`;
  const want = admitted(rule);
  const what = want === MAIN ? 'main' : `the ${want.type} pattern ${want.name}`;
  const isWanted = (b: (typeof listed)[number]) => b.name === want.name && (b.type ?? 'branch') === want.type;
  if (!listed.some(isWanted))
    out.push({
      subject,
      problem: `does not admit ${what}`,
      fix: `gh api --method POST ${path} -f name=${want.name} -f type=${want.type}`,
    });
  for (const b of listed.filter((x) => !isWanted(x)))
    out.push({
      subject,
      problem: `also admits the ${b.type ?? 'branch'} pattern ${JSON.stringify(b.name)} (only ${what} may deploy)`,
      fix: `gh api --method DELETE ${path}/${b.id}`,
    });
  return out;
}

/** The repository's OIDC subject template: the roles' trust pins each workflow through it. */
async function checkSubTemplate(gh: GitHubRest, repo: Repo): Promise<Finding[]> {
  const t = await get<SubTemplate>(gh, '/repos/{owner}/{repo}/actions/oidc/customization/sub', {
    owner: repo.owner,
    repo: repo.name,
  });
  const keys = t?.use_default === false ? (t.include_claim_keys ?? []) : [];
  if (keys.join() === SUB_CLAIM_KEYS.join()) return [];
  return [
    {
      subject: 'OIDC subject template',
      problem: `is ${t?.use_default === false ? JSON.stringify(keys) : "GitHub's default"}; the roles trust only tokens whose sub has ${SUB_CLAIM_KEYS.join(', ')}`,
      fix: `echo '{"use_default":false,"include_claim_keys":${JSON.stringify(SUB_CLAIM_KEYS)}}' | gh api --method PUT repos/${repoName(repo)}/actions/oidc/customization/sub --input -`,
    },
  ];
}

/** Everything that is not as the roles' trust needs it; empty when all hold. */
export async function checkGitHub(gh: GitHubRest, repo: Repo): Promise<Finding[]> {
  const envs = await Promise.all(ENVIRONMENT_RULES.map((r) => checkEnvironment(gh, repo, r)));
  return [...envs.flat(), ...(await checkSubTemplate(gh, repo))];
}
