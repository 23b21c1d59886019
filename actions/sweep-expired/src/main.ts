import { runAction } from '../../../src/action/adapter.js';
import type { ActionDeps } from '../../../src/action/context.js';
import { booleanInput, listInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { makeClients } from '../../../src/aws/clients.js';
import type { AwsContext } from '../../../src/aws/context.js';
import { findExpired, sweepExpired, sweepRegions, teardownMarkdown } from '../../../src/ops/teardown.js';
import { SYSTEM_CLOCK } from '../../../src/time/clock.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('sweep-expired', async () => {
    const { valid: regions, invalid } = sweepRegions(listInput('regions'));
    if (invalid.length) throw new Error(`input regions: not AWS region names: ${invalid.join(', ')}`);
    if (regions.length === 0) throw new Error('input regions: name at least one region');
    const only = io().getInput('cluster');
    const listOnly = booleanInput('list-only', false);
    const dryRun = booleanInput('dry-run', false);
    const found: { cluster: string; region: string }[] = [];
    const failed: string[] = [];
    for (const region of regions) {
      const ctx: AwsContext = {
        clients: deps.clients ?? makeClients({ region }),
        clock: deps.clock ?? SYSTEM_CLOCK,
        log: (l: string) => io().info(l),
      };
      if (listOnly) {
        const scan = await findExpired(ctx);
        for (const u of scan.unparsable) reportUnparsable(region, u);
        found.push(...scan.clusters.map((cluster) => ({ cluster, region })));
        continue;
      }
      const r = await sweepExpired(ctx, { dryRun, ...(only ? { only } : {}) });
      for (const u of r.unparsable) if (!only || u.cluster === only) reportUnparsable(region, u);
      found.push(
        ...[...r.results.map((x) => x.cluster), ...r.failed.map((f) => f.cluster)].map((cluster) => ({
          cluster,
          region,
        })),
      );
      for (const t of r.results) await io().summary.addRaw(teardownMarkdown(t)).write();
      for (const f of r.failed) {
        io().error(`sweep of ${f.cluster} in ${region} failed: ${f.error}`);
        failed.push(`${f.cluster} (${region})`);
      }
      if (r.results.length === 0 && r.failed.length === 0)
        await io()
          .summary.addRaw(`No expired cluster${only ? ` named ${only}` : ''} in ${region}.\n`)
          .write();
    }
    io().setOutput('expired', JSON.stringify(found.sort((a, b) => a.cluster.localeCompare(b.cluster))));
    // Every expired cluster was attempted; the run fails now, naming each that failed.
    if (failed.length) throw new Error(`sweep failed for ${failed.length} cluster(s): ${failed.join(', ')}`);
  });
}

function reportUnparsable(region: string, u: { cluster: string; resource: string; value: string }): void {
  io().error(
    `${u.resource} of cluster ${u.cluster} in ${region}: expiry tag "${u.value}" is not a UTC ISO 8601 time; treated as expired`,
  );
}
