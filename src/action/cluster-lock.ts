// A per-cluster lock from plan to merge, as Atlantis keeps one: the first open pull request that
// plans a cluster holds it (a label on the pull request, so it lives in GitHub, not on a runner),
// and another pull request that touches the same cluster is told which one holds it. Merging or
// closing the holder releases it: only open pull requests are asked. The GitHub client is injected
// in tests and by the local runner.

import { basename } from 'node:path';
import { CLUSTER_NAME_PATTERN } from '../config/schema.js';
import { pullRequestApi } from './pull-request.js';

/** The pull requests of a repository, as far as the lock needs them. */
export interface LockClient {
  /** The pull request this run plans. */
  readonly number: number;
  /** Open pull requests that carry the label, by number. */
  openWithLabel(label: string): Promise<number[]>;
  addLabel(label: string): Promise<void>;
  removeLabel(label: string): Promise<void>;
}

/** GitHub allows 50 characters in a label; a cluster name (validated) has at most 22. */
export const lockLabel = (cluster: string) => `akrida-lock:${cluster}`;

/**
 * The cluster a file is for, from its name alone (clusters/<name>.yml, as validation holds every
 * file a workflow uses): the lock is taken without reading a pull request's file.
 */
export function clusterNameOfFile(file: string): string {
  const name = basename(file).replace(/\.ya?ml$/, '');
  if (!CLUSTER_NAME_PATTERN.test(name) || name === basename(file))
    throw new Error(
      `${file}: not a cluster file name (clusters/<name>.yml with a cluster name of 3-22 lower-case letters, digits and dashes)`,
    );
  return name;
}

export type LockResult = { held: true; by: number } | { held: false; by: number };

/**
 * Take the cluster's lock for this pull request, or say who holds it. When two pull requests take
 * it at once, both see each other's label and the lower number keeps it; the other lets go.
 */
export async function acquireLock(client: LockClient, cluster: string): Promise<LockResult> {
  const label = lockLabel(cluster);
  const holder = (prs: number[]) => Math.min(...prs);
  const before = await client.openWithLabel(label);
  const others = before.filter((n) => n !== client.number);
  if (others.length && (!before.includes(client.number) || holder(others) < client.number))
    return { held: false, by: holder(others) };
  if (!before.includes(client.number)) await client.addLabel(label);
  const after = await client.openWithLabel(label);
  const by = holder([...after, client.number]);
  if (by === client.number) return { held: true, by };
  await client.removeLabel(label);
  return { held: false, by };
}

/** What the plan comment says when another pull request holds the cluster. */
export function lockedNotice(cluster: string, by: number): string {
  return [
    `**Cluster ${cluster} is locked by #${by}**, which has a plan for it that is not merged yet.`,
    '',
    `This pull request's plan for it waits: when #${by} is merged or closed, push again (or re-run this job) to plan against what it left. Two plans of one cluster at once would each describe a state the other changes.`,
  ].join('\n');
}

/** The lock's client for the pull request of this run, or undefined outside one. */
export async function pullRequestLocks(token: string): Promise<LockClient | undefined> {
  const api = await pullRequestApi(token);
  if (!api) return undefined;
  const { octokit, owner, repo, pr } = api;
  return {
    number: pr,
    openWithLabel: async (label) =>
      (await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 }))
        .filter((p) => p.labels.some((l) => l.name === label))
        .map((p) => p.number),
    addLabel: async (label) => {
      // Adding a label that does not exist yet makes it.
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr, labels: [label] });
    },
    removeLabel: async (label) => {
      await octokit.rest.issues.removeLabel({ owner, repo, issue_number: pr, name: label });
    },
  };
}
