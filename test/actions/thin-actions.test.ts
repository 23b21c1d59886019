// Entry points are thin: each declares its interface (inputs, outputs, descriptions: what action.yml
// is generated from) and adapts it to one library call in at most 25 lines, and a bad input fails the
// step naming the input and what it must be, before any AWS call.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { actionEntryFile } from '../../scripts/bench-action-env.js';
import { actionNames, LIB_DIR } from '../../scripts/bundle.js';
import type { ActionDeps } from '../../src/action/context.js';
import type { AwsClients } from '../../src/aws/clients.js';
import { EXAMPLE_FILE } from '../fixtures/cluster-files.js';
import { fakeCore, resetCore, state } from '../fixtures/core.js';

jest.unstable_mockModule('@actions/core', () => fakeCore);
// After the mock: inputs are read through @actions/core.
const { input, readInputs } = await import('../../src/action/inputs.js');
type Run = (deps?: ActionDeps) => Promise<void>;
const load = async (name: string): Promise<Run> => (await import(`../../actions/${name}/src/main.js`)).run;

/** Clients that record every call and answer none: any AWS call shows up in `calls`. */
function recordingClients() {
  const calls: string[] = [];
  const client = (service: string) => ({
    send: async (command: object) => {
      calls.push(`${service}:${command.constructor.name}`);
      throw new Error('no AWS in this test');
    },
  });
  const clients = {
    ec2: client('ec2'),
    autoScaling: client('autoScaling'),
    elbv2: client('elbv2'),
    ssm: client('ssm'),
    sts: client('sts'),
  } as unknown as AwsClients;
  return { calls, clients };
}

describe.each(actionNames())('entry point of %s', (name) => {
  const source = readFileSync(`actions/${name}/src/main.ts`, 'utf8');

  test('adapts its inputs to the library in at most 25 lines (its run function)', () => {
    const lines = source.trimEnd().split('\n');
    const start = lines.findIndex((l) => /^ {2}run: async/.test(l));
    expect([name, start > 0 && lines.length - start <= 25]).toEqual([name, true]);
  });

  test('reads its inputs only through the declared, typed inputs', () => {
    expect([name, source.match(/getInput|getBooleanInput|Number\(/g)]).toEqual([name, null]);
    expect(source).toMatch(
      /export const run = (clusterAction|renderingClusterAction|clusterFileAction|defineAction)\('/,
    );
  });
});

describe('a bad number input fails naming the input, before any AWS call', () => {
  test.each([
    [
      'set-capacity',
      { tier: 'worker', desired: 'many' },
      'input desired must be a whole number (got "many")',
    ],
    ['set-capacity', { tier: 'worker', min: '-1' }, 'input min must be a whole number (got "-1")'],
    [
      'verify-cluster',
      { 'settle-seconds': 'soon' },
      'input settle-seconds must be a whole number up to 86400 (got "soon")',
    ],
    [
      'run-on-instances',
      { tags: 'a=b', script: 'true', 'timeout-seconds': '0' },
      'input timeout-seconds must be a whole number from 1 to 172800 (got "0")',
    ],
    [
      'ensure-auto-scaling-group',
      { tier: 'worker', workers: '2.5' },
      'input workers must be a whole number up to 10000 (got "2.5")',
    ],
    [
      'set-default-template-version',
      { tier: 'acapy', version: 'latest' },
      'input version must be a whole number of at least 1 (got "latest")',
    ],
    ['run-load-test', { users: 'NaN' }, 'input users must be a whole number from 1 to 1000000 (got "NaN")'],
    [
      'run-load-test',
      { users: '0', 'max-fail-ratio': '2', 'spawn-rate': '1e3' },
      'input users must be a whole number from 1 to 1000000 (got "0"); input spawn-rate must be a number from 0 to 10000 (got "1e3"); input max-fail-ratio must be a number from 0 to 1 (got "2")',
    ],
  ])('%s %j', async (name, inputs, message) => {
    const { calls, clients } = recordingClients();
    resetCore({ cluster: EXAMPLE_FILE, ...inputs });
    await (await load(name))({ clients });
    expect(state.failed).toBe(message);
    expect(calls).toEqual([]);
    expect(state.outputs).toEqual({});
  });

  test('an input that needs another fails before any AWS call too', async () => {
    const { calls, clients } = recordingClients();
    resetCore({ cluster: EXAMPLE_FILE, transport: 'http' });
    await (await load('run-load-test'))({ clients });
    expect(state.failed).toBe('transport http needs master-url');
    resetCore({ cluster: EXAMPLE_FILE, tier: 'worker', min: '5', desired: '3' });
    await (await load('set-capacity'))({ clients });
    expect(state.failed).toBe(
      'capacity 5/3/10 (min/desired/max) is out of order: min (5) is above desired (3); give min <= desired <= max',
    );
    expect(calls).toEqual([]);
  });
});

describe('declared inputs', () => {
  const read = (raw: Record<string, string>) => {
    resetCore(raw);
    const description = 'd';
    return readInputs({
      tier: input.choice(['acapy', 'worker'], { description }),
      mode: input.choice(['file', 'destroy'], { fallback: 'file', description }),
      wait: input.boolean({ fallback: true, description }),
      ratio: input.decimal({ max: 1, description }),
      count: input.integer({ fallback: 2, description }),
      ids: input.list({ description }),
      note: input.text({ fallback: 'none', description }),
    });
  };

  test('absent inputs take their defaults; given ones are parsed', () => {
    expect(read({ tier: 'worker' })).toEqual({
      tier: 'worker',
      mode: 'file',
      wait: true,
      ratio: undefined,
      count: 2,
      ids: [],
      note: 'none',
    });
    expect(
      read({ tier: 'acapy', wait: 'False', ratio: '.25', count: '7', ids: 'i-1, i-2\ni-3', note: 'x' }),
    ).toEqual({
      tier: 'acapy',
      mode: 'file',
      wait: false,
      ratio: 0.25,
      count: 7,
      ids: ['i-1', 'i-2', 'i-3'],
      note: 'x',
    });
  });

  test('a choice without a default must be given; a boolean is spelled as YAML booleans are', () => {
    expect(() => read({})).toThrow('input tier must be one of acapy, worker (got "")');
    expect(() => read({ tier: 'worker', wait: 'yes' })).toThrow(
      'input wait must be true or false (got "yes")',
    );
  });

  test('a required text input fails as @actions/core says it', () => {
    resetCore({});
    expect(() => readInputs({ marker: input.text({ required: true, description: 'd' }) })).toThrow(
      'Input required and not supplied: marker',
    );
  });
});

describe('what an action loads only when it uses it', () => {
  // Every action starts by loading lib/akrida.js and lib/vendor.js; handlebars (renderers, at their
  // first render) and @actions/github (comment-plan) are their own files, loaded on first use.
  /** Every file an action loads at start: its entry and the static imports, transitively. */
  function loaded(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s*(?:[^'"]*from\s*)?['"](\.[^'"]+)['"]/gm))
      if (m[1]) loaded(resolve(dirname(file), m[1]), seen);
    return seen;
  }
  const atStart = [...new Set(actionNames().flatMap((n) => [...loaded(actionEntryFile('.', n))]))].sort();

  test('every action starts from lib/<name>.js, akrida.js and vendor.js, and nothing else', () => {
    const lib = resolve(LIB_DIR);
    expect(atStart.filter((f) => !/\/lib\/(akrida|vendor)\.js$/.test(f)).length).toBe(actionNames().length);
    expect(atStart.every((f) => dirname(f) === lib)).toBe(true);
  });

  test.each([
    // Strings only handlebars' compiler and octokit hold.
    ['handlebars', 'knownHelpersOnly', 'handlebars.cjs'],
    ['@actions/github', 'octokit-core.js', 'github.js'],
  ])('%s is in its own file, loaded on first use', (_pkg, marker, file) => {
    expect(atStart.filter((f) => readFileSync(f, 'utf8').includes(marker))).toEqual([]);
    expect(readFileSync(join(LIB_DIR, file), 'utf8')).toContain(marker);
  });
});
