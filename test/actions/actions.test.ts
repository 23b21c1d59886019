// Each action: its metadata, a committed bundle identical to a fresh build, and its entry point
// adapting inputs and outputs (with @actions/core faked).

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { actionNames, bundleFiles, committedBundleFiles } from '../../scripts/bundle.js';
import { EXAMPLE_FILE, exampleWith } from '../fixtures/cluster-files.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
const { run: validate } = await import('../../actions/validate-cluster/src/main.js');
const { run: plan } = await import('../../actions/plan-cluster/src/main.js');

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe.each(actionNames())('action %s', (name) => {
  const meta = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as ActionYml;

  test('runs on node24 from its committed bundle, with every input and output described', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(meta.description.length).toBeGreaterThan(20);
    for (const [k, v] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect([k, typeof v.description]).toEqual([k, 'string']);
    }
  });

  test('has a committed dist/index.js', () => {
    expect(existsSync(`actions/${name}/dist/index.js`)).toBe(true);
  });
});

test('committed bundles match a fresh build of the sources, with no stale files (run npm run build)', async () => {
  const fresh = await bundleFiles();
  expect(committedBundleFiles()).toEqual([...fresh.keys()].sort());
  for (const [path, text] of fresh) {
    const committed = readFileSync(path, 'utf8');
    expect([path, committed.length]).toEqual([path, text.length]);
    expect([path, committed === text]).toEqual([path, true]);
  }
});

describe('validate-cluster', () => {
  test('sets the cluster outputs', async () => {
    resetCore({ cluster: EXAMPLE_FILE });
    await validate();
    expect(state.failed).toBeUndefined();
    expect(state.outputs).toEqual({
      name: 'perf-example',
      region: 'us-east-1',
      workers: '2',
      'ttl-hours': '12',
    });
  });

  test('fails with one annotation per problem, located in the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-act-'));
    const file = join(dir, 'bad.yml');
    writeFileSync(file, exampleWith([['acapy', 'capacity', 'min'], 2], [['region'], 'mars-1']));
    resetCore({ cluster: file });
    await validate();
    expect(state.failed).toMatch(/^.*bad\.yml: 2 problems; nothing was changed in AWS\./);
    expect(state.annotations).toEqual([
      {
        level: 'error',
        message: 'region: unknown region "mars-1" (e.g. us-east-1)',
        props: { file, startLine: 5, startColumn: 1 },
      },
      {
        level: 'error',
        message: 'acapy.capacity.min: min (2) is above desired (1) (min <= desired <= max)',
        props: { file, startLine: 39, startColumn: 15 },
      },
    ]);
    expect(state.outputs).toEqual({});
  });

  test('a missing input is a clear failure', async () => {
    resetCore({});
    await validate();
    expect(state.failed).toBe('Input required and not supplied: cluster');
  });
});

describe('plan-cluster', () => {
  test('writes the plan, the summary and the hourly cost', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'akrida-plan-')), 'plan.md');
    resetCore({ cluster: EXAMPLE_FILE, 'output-file': out, summary: 'true' });
    await plan();
    expect(state.failed).toBeUndefined();
    expect(state.outputs).toEqual({ 'plan-file': out, 'hourly-cost': '0.4831' });
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('# Plan for cluster perf-example')).toBe(true);
    expect(state.summaryText).toEqual([text]);
  });
});
