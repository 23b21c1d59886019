import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, listInput, templatesOf } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { runOnInstances, type Targets } from '../../../src/ops/run-on-instances.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('run-on-instances', async () => {
    const { cluster } = loadClusterInput();
    const ids = listInput('instance-ids');
    const tagLines = listInput('tags');
    if (ids.length === 0 && tagLines.length === 0) throw new Error('give instance-ids or tags');
    const tags = Object.fromEntries(
      tagLines.map((l) => {
        const at = l.indexOf('=');
        if (at < 1) throw new Error(`input tags: "${l}" is not KEY=VALUE`);
        return [l.slice(0, at), l.slice(at + 1)];
      }),
    );
    const targets: Targets = ids.length > 0 ? { instanceIds: ids } : { tags };
    const template = io().getInput('template');
    const script = template
      ? templatesOf(deps).render(template, {
          header: JSON.stringify({ kind: template.replace(/\.sh\.hbs$/, ''), cluster: cluster.name }),
          cluster: cluster.name,
          region: cluster.region,
          directory: cluster.source.directory,
          acapyDirectory: cluster.source.acapyDirectory,
        })
      : io().getInput('script');
    if (!script) throw new Error('give script or template');
    const results = await runOnInstances(awsContext(cluster, deps), {
      targets,
      script,
      comment: io().getInput('comment') || 'akrida-ops run-on-instances',
      timeoutSeconds: Number(io().getInput('timeout-seconds') || 3600),
    });
    const dir = io().getInput('output-dir');
    if (dir) {
      mkdirSync(dir, { recursive: true });
      for (const r of results)
        writeFileSync(
          join(dir, `${r.instanceId}.log`),
          `${r.stdout}${r.stderr ? `\n--- stderr ---\n${r.stderr}` : ''}`,
        );
    }
    io().setOutput(
      'results',
      JSON.stringify(results.map(({ instanceId, status, exitCode }) => ({ instanceId, status, exitCode }))),
    );
  });
}
