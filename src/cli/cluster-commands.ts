// The commands about cluster files: validate, plan, list, init.
import { join } from 'node:path';
import { loadClusterFile } from '../config/load.js';
import { formatProblem } from '../config/problems.js';
import { clusterFiles } from '../ops/list-clusters.js';
import { offlinePlan } from '../plan/offline-plan.js';
import { TemplateSet } from '../render/render.js';
import { type CommandContext, EXIT } from './command-context.js';
import { initCluster } from './init.js';
import { planJson, validateJson } from './json.js';
import { clusterOf, clusterOption, positiveWhole, UsageError } from './options.js';
import { livePlanCommand } from './saved-plan-commands.js';

interface PlanOptions {
  cluster?: string;
  json?: boolean;
  live?: boolean;
  out?: string;
  workers?: number;
  rebuildImages?: boolean;
  refresh?: boolean;
}

export function addClusterCommands({ io, paint, setExit, sub, root, workflows }: CommandContext): void {
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
    .option('--live', 'plan against AWS as it is (credential chain; describe calls only)')
    .option('--out <file>', 'with --live: save the plan (fingerprints of what it read) for akrida apply')
    .option(
      '--workers <n>',
      "with --live: the run's worker count, as cluster-up's workers input",
      positiveWhole,
    )
    .option('--rebuild-images', "with --live: bake the images again, as cluster-up's rebuild-images")
    .option(
      '--refresh',
      "with --live: replace instances off the new template version, as cluster-up's refresh",
    )
    .addHelpText(
      'after',
      `
Examples:
  akrida plan --cluster clusters/perf-example.yml > plan.md
  akrida plan --cluster clusters/perf-example.yml --json | jq .cost.hourly
  akrida plan --cluster clusters/perf-example.yml --live --out plan.json && akrida apply plan.json`,
    )
    .action(async (opts: PlanOptions) => {
      const file = clusterOf(opts);
      if (opts.out && !opts.live) throw new UsageError('--out saves a live plan: add --live');
      if (!opts.live && (opts.workers || opts.rebuildImages || opts.refresh))
        throw new UsageError(
          '--workers, --rebuild-images and --refresh are options of a live plan: add --live',
        );
      if (opts.live && opts.json)
        throw new UsageError('--json is the offline plan; a live plan is saved with --out');
      if (opts.live)
        return livePlanCommand({ io }, file, opts.out, {
          ...(opts.workers === undefined ? {} : { workers: opts.workers }),
          rebuildImages: opts.rebuildImages === true,
          refresh: opts.refresh === true,
        });
      if (opts.json) {
        // A file that does not validate is still answered in JSON: {file, valid: false, problems}.
        const v = validateJson(file);
        if (!v.valid) {
          io.out(`${JSON.stringify({ file, valid: false, problems: v.problems }, null, 2)}\n`);
          setExit(EXIT.failed);
          return;
        }
        io.out(`${JSON.stringify({ valid: true, ...planJson(loadClusterFile(file)) }, null, 2)}\n`);
        return;
      }
      io.out(offlinePlan(loadClusterFile(file), new TemplateSet()));
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
    .option(
      '--from-zero',
      'the toolkit makes the database, issuer and Locust machines (clusters/example.yml)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  akrida init perf-team\n  akrida init perf-team --from-zero\n  akrida init perf-team --dir /tmp/clusters',
    )
    .action((name: string, opts: { dir: string; force?: boolean; fromZero?: boolean }) => {
      const path = initCluster(name, {
        dir: opts.dir,
        example: join(root, opts.fromZero ? 'clusters/example.yml' : 'clusters/perf-example.yml'),
        force: opts.force,
        fromZero: opts.fromZero,
      });
      io.out(`wrote ${path}; edit the values its header lists, then: akrida validate ${path}\n`);
    });
}
