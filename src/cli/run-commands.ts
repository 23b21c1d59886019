// The commands that run workflows: any of .github/workflows here, and the demo with a real Locust.
import { closest } from '../config/catalog.js';
import { runDemo } from '../demo/demo.js';
import { NEEDS_LOCUST, runWithLocalLocust } from '../demo/local-load-test.js';
import { locustAvailable } from '../demo/local-locust.js';
import { regressionDemoOutcome, runRegressionDemo } from '../demo/regression-demo.js';
import { type CommandContext, EXIT } from './command-context.js';
import { clusterOf, clusterOption, keyValue, positiveNumber, positiveWhole, UsageError } from './options.js';
import { runWorkflowCommand } from './workflow.js';

export function addRunCommands({ io, paint, setExit, sub, workflows }: CommandContext): void {
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
The simulated AWS lives in one process: chain the workflows that need each other's state. A
simulated load-test runs, in real time, a real Locust (python3-locust) on 127.0.0.1 against a
local ACA-Py stand-in, as \`akrida demo\` does. An input goes to the workflows that take it.

Examples:
  akrida workflow cluster-up --cluster clusters/perf-example.yml --simulate
  akrida workflow cluster-up cluster-down --cluster clusters/perf-example.yml --simulate
  akrida workflow cluster-up load-test cluster-down --cluster clusters/perf-example.yml --simulate -i users=10 -i spawn-rate=10 -i run-time=5
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
        const cmd = {
          names,
          cluster: clusterOf(opts),
          simulate: opts.simulate ?? false,
          timeScale: opts.timeScale,
          inputs,
          outDir: opts.out,
          event: opts.event,
          verbose: opts.verbose ?? false,
        };
        const write = (s: string) => io.out(paint(s));
        // A simulated load test needs a Locust master: a real one on 127.0.0.1, when installed.
        const needsLocust = cmd.simulate && (names.includes('load-test') || names.includes('regression'));
        const withLocust = needsLocust && locustAvailable();
        if (needsLocust && !withLocust) write(`note: ${NEEDS_LOCUST}; the load test will fail\n`);
        const r = withLocust
          ? (await runWithLocalLocust(cmd, write)).results
          : await runWorkflowCommand(cmd, write);
        setExit(r.every((x) => x.result === 'success') && r.length === names.length ? EXIT.ok : EXIT.failed);
      },
    );
  sub('demo')
    .description(
      'cluster-up, load-test and cluster-down on the simulated AWS in this process, with a real Locust (python3-locust) on 127.0.0.1 against an ACA-Py stand-in',
    )
    .addOption(clusterOption())
    .option('--run-time <seconds>', 'seconds of real load', positiveNumber, 20)
    .option('--users <n>', 'Locust users', positiveWhole, 10)
    .option('--fail-gate', 'raise the requests-per-second gate out of reach so the load test fails on it')
    .option(
      '--spot-interruption',
      'run the workers on Spot and interrupt one during the load test (notice and boot shortened to fit the run)',
    )
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
  akrida demo --cluster clusters/perf-example.yml --fail-gate --run-time 10
  akrida demo --cluster clusters/perf-example.yml --spot-interruption --run-time 30`,
    )
    .action(
      async (opts: {
        cluster?: string;
        runTime: number;
        users: number;
        failGate?: boolean;
        spotInterruption?: boolean;
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
            spotInterruption: opts.spotInterruption ?? false,
            timeScale: opts.timeScale,
            verbose: opts.verbose,
          },
          (s) => io.out(paint(s)),
        );
        setExit(results.every((r) => r.result === 'success') ? EXIT.ok : EXIT.failed);
      },
    );
  sub('demo-regression')
    .description(
      'cluster-up, the regression workflow and cluster-down on the simulated AWS: two ACA-Py variants, three runs each, interleaved, a real Locust on 127.0.0.1; one variant made slower by the demo, so the report flags it',
    )
    .addOption(clusterOption())
    .option('--run-time <seconds>', 'seconds of measured load per run', positiveWhole, 10)
    .option('--warmup <seconds>', 'seconds of unmeasured load before each run', positiveWhole, 3)
    .option('--users <n>', 'Locust users', positiveWhole, 12)
    .option(
      '--slowdown <factor>',
      'how many times slower the keep-records variant answers (well above what a busy machine adds to every answer)',
      positiveNumber,
      12,
    )
    .option(
      '--time-scale <factor>',
      'simulated seconds to real seconds outside the load',
      positiveNumber,
      0.002,
    )
    .option('--out <dir>', 'results folder; the run writes to <dir>/runs/<run id>/', 'out')
    .option('-v, --verbose', 'also show steps that do nothing here')
    .addHelpText('after', '\nExample:\n  akrida demo-regression --cluster clusters/example.yml')
    .action(
      async (opts: {
        cluster?: string;
        runTime: number;
        warmup: number;
        users: number;
        slowdown: number;
        timeScale: number;
        out: string;
        verbose?: boolean;
      }) => {
        const r = await runRegressionDemo(
          {
            cluster: opts.cluster ?? 'clusters/example.yml',
            outDir: opts.out,
            runTime: opts.runTime,
            warmup: opts.warmup,
            users: opts.users,
            // Three: with two, Welch's test has about one degree of freedom, and a slowed variant's
            // own noise on a busy machine (p95 320 and 460 ms) held it below significance.
            repetitions: 3,
            slowdown: { 'keep-records': opts.slowdown },
            timeScale: opts.timeScale,
            verbose: opts.verbose ?? false,
          },
          (s) => io.out(paint(s)),
        );
        io.onRegressionDemo?.(r);
        const outcome = regressionDemoOutcome(r);
        io.out(paint(`demo: ${outcome.message}\n`));
        setExit(outcome.ok ? EXIT.ok : EXIT.failed);
      },
    );
}
