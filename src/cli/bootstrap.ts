// `akrida bootstrap`: the adapter from arguments to src/iam's plan, apply and destroy, with the
// documents written for an administrator who applies IAM another way.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { STSClient } from '@aws-sdk/client-sts';
import { InvalidArgumentError } from 'commander';
import { makeClients } from '../aws/clients.js';
import type { Change } from '../iam/bootstrap.js';
import { planBootstrap } from '../iam/bootstrap.js';
import { applyBootstrap, applyDestroy, planDestroy } from '../iam/bootstrap-apply.js';
import { PLACEHOLDER_ACCOUNT, policyFiles, trustFiles } from '../iam/bootstrap-files.js';
import type { BootstrapOptions } from '../iam/bootstrap-want.js';
import { cloudFormationYaml } from '../iam/cfn.js';
import { repoClusters } from '../iam/files.js';
import { checkGitHub, type Finding, type GitHubRest } from '../iam/github-check.js';
import { makeIamClient } from '../iam/iam-client.js';
import { BootstrapInputError, parseRepo, ROLE_NAMES, repoName } from '../iam/trust.js';
import { SimulatedAws } from '../sim/index.js';
import { SYSTEM_CLOCK } from '../time/clock.js';
import type { CommandContext } from './command-context.js';

export interface BootstrapArgs {
  repo: string;
  apply: boolean;
  destroy: boolean;
  region: string;
  out: string;
  simulate: boolean;
  root: string;
  /** GitHub's REST API for the environment check (none: the check is skipped, and says so). */
  github?: GitHubRest;
}

/** --repo, checked before anything else happens (commander turns the refusal into exit 2). */
export function repoArgument(value: string): string {
  try {
    parseRepo(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message.replace(/^--repo \S+ is not/, 'not'));
  }
  return value;
}

const SIGN: Record<Change['action'], string> = { create: '+', update: '~', delete: '-', use: '=', keep: '=' };

export function changeLines(changes: Change[]): string[] {
  return changes.map(
    (c) => `  ${SIGN[c.action]} ${c.action} ${c.resource}${c.detail ? `  (${c.detail})` : ''}`,
  );
}

export interface BootstrapOutcome {
  repo: string;
  account: string;
  mode: 'plan' | 'apply' | 'destroy-plan' | 'destroy';
  changes: { action: string; resource: string; detail: string }[];
  files: string[];
  roles: { deploy: string; plan: string; teardown: string } | null;
}

async function githubFindings(
  a: BootstrapArgs,
  repo: ReturnType<typeof parseRepo>,
  log: (line: string) => void,
): Promise<Finding[]> {
  if (!a.github) {
    log(
      `GitHub not checked${a.simulate ? ' (simulated account)' : ''}: with GH_TOKEN set (e.g. GH_TOKEN=$(gh auth token)), bootstrap checks the environments and the OIDC subject template of ${repoName(repo)} first`,
    );
    return [];
  }
  const findings = await checkGitHub(a.github, repo);
  log(
    findings.length
      ? `GitHub of ${repoName(repo)}: ${findings.length} to set`
      : `GitHub of ${repoName(repo)}: environments and OIDC subject template as the trust needs`,
  );
  for (const f of findings) log(`  ! ${f.subject} ${f.problem}\n      ${f.fix}`);
  return findings;
}

/** Octokit for GitHub's REST API from GH_TOKEN or GITHUB_TOKEN, loaded only when there is one. */
export async function githubFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<GitHubRest | undefined> {
  const token = env.GH_TOKEN || env.GITHUB_TOKEN;
  if (!token) return undefined;
  const github = await import('@actions/github');
  return github.getOctokit(token);
}

export async function runBootstrap(a: BootstrapArgs, log: (line: string) => void): Promise<BootstrapOutcome> {
  const repo = parseRepo(a.repo);
  const clusters = repoClusters(a.root);
  const opts: BootstrapOptions = { repo, clusters };
  // GitHub first: roles that trust environments GitHub would create unprotected are not made.
  const findings = a.destroy ? [] : await githubFindings(a, repo, log);
  if (a.apply && findings.length)
    throw new BootstrapInputError(
      `GitHub is not set up as the roles' trust needs (${findings.length} findings above): set them, then run again`,
    );
  const sim = a.simulate ? new SimulatedAws({ region: a.region }) : undefined;
  const iam = makeIamClient({ region: a.region, ...(sim ? { backend: sim } : {}) });
  const sts = sim ? makeClients({ region: a.region, backend: sim }).sts : new STSClient({ region: a.region });
  const c = { iam, sts, clock: sim?.clock ?? SYSTEM_CLOCK };
  const mode: BootstrapOutcome['mode'] = a.destroy
    ? a.apply
      ? 'destroy'
      : 'destroy-plan'
    : a.apply
      ? 'apply'
      : 'plan';
  const files: string[] = [];
  let account = PLACEHOLDER_ACCOUNT;
  try {
    const plan = a.destroy ? undefined : await planBootstrap(c, opts);
    const changes = plan ? plan.changes : await planDestroy(c, opts);
    account = plan?.account ?? account;
    log(
      `bootstrap of ${repoName(repo)}${plan ? ` in account ${plan.account}` : ''}: ${mode}${a.simulate ? ' (simulated account)' : ''}`,
    );
    log(changes.length ? changeLines(changes).join('\n') : '  nothing to change');
    if (mode === 'apply') await applyBootstrap(c, opts, (l) => log(`  ${l}`));
    if (mode === 'destroy') await applyDestroy(changes, (l) => log(`  ${l}`));
    if (mode === 'plan' || mode === 'destroy-plan') log('nothing changed: add --apply to make these changes');
    const writes = changes.filter((ch) => ch.run).length;
    log(`${writes} ${mode === 'apply' || mode === 'destroy' ? 'changes made' : 'changes planned'}`);
    return {
      repo: repoName(repo),
      account,
      mode,
      changes: changes.map(({ action, resource, detail }) => ({ action, resource, detail })),
      files,
      roles: a.destroy
        ? null
        : {
            deploy: `arn:aws:iam::${account}:role/${ROLE_NAMES.deploy}`,
            plan: `arn:aws:iam::${account}:role/${ROLE_NAMES.plan}`,
            teardown: `arn:aws:iam::${account}:role/${ROLE_NAMES.teardown}`,
          },
    };
  } finally {
    if (!a.destroy) {
      // The documents for another way of applying them, also when the account could not be read.
      for (const f of [
        ...policyFiles(repo, clusters),
        ...trustFiles(repo, account, clusters),
        { path: 'iam/bootstrap.cfn.yml', content: cloudFormationYaml(clusters) },
      ]) {
        const path = join(a.out, f.path.replace(/^iam\//, ''));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, f.content);
        files.push(path);
      }
      log(`wrote ${files.join(', ')}`);
    }
  }
}

export function addBootstrapCommand({ io, sub, root }: CommandContext): void {
  sub('bootstrap')
    .description(
      "the IAM the workflows need, once per account, by an administrator: the GitHub OIDC provider, the deploy, plan and teardown roles trusted for one repository's workflows, each cluster's instance profiles and roles; a plan unless --apply. With GH_TOKEN it first checks the repository's environments and OIDC subject template, and --apply waits until they hold",
    )
    .requiredOption(
      '--repo <owner/name>',
      'the GitHub repository whose workflows may assume the roles',
      repoArgument,
    )
    .option('--apply', 'make the changes (without it: print the plan and write the documents)')
    .option('--destroy', 'remove what bootstrap made (only what carries managed-by=akrida-ops); with --apply')
    .option(
      '--region <region>',
      'region of the API calls (IAM is global)',
      process.env.AWS_REGION ?? 'us-east-1',
    )
    .option(
      '--out <dir>',
      'where the policy and trust documents and the CloudFormation template are written',
      'out/iam',
    )
    .option('--simulate', 'on a new simulated account in this process (to try it; nothing is kept)')
    .option('--json', 'print {repo, account, mode, changes, files, roles} as JSON')
    .addHelpText(
      'after',
      `
Run it with an administrator's credentials (not the workflow roles'), e.g. after aws sso login,
and GH_TOKEN=$(gh auth token) so it checks GitHub first.
It adopts nothing it did not make: a role or profile of the same name without the tag
managed-by=akrida-ops stops it, naming the resource.

Examples:
  akrida bootstrap --repo my-org/akrida-ops
  akrida bootstrap --repo my-org/akrida-ops --apply
  akrida bootstrap --repo my-org/akrida-ops --destroy --apply
  akrida bootstrap --repo my-org/akrida-ops --simulate --apply --json | jq .roles`,
    )
    .action(
      async (opts: {
        repo: string;
        apply?: boolean;
        destroy?: boolean;
        region: string;
        out: string;
        simulate?: boolean;
        json?: boolean;
      }) => {
        const lines: string[] = [];
        const r = await runBootstrap(
          {
            repo: opts.repo,
            apply: opts.apply ?? false,
            destroy: opts.destroy ?? false,
            region: opts.region,
            out: opts.out,
            simulate: opts.simulate ?? false,
            root,
            ...(opts.simulate ? {} : { github: await githubFromEnv() }),
          },
          (l) => (opts.json ? lines.push(l) : io.out(`${l}\n`)),
        );
        if (opts.json) {
          io.out(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        if (r.mode === 'apply' && r.roles)
          io.out(
            [
              'next: give the workflows the roles (repository secrets) and create the environments (README):',
              `  gh secret set AKRIDA_AWS_ROLE_ARN --repo ${r.repo} --body ${r.roles.deploy}`,
              `  gh secret set AKRIDA_AWS_READONLY_ROLE_ARN --repo ${r.repo} --body ${r.roles.plan}`,
              `  gh secret set AKRIDA_AWS_TEARDOWN_ROLE_ARN --repo ${r.repo} --body ${r.roles.teardown}`,
              '',
            ].join('\n'),
          );
      },
    );
}
