// Arguments shared by the commands: the cluster file (never defaulted), numbers, KEY=VALUE pairs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { clusterFiles } from '../ops/list-clusters.js';
import { repoRoot } from '../runner/runner.js';

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

export function workflowNames(root = repoRoot()): string[] {
  return readdirSync(join(root, '.github/workflows'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.replace(/\.yml$/, ''))
    .sort();
}

export function version(root = repoRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

export const positiveNumber = (v: string) => {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError('expected a number above 0');
  return n;
};
export const positiveWhole = (v: string) => {
  const n = Number(v);
  if (!(Number.isInteger(n) && n > 0)) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
};
export const keyValue = (v: string, prev: string[] = []) => {
  if (v.indexOf('=') < 1) throw new InvalidArgumentError('expected KEY=VALUE, e.g. users=50');
  return [...prev, v];
};

export function clusterOption(): Option {
  return new Option('-c, --cluster <file>', 'cluster file, e.g. clusters/perf-example.yml');
}

/** The cluster file from --cluster or the positional argument; there is no default. */
export function clusterOf(opts: { cluster?: string }, positional?: string): string {
  const file = opts.cluster ?? positional;
  if (!file) {
    const known = clusterFiles();
    throw new UsageError(
      `which cluster? pass --cluster FILE${known.length ? ` (here: ${known.join(', ')})` : '; make one with akrida init NAME'}`,
    );
  }
  return file;
}
