import { readFileSync } from 'node:fs';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { postPlanComment, pullRequestComments } from '../../../src/action/pull-request.js';

export const run = defineAction('comment-plan', {
  inputs: {
    marker: input.text({ required: true }),
    commit: input.text(),
    failed: input.boolean(false),
    'body-file': input.text({ required: true }),
    token: input.text(),
  },
  run: async ({ deps, inputs }) => {
    // A failed plan has no file to read.
    const plan = inputs.failed ? '' : readFileSync(inputs['body-file'], 'utf8');
    const client = deps.comments ?? pullRequestComments(inputs.token);
    if (!client) {
      io().info('not a pull request run: the plan goes to the job summary only');
      return { outputs: { action: 'summary-only' } };
    }
    const r = await postPlanComment(client, { ...inputs, plan });
    io().info(`plan comment ${r.id}: ${r.action}`);
    return { outputs: { 'comment-id': r.id, action: r.action }, failure: r.failure };
  },
});
