// The `akrida` command: validate and plan cluster files, scaffold new ones, list what there is,
// and run workflows, on an operator's machine. Commander rather than yargs: it suggests the
// nearest command and option for typos out of the box (yargs suggests commands only; an unknown
// option is just "Unknown argument"), gives each command its own --help, and has no dependencies.
// The commands themselves are in cluster-commands.ts and run-commands.ts.
import { Command, CommanderError } from 'commander';
import { closest } from '../config/catalog.js';
import { ConfigError } from '../config/problems.js';
import { DemoError } from '../demo/demo.js';
import { BootstrapInputError } from '../iam/trust.js';
import { TemplateError } from '../render/render.js';
import { repoRoot } from '../runner/runner.js';
import { WorkflowError } from '../runner/workflow.js';
import { addBootstrapCommand } from './bootstrap.js';
import { addClusterCommands } from './cluster-commands.js';
import { painter, wantsColour } from './colour.js';
import { type CliIO, EXIT, EXIT_HELP } from './command-context.js';
import { InitError } from './init.js';
import { UsageError, version, workflowNames } from './options.js';
import { addRunCommands } from './run-commands.js';
import { addApplyCommand } from './saved-plan-commands.js';

export { type CliIO, EXIT } from './command-context.js';
export { workflowNames } from './options.js';

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
  akrida workflow cluster-up load-test cluster-down --cluster clusters/perf-example.yml --simulate -i users=10 -i spawn-rate=10 -i run-time=5
  akrida init perf-team
  akrida bootstrap --repo my-org/akrida-ops
${EXIT_HELP}`,
    );
  const sub = (name: string) =>
    program.command(name).exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });

  const ctx = { io, paint, setExit, sub, root, workflows };
  addClusterCommands(ctx);
  addApplyCommand(ctx);
  addRunCommands(ctx);
  addBootstrapCommand(ctx);
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
    // `akrida help NAME` of no command: commander would print the general help and exit 0.
    const [first, asked] = argv;
    const commands = program.commands.map((c) => c.name());
    if (first === 'help' && asked !== undefined && !commands.includes(asked)) {
      const near = closest(asked, commands);
      throw new UsageError(
        `no command ${asked}${near.length ? `; did you mean ${near.join(' or ')}?` : ''} (commands: ${commands.join(', ')})`,
      );
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
      err instanceof DemoError ||
      err instanceof BootstrapInputError
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
