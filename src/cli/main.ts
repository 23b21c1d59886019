// The `akrida` command: validate and plan cluster files on an operator's machine.
import { parseArgs } from 'node:util';
import { loadClusterFile } from '../config/load.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { offlinePlan } from '../plan/offline-plan.js';
import { TemplateError, TemplateSet } from '../render/render.js';

const USAGE = `usage: akrida <command> [options]

commands:
  validate --cluster FILE   check a cluster file; one message per problem
  plan --cluster FILE       print the offline plan: resources, build steps, user data, cost
`;

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { cluster: { type: 'string', default: 'clusters/example.yml' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help || !command) {
    out.write(USAGE);
    return command ? 0 : 2;
  }
  const loaded = loadClusterFile(values.cluster);
  switch (command) {
    case 'validate':
      for (const w of loaded.warnings) out.write(`${formatProblem(w)}\n`);
      out.write(`${loaded.file}: valid cluster ${loaded.cluster.name}\n`);
      return 0;
    case 'plan':
      out.write(offlinePlan(loaded, new TemplateSet()));
      return 0;
    default:
      out.write(`unknown command ${command}\n${USAGE}`);
      return 2;
  }
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    if (
      err instanceof ConfigError ||
      err instanceof TemplateError ||
      (err instanceof TypeError && 'code' in err)
    ) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`akrida: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
