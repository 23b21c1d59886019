// The plan comment is sticky: one comment per pull request and cluster, updated in place.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { CommentsClient } from '../../src/action/pull-request.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
const { run } = await import('../../actions/comment-plan/src/main.js');

const BOT = 'github-actions[bot]';

function fakePullRequest() {
  const comments: { id: number; body: string; author: string }[] = [
    { id: 1, body: 'a reviewer said something', author: 'reviewer' },
  ];
  const calls: string[] = [];
  const client: CommentsClient = {
    author: BOT,
    list: async () => comments.map((c) => ({ ...c })),
    create: async (body) => {
      calls.push('create');
      comments.push({ id: comments.length + 1, body, author: BOT });
      return comments.length;
    },
    update: async (id, body) => {
      calls.push(`update ${id}`);
      const c = comments.find((x) => x.id === id);
      if (c) c.body = body;
    },
  };
  return { comments, calls, client };
}

test('creates the comment once, then updates it; another cluster gets its own', async () => {
  const pr = fakePullRequest();
  const dir = mkdtempSync(join(tmpdir(), 'akrida-comment-'));
  const file = join(dir, 'plan.md');
  const post = async (body: string, marker: string) => {
    writeFileSync(file, body);
    resetCore({ 'body-file': file, marker, token: '' });
    await run({ comments: pr.client });
    expect(state.failed).toBeUndefined();
    return state.outputs.action;
  };
  expect(await post('plan v1', 'plan clusters/a.yml')).toBe('created');
  expect(await post('plan v1', 'plan clusters/a.yml')).toBe('unchanged');
  expect(await post('plan v2', 'plan clusters/a.yml')).toBe('updated');
  expect(await post('plan b', 'plan clusters/b.yml')).toBe('created');
  expect(pr.calls).toEqual(['create', 'update 2', 'create']);
  expect(pr.comments.map((c) => c.body)).toEqual([
    'a reviewer said something',
    '<!-- akrida-ops: plan clusters/a.yml -->\nplan v2',
    '<!-- akrida-ops: plan clusters/b.yml -->\nplan b',
  ]);
});

test('outside a pull request the plan stays in the summary', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'akrida-comment-')), 'plan.md');
  writeFileSync(file, 'plan');
  resetCore({ 'body-file': file, marker: 'plan x', token: '' });
  await run({});
  expect(state.outputs).toEqual({ action: 'summary-only' });
});

test('a failed plan replaces the older plan with a notice naming the commit, and the step fails', async () => {
  const pr = fakePullRequest();
  const file = join(mkdtempSync(join(tmpdir(), 'akrida-comment-')), 'plan.md');
  writeFileSync(file, 'plan of the first commit');
  resetCore({ 'body-file': file, marker: 'plan clusters/a.yml', token: '', commit: 'a'.repeat(40) });
  await run({ comments: pr.client });
  expect(pr.comments[1]?.body).toContain(`_Plan for commit ${'a'.repeat(12)}._\n\nplan of the first commit`);
  // The next commit's validation failed: no plan file is read, the old plan must not stay.
  resetCore({
    'body-file': join(tmpdir(), 'no-such-plan.md'),
    marker: 'plan clusters/a.yml',
    token: '',
    commit: 'b'.repeat(40),
    failed: 'true',
  });
  await run({ comments: pr.client });
  expect(state.failed).toMatch(/the plan for plan clusters\/a.yml failed/);
  expect(pr.comments[1]?.body).toContain(`**The plan failed for commit ${'b'.repeat(12)}**`);
  expect(pr.comments[1]?.body).not.toContain('plan of the first commit');
});

test("a marker in the pull-request author's own comment is never updated or taken as the plan", async () => {
  const pr = fakePullRequest();
  // Posted before the workflow ran: the marker, and a plan that shows nothing to worry about.
  pr.comments.push({
    id: 2,
    body: '<!-- akrida-ops: plan clusters/a.yml -->\nNo changes. 17 resources are up to date.',
    author: 'pr-author',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'akrida-comment-')), 'plan.md');
  writeFileSync(file, 'the real plan: a new security group rule');
  resetCore({ 'body-file': file, marker: 'plan clusters/a.yml', token: '' });
  await run({ comments: pr.client });
  expect(state.outputs.action).toBe('created');
  expect(pr.calls).toEqual(['create']);
  expect(pr.comments[1]?.body).toBe(
    '<!-- akrida-ops: plan clusters/a.yml -->\nNo changes. 17 resources are up to date.',
  );
  expect(pr.comments[2]).toMatchObject({ author: BOT, body: expect.stringContaining('the real plan') });
  expect(state.annotations.map((a) => `${a.level}: ${a.message}`).join('\n')).toContain(
    "warning: comment 2 carries this plan's marker but was not written by github-actions[bot]: it is not the plan, and was left as it is",
  );
  // The next plan updates the workflow's own comment, never the forged one.
  writeFileSync(file, 'the real plan, second commit');
  resetCore({ 'body-file': file, marker: 'plan clusters/a.yml', token: '' });
  await run({ comments: pr.client });
  expect(pr.calls).toEqual(['create', 'update 3']);
  expect(pr.comments[1]?.author).toBe('pr-author');
});

test("the plan job's outcome file decides: success posts the plan; a failure or no file posts it failed", async () => {
  const pr = fakePullRequest();
  const dir = mkdtempSync(join(tmpdir(), 'akrida-comment-'));
  const body = join(dir, 'plan.md');
  const outcome = join(dir, 'cluster-plan.outcome');
  writeFileSync(body, 'the plan, as the plan job wrote it');
  const post = async (written: string | undefined) => {
    if (written === undefined) writeFileSync(outcome, '');
    else writeFileSync(outcome, `${written}\n`);
    resetCore({
      'body-file': body,
      marker: 'plan clusters/a.yml',
      'outcome-file': written === undefined ? join(dir, 'none') : outcome,
      token: '',
    });
    await run({ comments: pr.client });
    return pr.comments.at(-1)?.body ?? '';
  };
  expect(await post('success')).toContain('the plan, as the plan job wrote it');
  for (const o of ['failure', 'skipped', undefined]) {
    const shown = await post(o);
    expect(shown).not.toContain('the plan, as the plan job wrote it');
    expect(shown).toMatch(/fail/i);
  }
});
