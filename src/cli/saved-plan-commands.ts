// `akrida plan --live [--out plan.json]` and `akrida apply plan.json`: a plan against AWS as it is,
// saved with a fingerprint of everything it read, and an apply that refuses when anything moved.

import { writeFileSync } from 'node:fs';
import { underApproval } from '../aws/approved-writes.js';
import { makeClients } from '../aws/clients.js';
import type { AwsContext } from '../aws/context.js';
import { DEFAULT_RUN, type RunOptions } from '../cluster/run-options.js';
import { loadClusterFile } from '../config/load.js';
import type { Cluster } from '../config/schema.js';
import { approvalOf } from '../plan/approval.js';
import { notDoneYet } from '../plan/carried-out.js';
import { livePlanMarkdown } from '../plan/live-plan.js';
import { checkPlanFile, makePlanFile, readPlanFile, StalePlanError } from '../plan/plan-file.js';
import { PlanFileError, planHeadline } from '../plan/saved-plan.js';
import { TemplateSet } from '../render/render.js';
import { SYSTEM_CLOCK } from '../time/clock.js';
import { type CommandContext, EXIT } from './command-context.js';
import { clusterOption } from './options.js';
import { runWorkflowCommand } from './workflow.js';

/** AWS through the standard credential chain, for the cluster's region; warnings go to stderr. */
const cliContext = (c: Cluster, io: CommandContext['io']): AwsContext => ({
  clients: makeClients({ region: c.region }),
  clock: SYSTEM_CLOCK,
  warn: (line) => io.err(`warning: ${line}\n`),
});

/** The live plan of `akrida plan --live`: printed as Markdown, and saved when --out is given. */
export async function livePlanCommand(
  { io }: Pick<CommandContext, 'io'>,
  file: string,
  out: string | undefined,
  run: RunOptions = DEFAULT_RUN,
): Promise<void> {
  const loaded = loadClusterFile(file);
  const templates = new TemplateSet();
  const ctx = cliContext(loaded.cluster, io);
  const { live, saved } = await makePlanFile(ctx, loaded, templates, { run });
  io.out(livePlanMarkdown(live, loaded.file));
  if (!out) return;
  writeFileSync(out, `${JSON.stringify(saved, null, 2)}\n`);
  io.out(`\nsaved ${planHeadline(saved)} to ${out}; apply exactly it with: akrida apply ${out}\n`);
}

export function addApplyCommand({ io, paint, setExit, sub }: CommandContext): void {
  sub('apply')
    .description(
      'apply a saved plan (akrida plan --live --out): refused, with nothing changed, when the cluster file, the toolkit or anything the plan read in AWS moved since',
    )
    .argument('<plan>', 'the plan file, e.g. plan.json')
    .addOption(clusterOption().makeOptionMandatory(false))
    .option('--out <dir>', 'results folder; the run writes to <dir>/runs/<run id>/', 'out')
    .addHelpText(
      'after',
      `
Runs on real AWS through the standard credential chain (the simulated AWS lives in one process:
use akrida workflow cluster-up --simulate there). Exit 1 with "stale plan" and what moved when the
plan no longer holds; plan again, review, apply the new plan.

Examples:
  akrida plan --cluster clusters/perf-example.yml --live --out plan.json
  akrida apply plan.json`,
    )
    .action(async (path: string, opts: { cluster?: string; out: string }) => {
      try {
        // Read and checked without AWS: a damaged plan, or one for another file, stops here.
        const plan = readPlanFile(path, opts.cluster);
        const loaded = loadClusterFile(plan.cluster.file);
        await checkPlanFile(cliContext(loaded.cluster, io), plan, loaded, new TemplateSet());
        io.out(paint(`${planHeadline(plan)}: AWS is as planned; applying it\n`));
        // And every write of the apply held to it: one about a resource the plan does not change is refused.
        const approval = approvalOf(plan);
        const runs = await underApproval(approval, () =>
          runWorkflowCommand(
            {
              names: ['cluster-up'],
              cluster: plan.cluster.file,
              simulate: false,
              timeScale: 1,
              // Exactly the run the plan was made for.
              inputs: {
                workers: plan.run.workers === undefined ? '' : String(plan.run.workers),
                'rebuild-images': String(plan.run.rebuildImages),
                refresh: String(plan.run.refresh),
              },
              outDir: opts.out,
              event: 'workflow_dispatch',
            },
            (s) => io.out(paint(s)),
          ),
        );
        const ok = runs.every((r) => r.result === 'success');
        // Exactly the plan, both ways: nothing it does not list was written (the fence), and
        // nothing it lists is left to do (a plan made now is empty).
        const left = ok
          ? await notDoneYet(cliContext(loaded.cluster, io), loaded.cluster, new TemplateSet(), plan)
          : undefined;
        if (left) io.err(`akrida apply: ${left}\n`);
        setExit(ok && !left ? EXIT.ok : EXIT.failed);
      } catch (err) {
        if (!(err instanceof PlanFileError || err instanceof StalePlanError)) throw err;
        io.err(`akrida apply: ${err.message}\n`);
        setExit(EXIT.failed);
      }
    });
}
