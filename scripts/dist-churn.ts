// Which committed files of lib/ a one-line change in src/ rewrites, and what their diff looks like.
// In a scratch copy of the repository, edits one line of each named source file (the first string
// literal of 12 characters or more that reaches lib/akrida.js, made longer), builds lib/ there
// (scripts/bundle.ts) and compares it with a build of this checkout.
//   npx tsx scripts/dist-churn.ts src/config/fields.ts src/ops/teardown.ts ...
// test/actions/bundle.test.ts holds the result to at most 3 files per edit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { freshBundle, LIB_DIR } from './bundle.js';

export interface Churn {
  /** The edited line, before and after. */
  edit: { file: string; line: number; before: string; after: string };
  /** lib/ files the edit adds, removes or rewrites. */
  rewritten: string[];
  /** The unified diff of those files. */
  diff: string;
}

/** A copy of the repository's tracked files (not lib/), with this checkout's node_modules linked in. */
function scratchCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-churn-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && !f.startsWith(`${LIB_DIR}/`));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(root, f), join(dir, f));
    } catch {
      // listed but deleted in the working tree
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/**
 * The one-line edit: the first string literal of the file (outside type declarations) that the built
 * code holds exactly once, made longer.
 */
function oneLineEdit(source: string, built: string): { line: number; before: string; after: string } {
  const lines = source.split('\n');
  for (const [i, text] of lines.entries()) {
    if (/^\s*((export\s+)?(type|interface)\b|\||\/\/|\*)/.test(text)) continue;
    for (const m of text.matchAll(/'([^'\\\n]{12,})'/g)) {
      const literal = m[1] ?? '';
      if (built.split(JSON.stringify(literal)).length !== 2) continue;
      return { line: i + 1, before: text, after: text.replace(`'${literal}'`, `'${literal} (edited)'`) };
    }
  }
  throw new Error('no string literal of the file reaches lib/akrida.js once');
}

/** What a one-line edit of each file rewrites in lib/, each measured alone against the same base. */
export async function churn(files: string[], root = process.cwd()): Promise<Churn[]> {
  const base = await freshBundle(root);
  const app = base.files.get(`${LIB_DIR}/akrida.js`) ?? '';
  const copy = scratchCopy(root);
  const out: Churn[] = [];
  try {
    for (const file of files) {
      const original = readFileSync(join(copy, file), 'utf8');
      const edit = oneLineEdit(original, app);
      const lines = original.split('\n');
      lines[edit.line - 1] = edit.after;
      writeFileSync(join(copy, file), lines.join('\n'));
      const after = await freshBundle(copy);
      writeFileSync(join(copy, file), original);
      const paths = [...new Set([...base.files.keys(), ...after.files.keys()])].sort();
      const rewritten = paths.filter((p) => base.files.get(p) !== after.files.get(p));
      const diff = rewritten
        .map((p) =>
          createTwoFilesPatch(`a/${p}`, `b/${p}`, base.files.get(p) ?? '', after.files.get(p) ?? ''),
        )
        .join('');
      out.push({ edit: { file, ...edit }, rewritten, diff });
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/dist-churn.ts SOURCE_FILE...');
    process.exit(2);
  }
  for (const c of await churn(files.map((f) => resolve(f).slice(process.cwd().length + 1)))) {
    console.log(`${c.edit.file}:${c.edit.line}: one line changed`);
    console.log(`  - ${c.edit.before.trim()}\n  + ${c.edit.after.trim()}`);
    console.log(`rewrites ${c.rewritten.length} committed file(s): ${c.rewritten.join(', ') || 'none'}\n`);
    console.log(c.diff);
  }
}
