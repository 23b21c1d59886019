// Bundles every action in one esbuild pass, each into one file: actions/<name>/dist/index.js (the
// file GitHub runs, committed) holds what that action reaches and nothing else. The test suite
// rebuilds in memory and fails on drift.
//
// Until issue 15's last step the actions shared code through esbuild's code splitting
// (actions/_shared/, one copy of the SDK). That cost each action 24-37 files to resolve and load at
// start, about 0.5 ms each, and every action loaded the code of every operation any action called
// (esbuild keeps a shared module whole). One file per action starts faster; the price is size: the
// bundles hold ~15 MB between them, against ~1.2 MB shared. See README, Benchmarks.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';

/** Where the shared chunks were; a build removes it, and the drift test fails while it exists. */
export const SHARED_DIR = 'actions/_shared';

export function actionNames(root = '.'): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

// @actions/core imports its OIDC client (and with it @actions/http-client and undici, ~430 KB) at the
// top of core.js for getIDToken, which no action calls: credentials come from
// configure-aws-credentials. The module has no top-level side effects; saying so lets esbuild drop
// it when unused instead of evaluating undici in every action.
const oidcOnDemand: Plugin = {
  name: 'oidc-on-demand',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (!args.importer.includes('/@actions/core/') || args.pluginData === 'resolved') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolved',
      });
      return { path: r.path, namespace: r.namespace, sideEffects: false };
    });
  },
};

// The SDK's schema modules (EC2's is 1.3 MB) key their traits by constants: `{ [_xN]: _ZI }`. esbuild
// cannot prove a computed key free of side effects, so it kept every schema of every service, used
// or not (EC2's 550 KB in each AWS action). Writing each constant key as its string lets
// tree-shaking keep only the schemas of the operations the actions call. Same objects, same keys.
const SCHEMA_MODULE = /[\\/]@aws-sdk[\\/].+[\\/]dist-es[\\/](.+[\\/])?schemas[\\/]schemas_\d+\.js$/;
const schemaKeysAsLiterals: Plugin = {
  name: 'schema-keys-as-literals',
  setup(b) {
    b.onLoad({ filter: SCHEMA_MODULE }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      const strings = new Map<string, string>();
      for (const m of text.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) strings.set(m[1] ?? '', m[2] ?? '');
      return {
        contents: text.replace(/\[(_\w+)\]:/g, (key, name: string) => {
          const literal = strings.get(name);
          return literal === undefined ? key : `${literal}:`;
        }),
        loader: 'js',
      };
    });
  },
};

// zod compiles a fast parser with `new Function` for each object schema on its first parse: a gain
// when one process parses many values, a loss (~20 % of validate-cluster's start) when an action
// parses one cluster file and exits. zod reads this global when it loads; the results are the same.
const ZOD_JITLESS = 'globalThis.__zod_globalConfig ??= { jitless: true };';

export function bundleOptions(root = '.'): BuildOptions {
  return {
    absWorkingDir: root === '.' ? process.cwd() : root,
    entryPoints: Object.fromEntries(
      actionNames(root).map((n) => [`${n}/dist/index`, `actions/${n}/src/index.ts`]),
    ),
    outdir: 'actions',
    bundle: true,
    platform: 'node',
    // The AWS SDK packages have no "exports" map: esbuild's node default ("main" first) takes their
    // CommonJS builds, which cannot be tree-shaken, so every action evaluated every client's whole
    // schema (EC2's alone is 1.3 MB). Their ES builds ("module") let each action keep what it calls.
    mainFields: ['module', 'main'],
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    // CommonJS dependencies (handlebars, parts of the AWS SDK) still call require() in an ES module.
    banner: {
      js: `import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);${ZOD_JITLESS}`,
    },
    logLevel: 'warning',
    plugins: [oidcOnDemand, schemaKeysAsLiterals],
  };
}

/** Every bundle file by its path relative to the repo, as a fresh build makes it. */
export async function bundleFiles(root = '.'): Promise<Map<string, string>> {
  const opts = bundleOptions(root);
  const result = await build({ ...opts, write: false });
  const base = opts.absWorkingDir ?? process.cwd();
  return new Map((result.outputFiles ?? []).map((f) => [relative(base, f.path), f.text]));
}

/** Bundle files committed now: every dist/index.js and anything left in actions/_shared. */
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
