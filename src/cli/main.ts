// The `akrida` command: validate and plan cluster files, and run workflows, on an operator's machine.
import { parseArgs } from 'node:util';
import { loadClusterFile } from '../config/load.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { offlinePlan } from '../plan/offline-plan.js';
import { TemplateError, TemplateSet } from '../render/render.js';
import { WorkflowError } from '../runner/workflow.js';
import { runWorkflowCommand } from './workflow.js';

const USAGE = `usage: akrida <command> [options]

commands:
  validate --cluster FILE   check a cluster file; one message per problem
  plan --cluster FILE       print the offline plan: resources, build steps, user data, cost
  workflow NAME... --cluster FILE [--simulate] [--time-scale 0.002] [--input KEY=VALUE]...
                            run .github/workflows/NAME.yml here, one after the other: on the
                            simulated AWS with --simulate, else on real AWS through the
                            standard credential chain
`;

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      cluster: { type: 'string', default: 'clusters/perf-example.yml' },
      help: { type: 'boolean' },
      simulate: { type: 'boolean', default: false },
      'time-scale': { type: 'string', default: '0.002' },
      input: { type: 'string', multiple: true, default: [] },
      out: { type: 'string', default: 'out' },
      event: { type: 'string', default: 'workflow_dispatch' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help || !command) {
    out.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'workflow') {
    if (positionals.length === 0) throw new Error(`workflow needs a name, e.g. cluster-up\n${USAGE}`);
    const scale = Number(values['time-scale']);
    if (!(scale > 0)) throw new Error(`--time-scale must be a number above 0 (got ${values['time-scale']})`);
    const inputs = Object.fromEntries(
      (values.input ?? []).map((kv) => {
        const at = kv.indexOf('=');
        if (at < 1) throw new Error(`--input takes KEY=VALUE (got ${kv})`);
        return [kv.slice(0, at), kv.slice(at + 1)];
      }),
    );
    const r = await runWorkflowCommand(
      {
        names: positionals,
        cluster: values.cluster,
        simulate: values.simulate ?? false,
        timeScale: scale,
        inputs,
        outDir: values.out ?? 'out',
        event: values.event ?? 'workflow_dispatch',
      },
      (s) => out.write(s),
    );
    return r.every((x) => x.result === 'success') && r.length === positionals.length ? 0 : 1;
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
      err instanceof WorkflowError ||
      (err instanceof TypeError && 'code' in err)
    ) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`akrida: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 1;
  }
}
