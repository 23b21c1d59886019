// Each action: its metadata and its entry point adapting inputs and outputs (with @actions/core
// faked). The committed code in lib/ is tested in bundle.test.ts.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { parse } from 'yaml';
import { actionNames } from '../../scripts/bundle.js';
import { EXAMPLE_FILE, exampleWith } from '../fixtures/cluster-files.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
const { run: validate } = await import('../../actions/validate-cluster/src/main.js');
const { run: plan } = await import('../../actions/plan-cluster/src/main.js');
const { run: listClusters } = await import('../../actions/list-clusters/src/main.js');

/** A scratch clusters directory holding these files (name -> text). */
function clustersDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-clusters-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

describe.each(actionNames())('action %s', (name) => {
  const meta = parse(readFileSync(`actions/${name}/action.yml`, 'utf8')) as ActionYml;

  test('runs on node24 from its committed file in lib/, with every input and output described', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: `../../lib/${name}.js` });
    expect(existsSync(join('actions', name, meta.runs.main))).toBe(true);
    expect(meta.description.length).toBeGreaterThan(20);
    for (const [k, v] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect([k, typeof v.description]).toEqual([k, 'string']);
    }
  });
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
        props: { file, startLine: 38, startColumn: 15 },
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

describe('one canonical path per cluster (concurrency groups are keyed by it)', () => {
  test('another spelling of the same file is refused, located at name:', async () => {
    resetCore({ cluster: './clusters/perf-example.yml' });
    await validate();
    expect(state.failed).toMatch(/1 problem; nothing was changed in AWS/);
    expect(state.annotations).toEqual([
      {
        level: 'error',
        message: expect.stringContaining(
          'name: cluster perf-example must be passed as clusters/perf-example.yml (got ./clusters/perf-example.yml)',
        ),
        props: { file: './clusters/perf-example.yml', startLine: 4, startColumn: 1 },
      },
    ]);
    expect(state.outputs).toEqual({});
  });

  test('a file not named after its name: field is refused', async () => {
    const dir = clustersDir({ 'perf.yml': exampleWith() });
    resetCore({ cluster: join(dir, 'perf.yml') });
    await validate({ clustersDir: dir });
    expect(state.failed).toContain(`must be passed as ${dir}/perf-example.yml`);
  });

  test('two files with one name are both refused', async () => {
    const dir = clustersDir({ 'perf-example.yml': exampleWith(), 'copy.yml': exampleWith() });
    resetCore({ cluster: join(dir, 'perf-example.yml') });
    await validate({ clustersDir: dir });
    expect(state.failed).toContain(`cluster name perf-example is also used by ${dir}/copy.yml`);
    resetCore({ cluster: join(dir, 'perf-example.yml') });
    await listClusters({ clustersDir: dir });
    expect(state.failed).toContain('is also used by');
  });

  test('another file that claims the name counts only when it loads (as list-clusters counts it)', async () => {
    const dir = clustersDir({
      'perf-example.yml': exampleWith(),
      'broken-copy.yml': exampleWith([['region'], 'mars-1']),
      'not-yaml.yml': 'name: perf-example\n  region: [unclosed\n',
      'other.yml': exampleWith([['name'], 'perf-other']),
    });
    resetCore({ cluster: join(dir, 'perf-example.yml') });
    await validate({ clustersDir: dir });
    expect(state.failed).toBeUndefined();
    expect(state.outputs.name).toBe('perf-example');
  });
});

describe('list-clusters', () => {
  test('an unusable file is an error annotation and is skipped; the others and the configured regions are listed', async () => {
    const dir = clustersDir({
      'perf-example.yml': exampleWith(),
      'broken.yml': exampleWith([['region'], 'mars-1']),
      'perf-eu.yml': exampleWith([['name'], 'perf-eu'], [['region'], 'eu-west-1']),
      'misnamed.yml': exampleWith([['name'], 'perf-other']),
    });
    resetCore({ regions: 'us-west-2,,ap-south-1\nnot a region' });
    await listClusters({ clustersDir: dir });
    expect(state.failed).toBeUndefined();
    expect(JSON.parse(state.outputs.clusters ?? '')).toEqual([
      `${dir}/perf-eu.yml`,
      `${dir}/perf-example.yml`,
    ]);
    expect(JSON.parse(state.outputs.regions ?? '')).toEqual([
      'ap-south-1',
      'eu-west-1',
      'us-east-1',
      'us-west-2',
    ]);
    expect(state.annotations.map((a) => [a.props?.file, a.message.split(':')[0]])).toEqual([
      [`${dir}/broken.yml`, 'region'],
      [`${dir}/misnamed.yml`, 'name'],
      [undefined, 'regions'],
    ]);
    expect(state.annotations.every((a) => a.level === 'error')).toBe(true);
  });

  test('a schedule lists the usable files with that cron, even when another file is broken', async () => {
    const dir = clustersDir({ 'perf-example.yml': exampleWith(), 'broken.yml': 'name: [' });
    resetCore({ schedule: '0 20 * * 1-5' });
    await listClusters({ clustersDir: dir });
    expect(state.failed).toBeUndefined();
    expect(state.outputs.clusters).toBe(JSON.stringify([`${dir}/perf-example.yml`]));
    expect(state.annotations.map((a) => a.props?.file)).toEqual([`${dir}/broken.yml`]);
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
