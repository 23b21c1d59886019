// The `akrida` command: validate and plan cluster files, scaffold new ones, list what there is,
// and run workflows, on an operator's machine. Commander rather than yargs: it suggests the
// nearest command and option for typos out of the box (yargs suggests commands only; an unknown
// option is just "Unknown argument"), gives each command its own --help, and has no dependencies.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { closest } from '../config/catalog.js';
import { loadClusterFile } from '../config/load.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { DemoError, runDemo } from '../demo/demo.js';
import { clusterFiles } from '../ops/list-clusters.js';
import { offlinePlan } from '../plan/offline-plan.js';
import { TemplateError, TemplateSet } from '../render/render.js';
import { repoRoot } from '../runner/runner.js';
import { WorkflowError } from '../runner/workflow.js';
import { painter, wantsColour } from './colour.js';
import { InitError, initCluster } from './init.js';
import { planJson, validateJson } from './json.js';
import { runWorkflowCommand } from './workflow.js';

/** Exit codes, documented in the README and in `akrida --help`. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const EXIT_HELP = `
Exit codes:
  0  success
  1  the work failed: an invalid cluster file, a failed workflow or gate, an AWS error
  2  usage error: unknown command or option, missing or bad argument`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  colour: boolean;
  env: NodeJS.ProcessEnv;
}

export function workflowNames(root = repoRoot()): string[] {
  return readdirSync(join(root, '.github/workflows'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.replace(/\.yml$/, ''))
    .sort();
}

function version(root = repoRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

class UsageError extends Error {}

const positiveNumber = (v: string) => {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError('expected a number above 0, e.g. 0.002');
  return n;
};
const keyValue = (v: string, prev: string[] = []) => {
  if (v.indexOf('=') < 1) throw new InvalidArgumentError('expected KEY=VALUE, e.g. users=50');
  return [...prev, v];
};

function clusterOption(): Option {
  return new Option('-c, --cluster <file>', 'cluster file, e.g. clusters/perf-example.yml');
}

/** The cluster file from --cluster or the positional argument; there is no default. */
function clusterOf(opts: { cluster?: string }, positional?: string): string {
  const file = opts.cluster ?? positional;
  if (!file) {
    const known = clusterFiles();
    throw new UsageError(
      `which cluster? pass --cluster FILE${known.length ? ` (here: ${known.join(', ')})` : '; make one with akrida init NAME'}`,
    );
  }
  return file;
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const root = repoRoot();
  const paint = painter(io.colour);
  const workflows = workflowNames(root);
  const program = new Command('akrida')
    .description('Build, verify, load-test and tear down a clustered Akrida environment on AWS.')
    .version(version(root), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for akrida or a command')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .addHelpText(
      'after',
      `
Examples:
  akrida validate clusters/perf-example.yml
  akrida plan --cluster clusters/perf-example.yml
  akrida workflow cluster-up load-test cluster-down --cluster clusters/perf-example.yml --simulate
  akrida init perf-team
${EXIT_HELP}`,
    );
  const sub = (name: string) =>
    program.command(name).exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });

  sub('validate')
    .description('check a cluster file before anything touches AWS; one message per problem')
    .argument('[file]', 'cluster file (or --cluster)')
    .addOption(clusterOption())
    .option('--json', 'print {file, valid, cluster, problems} as JSON')
    .addHelpText(
      'after',
      `
Examples:
  akrida validate clusters/perf-example.yml
  akrida validate --cluster clusters/perf-example.yml --json | jq .valid`,
    )
    .action((file: string | undefined, opts: { cluster?: string; json?: boolean }) => {
      const path = clusterOf(opts, file);
      if (opts.json) {
        const r = validateJson(path);
        io.out(`${JSON.stringify(r, null, 2)}\n`);
        setExit(r.valid ? EXIT.ok : EXIT.failed);
        return;
      }
      const loaded = loadClusterFile(path);
      for (const w of loaded.warnings) io.out(`${paint(formatProblem(w))}\n`);
      io.out(`${paint(`${loaded.file}: valid cluster ${loaded.cluster.name}`)}\n`);
    });

  sub('plan')
    .description('the offline plan: resources, build steps and critical path, user data, .env files, cost')
    .addOption(clusterOption())
    .option('--json', 'print resources, build steps, critical path and cost as JSON')
    .addHelpText(
      'after',
      `
Examples:
  akrida plan --cluster clusters/perf-example.yml > plan.md
  akrida plan --cluster clusters/perf-example.yml --json | jq .cost.hourly`,
    )
    .action((opts: { cluster?: string; json?: boolean }) => {
      const loaded = loadClusterFile(clusterOf(opts));
      io.out(
        opts.json ? `${JSON.stringify(planJson(loaded), null, 2)}\n` : offlinePlan(loaded, new TemplateSet()),
      );
    });

  sub('list')
    .description('the cluster files and the workflows of this repository')
    .option('--json', 'print {clusters, workflows} as JSON')
    .addHelpText('after', '\nExamples:\n  akrida list\n  akrida list --json | jq -r ".workflows[]"')
    .action((opts: { json?: boolean }) => {
      const clusters = clusterFiles().map((file) => {
        try {
          const c = loadClusterFile(file).cluster;
          return { file, name: c.name, region: c.region, valid: true };
        } catch {
          return { file, name: null, region: null, valid: false };
        }
      });
      if (opts.json) {
        io.out(`${JSON.stringify({ clusters, workflows }, null, 2)}\n`);
        return;
      }
      io.out('clusters:\n');
      for (const c of clusters)
        io.out(
          `  ${c.file}  ${c.valid ? `${c.name} (${c.region})` : paint('invalid: akrida validate it')}\n`,
        );
      io.out(`workflows:\n${workflows.map((w) => `  ${w}\n`).join('')}`);
    });

  sub('init')
    .description('scaffold clusters/NAME.yml from the example, with what to replace')
    .argument('<name>', 'cluster name: lower-case letters, digits and -, e.g. perf-team')
    .option('--dir <dir>', 'folder for the new file', 'clusters')
    .option('--force', 'replace an existing file')
    .addHelpText('after', '\nExamples:\n  akrida init perf-team\n  akrida init perf-team --dir /tmp/clusters')
    .action((name: string, opts: { dir: string; force?: boolean }) => {
      const path = initCluster(name, {
        dir: opts.dir,
        example: join(root, 'clusters/perf-example.yml'),
        force: opts.force,
      });
      io.out(`wrote ${path}; edit the values its header lists, then: akrida validate ${path}\n`);
    });

  sub('workflow')
    .description(
      'run .github/workflows/NAME.yml here, one after the other: on the simulated AWS with --simulate, else on real AWS through the standard credential chain',
    )
    .argument('<names...>', `workflows: ${workflows.join(', ')}`)
    .addOption(clusterOption())
    .option('--simulate', 'run on the simulated AWS in this process (no credentials, no network)')
    .option('--time-scale <factor>', 'simulated seconds to real seconds', positiveNumber, 0.002)
    .option('-i, --input <key=value>', 'workflow input; repeat for more', keyValue, [])
    .option('--out <dir>', 'results folder; each run writes to <dir>/runs/<run id>/', 'out')
    .option('--event <name>', 'event that triggers the workflows', 'workflow_dispatch')
    .option('-v, --verbose', 'also show steps that do nothing here (checkout, credentials, timestamps)')
    .addHelpText(
      'after',
      `
The simulated AWS lives in one process: chain the workflows that need each other's state.

Examples:
  akrida workflow cluster-up --cluster clusters/perf-example.yml --simulate
  akrida workflow cluster-up load-test cluster-down --cluster clusters/perf-example.yml --simulate
  akrida workflow load-test --cluster clusters/perf-example.yml -i users=50 -i run-time=300`,
    )
    .action(
      async (
        names: string[],
        opts: {
          cluster?: string;
          simulate?: boolean;
          timeScale: number;
          input: string[];
          out: string;
          event: string;
          verbose?: boolean;
        },
      ) => {
        for (const n of names) {
          if (!workflows.includes(n)) {
            const near = closest(n, workflows);
            throw new UsageError(
              `no workflow ${n}${near.length ? `; did you mean ${near.join(' or ')}?` : ''} (workflows: ${workflows.join(', ')})`,
            );
          }
        }
        const inputs = Object.fromEntries(
          opts.input.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
        );
        const r = await runWorkflowCommand(
          {
            names,
            cluster: clusterOf(opts),
            simulate: opts.simulate ?? false,
            timeScale: opts.timeScale,
            inputs,
            outDir: opts.out,
            event: opts.event,
            verbose: opts.verbose ?? false,
          },
          (s) => io.out(paint(s)),
        );
        setExit(r.every((x) => x.result === 'success') && r.length === names.length ? EXIT.ok : EXIT.failed);
      },
    );
  sub('demo')
    .description(
      'cluster-up, load-test and cluster-down on the simulated AWS in this process, with a real Locust (python3-locust) on 127.0.0.1 against an ACA-Py stand-in',
    )
    .addOption(clusterOption())
    .option('--run-time <seconds>', 'seconds of real load', positiveNumber, 20)
    .option('--users <n>', 'Locust users', positiveNumber, 10)
    .option('--fail-gate', 'raise the requests-per-second gate out of reach so the load test fails on it')
    .option(
      '--time-scale <factor>',
      'simulated seconds to real seconds while building',
      positiveNumber,
      0.002,
    )
    .option('--out <dir>', 'results folder; the run writes to <dir>/runs/<run id>/', 'out')
    .option('-v, --verbose', 'also show steps that do nothing here')
    .addHelpText(
      'after',
      `
Examples:
  akrida demo --cluster clusters/perf-example.yml
  akrida demo --cluster clusters/perf-example.yml --fail-gate --run-time 10`,
    )
    .action(
      async (opts: {
        cluster?: string;
        runTime: number;
        users: number;
        failGate?: boolean;
        timeScale: number;
        out: string;
        verbose?: boolean;
      }) => {
        const { results } = await runDemo(
          {
            cluster: clusterOf(opts),
            outDir: opts.out,
            runTime: opts.runTime,
            users: opts.users,
            failGate: opts.failGate ?? false,
            timeScale: opts.timeScale,
            verbose: opts.verbose,
          },
          (s) => io.out(paint(s)),
        );
        setExit(results.every((r) => r.result === 'success') ? EXIT.ok : EXIT.failed);
      },
    );
  return program;
}

/** Runs the CLI and returns its exit code; output goes through io, never straight to the process. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "exit" with 0; everything else commander reports is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError || err instanceof InitError) {
      io.err(`akrida: ${err.message}\n`);
      return err instanceof UsageError ? EXIT.usage : EXIT.failed;
    }
    if (
      err instanceof ConfigError ||
      err instanceof TemplateError ||
      err instanceof WorkflowError ||
      err instanceof DemoError
    ) {
      io.err(`${err.message}\n`);
      return EXIT.failed;
    }
    io.err(`akrida: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
}

export async function runCli(argv: string[]): Promise<void> {
  process.exitCode = await main(argv, {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    colour: wantsColour(process.stdout),
    env: process.env,
  });
}
