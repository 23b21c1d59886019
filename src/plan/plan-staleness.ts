// Whether a saved plan still holds: the same cluster file, the same toolkit, and AWS as the plan
// read it, field by field at every address. Anything that moved is named; an apply refuses then.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type Address, describeAddress } from '../aws/address.js';
import { runMoved } from '../cluster/run-options.js';
import { canonical } from '../resources/provider.js';
import { type SavedPlan, sha256 } from './saved-plan.js';

/** The toolkit that made a plan: its version and the templates every script and user data come from. */
export function toolkitIdentity(templatesDir: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(`${relative(templatesDir, p)}\n${readFileSync(p, 'utf8')}`);
    }
  };
  walk(templatesDir);
  let version = 'unknown';
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(templatesDir), 'package.json'), 'utf8')) as {
      version?: string;
    };
    version = pkg.version ?? version;
  } catch {
    // A toolkit copied without its package.json is still told apart by its templates.
  }
  return `akrida-ops ${version}, templates ${sha256(files.join('\0')).slice(0, 16)}`;
}

const where = (a: SavedPlan['observed'][number]['address']) => describeAddress(a as Address);

/** What moved between the plan and now, one line each; empty when the plan still holds. */
export function whatMoved(saved: SavedPlan, now: SavedPlan): string[] {
  const out: string[] = [];
  if (saved.cluster.name !== now.cluster.name || saved.cluster.region !== now.cluster.region)
    out.push(
      `the plan is for cluster ${saved.cluster.name} in ${saved.cluster.region}; ${now.cluster.file} is ${now.cluster.name} in ${now.cluster.region}`,
    );
  if (saved.cluster.sha256 !== now.cluster.sha256)
    out.push(
      `the cluster file ${saved.cluster.file} changed since the plan (sha256 ${saved.cluster.sha256.slice(0, 12)} -> ${now.cluster.sha256.slice(0, 12)})`,
    );
  if (saved.toolkit !== now.toolkit)
    out.push(`the toolkit changed since the plan (${saved.toolkit} -> ${now.toolkit})`);
  out.push(...runMoved(saved.run, now.run));
  if (out.length) return out;
  const fresh = new Map(now.observed.map((o) => [o.key, o]));
  for (const o of saved.observed) {
    const n = fresh.get(o.key);
    fresh.delete(o.key);
    if (!n) out.push(`${where(o.address)}: the plan read it; it is no longer part of the cluster's plan`);
    else if (!o.fields && n.fields)
      out.push(`${where(n.address)}: did not exist when planned; it exists now`);
    else if (o.fields && !n.fields) out.push(`${where(o.address)}: existed when planned; it is gone now`);
    else if (o.fields && n.fields) {
      const fields = [...new Set([...Object.keys(o.fields), ...Object.keys(n.fields)])].sort();
      for (const f of fields)
        if (o.fields[f] !== n.fields[f])
          out.push(
            `${where(n.address)}: ${f} changed since the plan (fingerprint ${o.fields[f] ?? 'none'} -> ${n.fields[f] ?? 'none'})`,
          );
    }
  }
  for (const n of fresh.values()) out.push(`${where(n.address)}: new since the plan`);
  if (out.length) return out;
  // The same inputs give the same plan; if not, refuse all the same rather than apply an unreviewed one.
  if (canonical(saved.changes) !== canonical(now.changes))
    out.push("the changes planned now differ from the saved plan's, with AWS as it was read: plan again");
  const scripts = (p: SavedPlan) => p.scripts.filter((s) => s.runs).map((s) => `${s.title} ${s.sha256}`);
  for (const s of scripts(now).filter((x) => !scripts(saved).includes(x)))
    out.push(`script not in the saved plan: ${s}`);
  for (const s of scripts(saved).filter((x) => !scripts(now).includes(x)))
    out.push(`script of the saved plan that would not run now: ${s}`);
  return out;
}
