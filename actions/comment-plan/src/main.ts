import { readFileSync } from 'node:fs';
import { runAction } from '../../../src/action/adapter.js';
import type { ActionDeps } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { pullRequestComments, upsertComment } from '../../../src/action/pull-request.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('comment-plan', async () => {
    const body = readFileSync(io().getInput('body-file', { required: true }), 'utf8');
    const marker = io().getInput('marker', { required: true });
    const client = deps.comments ?? pullRequestComments(io().getInput('token'));
    if (!client) {
      io().info('not a pull request run: the plan goes to the job summary only');
      io().setOutput('action', 'summary-only');
      return;
    }
    const r = await upsertComment(client, marker, body);
    io().setOutput('comment-id', String(r.id));
    io().setOutput('action', r.action);
    io().info(`plan comment ${r.id}: ${r.action}`);
  });
}
