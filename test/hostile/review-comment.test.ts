// A cluster file can make its own plan longer than a pull-request comment holds (GitHub refuses
// bodies over 65,536 characters). The comment step then failed and the previous plan comment, for
// an earlier and innocent commit, stayed on show as if it were current.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { type CommentsClient, markerLine } from '../../src/action/pull-request.js';
import { parseClusterText } from '../../src/config/load.js';
import { offlinePlan } from '../../src/plan/offline-plan.js';
import { TemplateSet } from '../../src/render/render.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
const { run } = await import('../../actions/comment-plan/src/main.js');

test('a valid file whose plan is too long replaces the old plan comment with a notice, and fails', async () => {
  // 40 extra .env keys of 4 KB each: valid, and each value is shown in several .env files and scripts.
  const env = Object.fromEntries(
    Array.from({ length: 40 }, (_, i) => [`EXTRA_${i}`, `${'word '.repeat(800)}end`]),
  );
  const loaded = parseClusterText(exampleWith([['locust', 'environment'], env]), 'clusters/perf-example.yml');
  const plan = offlinePlan(loaded, new TemplateSet());
  expect(plan.length).toBeGreaterThan(65_536);

  const marker = 'plan clusters/perf-example.yml';
  const comments = [
    {
      id: 7,
      body: `${markerLine(marker)}\nplan of an earlier, innocent commit`,
      author: 'github-actions[bot]',
    },
  ];
  const client: CommentsClient = {
    author: 'github-actions[bot]',
    list: async () => comments.map((c) => ({ ...c })),
    create: async () => {
      throw new Error('not expected');
    },
    update: async (id, body) => {
      if (body.length > 65_536)
        throw new Error('Validation Failed: body is too long (maximum is 65536 characters)');
      const c = comments.find((x) => x.id === id);
      if (c) c.body = body;
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'akrida-comment-')), 'plan.md');
  writeFileSync(file, plan);
  resetCore({ 'body-file': file, marker, token: '' });
  await run({ comments: client });

  expect(comments[0]?.body).not.toContain('earlier, innocent commit');
  expect(comments[0]?.body).toContain('too long for a pull-request comment');
  expect(comments[0]?.body).not.toContain('EXTRA_0');
  expect(state.failed).toMatch(/more than a pull-request comment holds/);
});
