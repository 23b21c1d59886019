#!/usr/bin/env node
// `npm run akrida`: the CLI (src/cli/index.ts) built into one ES module under .cache/cli/ with
// esbuild, the bundler the actions use, then run in this process. Through tsx each start loaded
// ~2,000 modules via a loader thread, ~3 s of CPU; the bundle starts in ~0.5 s. It is built again
// when one of its inputs changed (size or mtime of each file esbuild's metafile lists), so an edit
// in src/ shows on the next run. Nothing here is committed: .cache/ is ignored.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache', 'cli');
const bundle = join(outDir, 'akrida.mjs');
const stampFile = join(outDir, 'inputs.json');

const stampOf = (file) => {
  const s = statSync(join(root, file));
  return `${s.size}:${s.mtimeMs}`;
};

function isFresh() {
  if (!existsSync(bundle)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (stamp.node !== process.version) return false;
    return Object.entries(stamp.inputs).every(([file, was]) => stampOf(file) === was);
  } catch {
    // No stamp, or an input that is gone: build again.
    return false;
  }
}

if (!isFresh()) {
  mkdirSync(outDir, { recursive: true });
  // Written under this process's own name, then renamed: runs started at once each build whole.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/index.ts'],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    // The packages' ES builds where they have one, as the actions' bundle (scripts/bundle.ts): through
    // the AWS SDK's CommonJS builds each start copied every export of each client (~0.2 s of CPU).
    mainFields: ['module', 'main'],
    // The simulated AWS names a service by its SDK client's class name.
    keepNames: true,
    metafile: true,
    logLevel: 'error',
    // CommonJS packages (handlebars, some of the SDK's) call require() inside an ES module.
    banner: {
      js: "import { createRequire as __akridaCreateRequire } from 'node:module';\nconst require = __akridaCreateRequire(import.meta.url);",
    },
  });
  // This script too: a change to the build options builds again.
  const files = [...Object.keys(result.metafile.inputs), 'scripts/akrida.mjs'];
  const inputs = Object.fromEntries(files.map((f) => [f, stampOf(f)]));
  renameSync(tmp, bundle);
  writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify({ node: process.version, inputs }));
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
}

// V8's compiled code of the bundle, kept beside it (Node 22.1+): each later start skips ~10 % of its
// CPU. Node keys the cache by the file's content, so a rebuilt bundle is compiled afresh.
module.enableCompileCache?.(join(outDir, 'compile-cache'));
await import(pathToFileURL(bundle).href);
