import { existsSync, readFileSync } from 'node:fs';
import { defineAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import {
  GITHUB_ACTIONS_BOT,
  postPlanComment,
  pullRequestComments,
} from '../../../src/action/pull-request.js';

/** What the plan's job wrote as its outcome; none when it never got that far. */
function outcomeOf(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : 'missing';
}

export const run = defineAction('comment-plan', {
  title: 'Comment plan on pull request',
  description:
    'Post the plan as one sticky comment on the pull request, found again by its marker and updated in place. Outside a pull request (or without a token) it writes the comment to the job summary only.',
  inputs: {
    'body-file': input.text({
      required: true,
      description: 'The Markdown file to post, e.g. cluster-plan.md.',
    }),
    marker: input.text({
      required: true,
      description: 'What makes the comment unique on the pull request, e.g. the cluster file path.',
    }),
    commit: input.text({
      description: "The commit the plan describes (the pull request's head), named in the comment.",
    }),
    failed: input.boolean({
      fallback: false,
      description:
        "true when this commit's validation or plan failed; the comment then says so in place of an older plan.",
    }),
    'outcome-file': input.text({
      description:
        "A file in which the plan's job wrote its outcome: anything but success, or no file at all (the job died before it), counts as failed.",
    }),
    token: input.text({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates in action.yml
      githubDefault: '${{ github.token }}',
      description: 'Token with pull-requests write permission.',
    }),
    'comment-author': input.text({
      fallback: GITHUB_ACTIONS_BOT,
      description:
        "The account the token posts as (github-actions[bot] for GITHUB_TOKEN; an app token posts as <app>[bot]). Only its comments are updated as the plan; a marker in anyone else's comment is ignored and named in the log.",
    }),
  },
  outputs: {
    'comment-id': 'The id of the comment created or updated (empty outside a pull request).',
    action: 'created, updated, unchanged, or summary-only.',
  },
  run: async ({ deps, inputs }) => {
    const failed =
      inputs.failed || (inputs['outcome-file'] !== '' && outcomeOf(inputs['outcome-file']) !== 'success');
    // A failed plan has no file to read.
    const plan = failed ? '' : readFileSync(inputs['body-file'], 'utf8');
    const client = deps.comments ?? (await pullRequestComments(inputs.token, inputs['comment-author']));
    if (!client) {
      io().info('not a pull request run: the plan goes to the job summary only');
      return { outputs: { action: 'summary-only' } };
    }
    const r = await postPlanComment(client, { ...inputs, failed, plan });
    io().info(`plan comment ${r.id}: ${r.action}`);
    for (const id of r.forged)
      io().warning(
        `comment ${id} carries this plan's marker but was not written by ${client.author}: it is not the plan, and was left as it is`,
      );
    return { outputs: { 'comment-id': r.id, action: r.action }, failure: r.failure };
  },
});
