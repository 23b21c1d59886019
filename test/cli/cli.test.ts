// The akrida command as an operator meets it: help, version, typos, unknown options, --json, init,
// exit codes, colour. In-process, no AWS.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { painter, wantsColour } from '../../src/cli/colour.js';
import { loadClusterFile } from '../../src/config/load.js';
import { akrida } from '../fixtures/cli.js';
import { locustAvailable } from '../fixtures/locust.js';

const EXAMPLE = 'clusters/perf-example.yml';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('help and version', () => {
  test('--help, -h and help list every command, examples and the exit codes', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const r = await akrida(argv);
      expect(r.code).toBe(0);
      for (const c of ['validate', 'plan', 'list', 'init', 'workflow'])
        expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
      expect(r.out).toContain('Examples:');
      expect(r.out).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 .*\n {2}2 {2}usage error/);
    }
  });

  test('each command has its own help with examples', async () => {
    for (const c of ['validate', 'plan', 'list', 'init', 'workflow']) {
      const r = await akrida([c, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: akrida ${c}`);
      expect(r.out).toContain(`Examples:\n  akrida ${c}`);
      expect(await akrida(['help', c])).toEqual(r);
    }
  });

  test('workflow help names every generated workflow', async () => {
    const r = await akrida(['workflow', '--help']);
    for (const w of ['cluster-up', 'cluster-down', 'cluster-plan', 'cluster-sweep', 'load-test'])
      expect(r.out).toContain(w);
  });

  test('--version and -V print the package version', async () => {
    expect(await akrida(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
    expect((await akrida(['-V'])).out).toBe(`${pkg.version}\n`);
  });

  test('no arguments: the usage on stderr, exit 2', async () => {
    const r = await akrida([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage: akrida');
  });
});

describe('mistakes get a suggestion and exit 2', () => {
  test('a misspelt command', async () => {
    const r = await akrida(['valdate', EXAMPLE]);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain("unknown command 'valdate'");
    expect(r.err).toContain('Did you mean validate?');
  });

  test('a misspelt option, quoted evenly', async () => {
    const r = await akrida(['plan', '--clustr', EXAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: unknown option '--clustr'");
    expect(r.err).toContain('Did you mean --cluster?');
    expect(r.err.split("'").length % 2).toBe(1);
  });

  test('help for a misspelt command', async () => {
    const r = await akrida(['help', 'valdate']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('no command valdate; did you mean validate?');
  });

  test('an option no command knows', async () => {
    const r = await akrida(['list', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--frobnicate'");
  });

  test('a misspelt workflow name, with the list of workflows', async () => {
    const r = await akrida(['workflow', 'clster-up', '--cluster', EXAMPLE, '--simulate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no workflow clster-up; did you mean cluster-up?');
    expect(r.err).toContain('load-test');
  });

  test('a bad option value', async () => {
    const r = await akrida(['workflow', 'cluster-up', '--cluster', EXAMPLE, '--time-scale', 'fast']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('expected a number above 0');
    const kv = await akrida(['workflow', 'load-test', '--cluster', EXAMPLE, '-i', 'users']);
    expect(kv.code).toBe(2);
    expect(kv.err).toContain('expected KEY=VALUE');
    const users = await akrida(['demo', '--cluster', EXAMPLE, '--users', '1.5']);
    expect(users.code).toBe(2);
    expect(users.err).toContain('expected a whole number above 0');
  });

  test('no cluster file: there is no default, the error names the files there are', async () => {
    for (const argv of [['validate'], ['plan'], ['workflow', 'cluster-up', '--simulate']]) {
      const r = await akrida(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain(
        'which cluster? pass --cluster FILE (here: clusters/example.yml, clusters/perf-example.yml)',
      );
    }
  });
});

describe('--json', () => {
  test('validate: a valid file', async () => {
    const r = await akrida(['validate', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      file: EXAMPLE,
      valid: true,
      cluster: { name: 'perf-example', region: 'us-east-1' },
      problems: [],
    });
  });

  test('validate: an invalid file gives its located problems and exit 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'akrida-cli-')), 'bad.yml');
    writeFileSync(file, readFileSync(EXAMPLE, 'utf8').replace('region: us-east-1', 'region: us-est-1'));
    const r = await akrida(['validate', '--cluster', file, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.valid).toBe(false);
    expect(j.problems).toEqual([
      expect.objectContaining({ file, line: 5, severity: 'error', path: ['region'] }),
    ]);
    expect(j.problems[0].hint).toContain('us-east-1');
  });

  test('plan: resources, build steps with the critical path, and cost as data', async () => {
    const r = await akrida(['plan', '--cluster', EXAMPLE, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.cluster).toBe('perf-example');
    expect(j.resources.length).toBeGreaterThan(5);
    const critical = j.buildSteps
      .filter((s: { critical: boolean }) => s.critical)
      .map((s: { id: string }) => s.id);
    expect(critical.sort()).toEqual([...j.criticalPath].sort());
    expect(j.cost.hourly).toBeCloseTo(
      j.cost.lines.reduce((n: number, l: { hourly: number }) => n + l.hourly, 0),
      4,
    );
  });

  test('plan: an invalid file is answered in JSON too, with its problems and exit 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'akrida-cli-')), 'bad.yml');
    writeFileSync(file, readFileSync(EXAMPLE, 'utf8').replace('region: us-east-1', 'region: us-est-1'));
    const r = await akrida(['plan', '--cluster', file, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ file, valid: false });
    expect(j.problems).toEqual([expect.objectContaining({ line: 5, path: ['region'] })]);
  });

  test('list: cluster files and workflows', async () => {
    const r = await akrida(['list', '--json']);
    const j = JSON.parse(r.out);
    expect(j.clusters).toContainEqual({
      file: EXAMPLE,
      name: 'perf-example',
      region: 'us-east-1',
      valid: true,
    });
    expect(j.workflows).toEqual(expect.arrayContaining(['cluster-up', 'load-test', 'cluster-down']));
  });
});

describe('init', () => {
  test('scaffolds a valid cluster file under the new name, with guidance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-init-'));
    const r = await akrida(['init', 'perf-team', '--dir', dir]);
    expect(r.code).toBe(0);
    const file = join(dir, 'perf-team.yml');
    expect(r.out).toContain(`wrote ${file}`);
    const { cluster } = loadClusterFile(file);
    expect(cluster.name).toBe('perf-team');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('perf-example');
    expect(text).toContain('{ parameter: /akrida/perf-team/acapy-admin-api-key }');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    expect(text).toContain('replace:');
    // Every example the guidance gives is one the schema takes.
    expect(text).toContain('{ githubSecret: ACAPY_ADMIN_API_KEY }');
    expect(text).not.toMatch(/githubSecret: perf-team/);
  });

  test('refuses to overwrite without --force, and bad names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-init-'));
    expect((await akrida(['init', 'perf-team', '--dir', dir])).code).toBe(0);
    const again = await akrida(['init', 'perf-team', '--dir', dir]);
    expect(again.code).toBe(2);
    expect(again.err).toContain('exists; pass --force');
    expect((await akrida(['init', 'perf-team', '--dir', dir, '--force'])).code).toBe(0);
    const bad = await akrida(['init', 'Perf_Team', '--dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not a usable cluster name');
    expect((await akrida(['init'])).code).toBe(2);
  });
});

describe('colour', () => {
  test('only on a terminal, and never with NO_COLOR', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });

  test('the plain painter leaves text alone; the colour one marks outcomes', () => {
    expect(painter(false)('[validate] success')).toBe('[validate] success');
    expect(painter(true)('[validate] failure')).toBe('[validate] \u001b[31mfailure\u001b[39m');
  });

  test('validate output has no escape codes when colour is off', async () => {
    expect((await akrida(['validate', EXAMPLE])).out).not.toContain('\u001b[');
  });
});

describe('workflow runs', () => {
  test('every simulated workflow example in the help runs', async () => {
    const help = (await akrida(['--help'])).out + (await akrida(['workflow', '--help'])).out;
    const examples = [...help.matchAll(/^ {2}akrida (workflow .*--simulate.*)$/gm)].map((m) => m[1] ?? '');
    expect(examples.some((e) => e.includes('load-test'))).toBe(true);
    for (const example of new Set(examples)) {
      if (example.includes('load-test') && !locustAvailable()) continue; // needs python3-locust
      const out = mkdtempSync(join(tmpdir(), 'akrida-out-'));
      const r = await akrida([...example.split(' '), '--out', out]);
      // On a failure, what the run said: the job and step that failed, and why.
      const said = r.code === 0 ? '' : `${r.out}${r.err}`.slice(-3000);
      expect({ example, code: r.code, said }).toEqual({ example, code: 0, said: '' });
    }
  }, 120_000);

  test('a simulated load test alone fails, says why in its summary, and says how to chain', async () => {
    const out = mkdtempSync(join(tmpdir(), 'akrida-out-'));
    const r = await akrida(['workflow', 'load-test', '--cluster', EXAMPLE, '--simulate', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'note: the simulated AWS lives in this process only; load-test needs a cluster built in the same run: akrida workflow cluster-up load-test',
    );
    const [runId] = readdirSync(join(out, 'runs'));
    const summary = readFileSync(join(out, 'runs', runId ?? '', 'load-test-summary.md'), 'utf8');
    expect(summary).toMatch(
      /## Failed\n\n\| job \| step \| reason \|\n\|---\|---\|---\|\n\| run \| Run the load test through the Locust master \| .+ \|/,
    );
  });

  test('a stateful workflow alone on the simulated AWS says the account is fresh', async () => {
    const out = mkdtempSync(join(tmpdir(), 'akrida-out-'));
    const r = await akrida(['workflow', 'cluster-down', '--cluster', EXAMPLE, '--simulate', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('a fresh account: only what this command');
    expect(r.out).toContain('chain workflows, e.g. cluster-up cluster-plan cluster-down, to share it');
  });

  test('cluster-up hides the no-op steps unless --verbose', async () => {
    const quiet = await akrida([
      'workflow',
      'cluster-up',
      '--cluster',
      EXAMPLE,
      '--simulate',
      '--out',
      mkdtempSync(join(tmpdir(), 'akrida-out-')),
    ]);
    expect(quiet.code).toBe(0);
    expect(quiet.out).not.toMatch(/Check out|AWS credentials|Time started|nothing to do locally/);
    const verbose = await akrida([
      'workflow',
      'cluster-up',
      '--cluster',
      EXAMPLE,
      '--simulate',
      '--verbose',
      '--out',
      mkdtempSync(join(tmpdir(), 'akrida-out-')),
    ]);
    expect(verbose.code).toBe(0);
    expect(verbose.out).toContain('actions/checkout: nothing to do locally');
    expect(verbose.out).toContain('Time started');
    // Every job's checkout and credentials steps, hidden above, are shown with --verbose.
    expect(verbose.out.match(/nothing to do locally/g)?.length).toBeGreaterThanOrEqual(10);
    expect(quiet.out.split('\n').length).toBeLessThan(verbose.out.split('\n').length);
  }, 60_000);
});
