// Bundles every action in one esbuild pass with code splitting: each action's entry lands in
// actions/<name>/dist/index.js (the file GitHub runs, committed) and the code they share
// (AWS SDK, @actions/core, our library) in actions/_shared/, loaded by relative import. One copy
// of the SDK instead of one per action. The test suite rebuilds in memory and fails on drift.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, build } from 'esbuild';

export const SHARED_DIR = 'actions/_shared';

export function actionNames(root = '.'): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

export function bundleOptions(root = '.'): BuildOptions {
  return {
    absWorkingDir: root === '.' ? process.cwd() : root,
    entryPoints: Object.fromEntries(
      actionNames(root).map((n) => [`${n}/dist/index`, `actions/${n}/src/index.ts`]),
    ),
    outdir: 'actions',
    chunkNames: '_shared/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    // CommonJS dependencies (handlebars, parts of the AWS SDK) still call require() in an ES module.
    banner: {
      js: "import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
}

/** Every bundle file by its path relative to the repo, as a fresh build makes it. */
export async function bundleFiles(root = '.'): Promise<Map<string, string>> {
  const opts = bundleOptions(root);
  const result = await build({ ...opts, write: false });
  const base = opts.absWorkingDir ?? process.cwd();
  return new Map((result.outputFiles ?? []).map((f) => [relative(base, f.path), f.text]));
}

/** Bundle files committed now: every dist/index.js and everything in actions/_shared. */
export function committedBundleFiles(root = '.'): string[] {
  const shared = existsSync(join(root, SHARED_DIR))
    ? readdirSync(join(root, SHARED_DIR)).map((f) => `${SHARED_DIR}/${f}`)
    : [];
  const entries = actionNames(root)
    .map((n) => `actions/${n}/dist/index.js`)
    .filter((p) => existsSync(join(root, p)));
  return [...entries, ...shared].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await bundleFiles();
  rmSync(SHARED_DIR, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const total = [...files.values()].reduce((n, t) => n + t.length, 0);
  console.log(
    `bundled ${actionNames().length} actions: ${files.size} files, ${(total / 1024).toFixed(0)} KiB`,
  );
}
