import { readFileSync } from 'node:fs';
import { runAction } from '../../../src/action/adapter.js';
import type { ActionDeps } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import {
  failedNotice,
  MAX_COMMENT_CHARS,
  markerLine,
  planComment,
  pullRequestComments,
  tooLongNotice,
  upsertComment,
} from '../../../src/action/pull-request.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('comment-plan', async () => {
    const marker = io().getInput('marker', { required: true });
    const commit = io().getInput('commit');
    const failed = io().getInput('failed') === 'true';
    const file = io().getInput('body-file', { required: true });
    const body = failed ? failedNotice(commit) : planComment(readFileSync(file, 'utf8'), commit);
    const client = deps.comments ?? pullRequestComments(io().getInput('token'));
    if (!client) {
      io().info('not a pull request run: the plan goes to the job summary only');
      io().setOutput('action', 'summary-only');
      return;
    }
    // A plan too long to post replaces the previous one with a notice, and the step fails: a cluster
    // file cannot keep an earlier, innocent plan on show by making its own too long to post.
    const tooLong = markerLine(marker).length + 1 + body.length > MAX_COMMENT_CHARS;
    const r = await upsertComment(client, marker, tooLong ? tooLongNotice(body.length) : body);
    io().setOutput('comment-id', String(r.id));
    io().setOutput('action', r.action);
    io().info(`plan comment ${r.id}: ${r.action}`);
    if (failed) throw new Error(`the plan for ${marker} failed; the pull-request comment says so`);
    if (tooLong)
      throw new Error(
        `the plan is ${body.length} characters, more than a pull-request comment holds; the comment says so, and the full plan is in the job summary and the cluster-plan artifact`,
      );
  });
}
