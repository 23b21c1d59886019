// What run-on-instances runs and where: targets from ids or KEY=VALUE tags, the script given or a
// template rendered for the cluster, and each instance's output written to a log file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvocationResult, Targets } from '../aws/run-command.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { onDemandContext } from '../render/scripts.js';

export class ScriptInputError extends Error {
  override name = 'ScriptInputError';
}

/** The instances named, or else those carrying every KEY=VALUE tag. */
export function scriptTargets(instanceIds: string[], tagLines: string[]): Targets {
  if (instanceIds.length > 0) return { instanceIds };
  if (tagLines.length === 0) throw new ScriptInputError('give instance-ids or tags');
  const tags = tagLines.map((l) => {
    const at = l.indexOf('=');
    if (at < 1) throw new ScriptInputError(`input tags: "${l}" is not KEY=VALUE`);
    return [l.slice(0, at), l.slice(at + 1)] as const;
  });
  return { tags: Object.fromEntries(tags) };
}

/** The script to run: a template under templates/ rendered for this cluster, or the script given. */
export function clusterScript(
  c: Cluster,
  templates: TemplateSet,
  given: { template: string; script: string },
): string {
  const script = given.template ? templates.render(given.template, onDemandContext(c)) : given.script;
  if (!script) throw new ScriptInputError('give script or template');
  return script;
}

/** <dir>/<instance-id>.log with the instance's stdout, then its stderr when there was any. */
export function writeInstanceLogs(dir: string, results: InvocationResult[]): void {
  mkdirSync(dir, { recursive: true });
  for (const r of results)
    writeFileSync(
      join(dir, `${r.instanceId}.log`),
      `${r.stdout}${r.stderr ? `\n--- stderr ---\n${r.stderr}` : ''}`,
    );
}
