// One sticky comment per pull request and marker: found again by the marker and its author, and
// updated, never duplicated. Anyone can write the marker into a comment of their own; only a comment
// the workflow's own account wrote is ever updated or read as the plan. The GitHub client is
// injected in tests and by the local runner.

export interface CommentsClient {
  /** The account this client posts as (GITHUB_TOKEN posts as github-actions[bot]). */
  readonly author: string;
  list(): Promise<{ id: number; body: string; author: string }[]>;
  create(body: string): Promise<number>;
  update(id: number, body: string): Promise<void>;
}

/** The account a workflow's GITHUB_TOKEN writes comments as. */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

export const markerLine = (marker: string) => `<!-- akrida-ops: ${marker} -->`;

/** GitHub refuses a comment body over 65,536 characters; a margin for how it counts them. */
export const MAX_COMMENT_CHARS = 65_000;

/**
 * What the sticky comment says when the plan does not fit: never part of a plan (the part left out
 * could be the script that matters), and never the previous plan left standing as if it were current.
 */
export function tooLongNotice(chars: number): string {
  return [
    `**This plan is too long for a pull-request comment** (${chars} characters; GitHub allows 65,536), so it is not shown here, not even in part.`,
    '',
    "Read it in full in this run's job summary or its cluster-plan artifact before approving. Any plan comment shown here before was for an earlier commit.",
  ].join('\n');
}

/** What replaces the plan comment when this commit's validation or plan failed. */
export function failedNotice(commit: string): string {
  const at = /^[0-9a-f]{7,40}$/.test(commit) ? ` for commit ${commit.slice(0, 12)}` : '';
  return [
    `**The plan failed${at}**: this cluster file did not validate or could not be planned. See the run's log and job summary.`,
    '',
    'Any plan shown here before was for an earlier commit and does not describe this one.',
  ].join('\n');
}

/** The plan as posted: headed by the commit it describes, so a reader can tell it is current. */
export function planComment(body: string, commit: string): string {
  return /^[0-9a-f]{7,40}$/.test(commit) ? `_Plan for commit ${commit.slice(0, 12)}._\n\n${body}` : body;
}

export async function upsertComment(
  client: CommentsClient,
  marker: string,
  body: string,
): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged'; forged: number[] }> {
  const text = `${markerLine(marker)}\n${body}`;
  const marked = (await client.list()).filter((c) => c.body.startsWith(markerLine(marker)));
  // A marker in someone else's comment is a forgery (or a quote): never updated, never trusted.
  const forged = marked.filter((c) => c.author !== client.author).map((c) => c.id);
  const existing = marked.find((c) => c.author === client.author);
  if (!existing) return { id: await client.create(text), action: 'created', forged };
  if (existing.body === text) return { id: existing.id, action: 'unchanged', forged };
  await client.update(existing.id, text);
  return { id: existing.id, action: 'updated', forged };
}

export interface PlanComment {
  /** What makes the comment unique on the pull request, e.g. the cluster file path. */
  marker: string;
  commit: string;
  /** This commit's validation or plan failed: the comment says so in place of an older plan. */
  failed: boolean;
  /** The plan as Markdown (unused when failed). */
  plan: string;
}

/**
 * Post (or update) the plan comment. `failure` is set when the step must fail: the plan failed, or
 * it is too long to post; a too-long plan replaces the previous one with a notice, so a cluster file
 * cannot keep an earlier, innocent plan on show by making its own too long to post.
 */
export async function postPlanComment(
  client: CommentsClient,
  c: PlanComment,
): Promise<{ id: number; action: 'created' | 'updated' | 'unchanged'; forged: number[]; failure?: string }> {
  const body = c.failed ? failedNotice(c.commit) : planComment(c.plan, c.commit);
  const tooLong = markerLine(c.marker).length + 1 + body.length > MAX_COMMENT_CHARS;
  const r = await upsertComment(client, c.marker, tooLong ? tooLongNotice(body.length) : body);
  if (c.failed) return { ...r, failure: `the plan for ${c.marker} failed; the pull-request comment says so` };
  if (tooLong)
    return {
      ...r,
      failure: `the plan is ${body.length} characters, more than a pull-request comment holds; the comment says so, and the full plan is in the job summary and the cluster-plan artifact`,
    };
  return r;
}

/** The REST API with this run's repository and pull request; undefined outside one or without a token. */
export async function pullRequestApi(token: string) {
  const github = await import('@actions/github');
  const pr = github.context.payload.pull_request?.number;
  if (!token || !pr) return undefined;
  return { octokit: github.getOctokit(token), ...github.context.repo, pr };
}

/**
 * The pull request of this run, through the REST API; undefined outside a pull request.
 * @actions/github (octokit and its HTTP client, ~500 KB) is loaded here, on first use, not when an
 * action starts: only comment-plan calls this.
 */
export async function pullRequestComments(
  token: string,
  author = GITHUB_ACTIONS_BOT,
): Promise<CommentsClient | undefined> {
  const api = await pullRequestApi(token);
  if (!api) return undefined;
  const { octokit, owner, repo, pr } = api;
  return {
    author,
    // A comment without a body carries no marker: empty matches none of ours.
    list: async () =>
      (
        await octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: pr,
          per_page: 100,
        })
      ).flatMap((c) =>
        // No body, no marker; no author (a deleted account), not ours.
        c.body && c.user ? [{ id: c.id, body: c.body, author: c.user.login }] : [],
      ),
    create: async (body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body })).data.id,
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
  };
}
