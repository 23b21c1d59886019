// Bundles every action on its own: actions/<name>/dist/index.js (the file GitHub runs, committed)
// holds what that action reaches at start and nothing else; code it loads only on demand (the SDK's
// credential providers other than the environment's, which configure-aws-credentials fills, and
// their nested STS/SSO clients) goes to actions/<name>/dist/chunks/, loaded by import() when used.
// The test suite rebuilds in memory and fails on drift.
//
// Until issue 15's last step the actions shared code through esbuild's code splitting
// (actions/_shared/, one copy of the SDK). That cost each action 24-37 files to resolve and load at
// start, about 0.5 ms each, and every action loaded the code of every operation any action called
// (esbuild keeps a shared module whole). One bundle per action starts faster; the price is size: the
// bundles hold ~15 MB between them, against ~1.2 MB shared. See README, Benchmarks.
//
// Each action is its own esbuild build with code splitting: the only split points are then that
// action's own dynamic imports. In one file, esbuild inlined them: V8 parsed ~140 KB of credential
// providers, nested clients and event-stream code at every start (about 8 ms) that a run with
// credentials in its environment never calls. The chunks imported statically by index.js are the
// modules index.js shares with those on-demand chunks.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { yamlEsModules } from './yaml-es-modules.js';

/** Where the shared chunks were; a build removes it, and the drift test fails while it exists. */
export const SHARED_DIR = 'actions/_shared';

export function actionNames(root = '.'): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'action.yml')))
    .map((d) => d.name)
    .sort();
}

/** Marks a module imported by a package as free of top-level side effects, so esbuild drops it when unused. */
function sideEffectFree(name: string, filter: RegExp, importerPackage: string): Plugin {
  return {
    name,
    setup(b) {
      b.onResolve({ filter }, async (args) => {
        if (!args.importer.includes(importerPackage) || args.pluginData === 'resolved') return undefined;
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
}

// @actions/core imports its OIDC client (and with it @actions/http-client and undici, ~430 KB) at the
// top of core.js for getIDToken, which no action calls: credentials come from
// configure-aws-credentials. The module has no top-level side effects; saying so lets esbuild drop
// it when unused instead of evaluating undici in every action.
const oidcOnDemand = sideEffectFree('oidc-on-demand', /^\.\/oidc-utils\.js$/, '/@actions/core/');

// @actions/workflow-parser's cron module imports cronstrue (21 KB, evaluated on import) for
// getCronDescription; the cluster file's cron check (src/config/fields.ts) uses only isValidCron
// and hasCronIntervalLessThan5Minutes. Every action parses a cluster file; none describes a cron.
const cronDescriptionsOnDemand = sideEffectFree(
  'cron-descriptions-on-demand',
  /^cronstrue$/,
  '/@actions/workflow-parser/',
);

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
    plugins: [oidcOnDemand, cronDescriptionsOnDemand, schemaKeysAsLiterals, yamlEsModules],
  };
}

// src/aws/clients.ts builds each SDK client on first use, but it names all five client classes, and
// a client class brings its service's runtime configuration, protocol and every error class of the
// service (SSM's alone are 40 KB): every AWS action loaded all five. An action whose bundle holds no
// command of a service cannot send anything to it, so its bundle gets a stand-in for that client
// class, which throws if anything builds it. A first pass finds the services whose commands (or
// paginators, waiters) each bundle holds; each set of services is then built with its stand-ins.
// Every set is one more esbuild pass over the SDK, so only the clients worth it are left out: SSM's
// (66 KB in a bundle), ELBv2's (29 KB) and STS's (18 KB); EC2's and Auto Scaling's weigh 8-12 KB.
const CLIENTS_MODULE = 'src/aws/clients.ts';
const LEFT_OUT_WHEN_UNUSED = new Set([
  '@aws-sdk/client-ssm',
  '@aws-sdk/client-elastic-load-balancing-v2',
  '@aws-sdk/client-sts',
]);
const COMMAND_MODULE = /node_modules\/(@aws-sdk\/client-[\w-]+)\/dist-es\/(commands|pagination|waiters)\//;

/** The client packages clients.ts imports, with the names it imports from each. */
function clientImports(root: string): Map<string, string[]> {
  const text = readFileSync(join(root, CLIENTS_MODULE), 'utf8');
  return new Map(
    [...text.matchAll(/^import \{ ([\w, ]+) \} from '(@aws-sdk\/client-[\w-]+)';$/gm)].map((m) => [
      m[2] ?? '',
      (m[1] ?? '').split(', ').filter((name) => !name.startsWith('type ')),
    ]),
  );
}

function clientsLeftOut(unused: Map<string, string[]>): Plugin {
  return {
    name: 'clients-left-out',
    setup(b) {
      b.onResolve({ filter: /^@aws-sdk\/client-/ }, (args) =>
        unused.has(args.path) && args.importer.endsWith(CLIENTS_MODULE)
          ? { path: args.path, namespace: 'client-left-out' }
          : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'client-left-out' }, (args) => ({
        contents: (unused.get(args.path) ?? [])
          .map(
            (name) =>
              `export class ${name} { constructor() { throw new Error(${JSON.stringify(`this action calls no operation of ${args.path}: its bundle left the client out (scripts/bundle.ts)`)}); } }`,
          )
          .join('\n'),
        loader: 'js',
      }));
    },
  };
}

export interface Bundle {
  files: Map<string, string>;
  /** Each action's modules (paths relative to the repo) that put code in its bundle. */
  modules: Map<string, string[]>;
}

/** Where an action's chunks go (relative to actions/): next to its index.js, so a checkout of the action has them. */
export const chunkDir = (name: string) => `${name}/dist/chunks`;

/** A fresh build of every action: its files, and which modules each action's bundle holds. */
export async function freshBundle(root = '.'): Promise<Bundle> {
  const opts = bundleOptions(root);
  const base = opts.absWorkingDir ?? process.cwd();
  const entries = opts.entryPoints as Record<string, string>;
  /** Modules that put code in any of a build's outputs (the entry and its chunks). */
  const held = (r: Metafile, outputs: (path: string) => boolean) => [
    ...new Set(
      Object.entries(r.outputs)
        .filter(([path]) => outputs(path))
        .flatMap(([, o]) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0))
        .map(([k]) => k),
    ),
  ];
  const first = await build({ ...opts, minify: false, write: false, metafile: true });
  const clients = clientImports(base);
  const files = new Map<string, string>();
  const modules = new Map<string, string[]>();
  await Promise.all(
    Object.entries(entries).map(async ([out, entry]) => {
      const name = out.split('/')[0] ?? out;
      const reached = held(first.metafile, (path) => path === `actions/${out}.js`);
      const called = new Set(reached.flatMap((m) => COMMAND_MODULE.exec(m)?.[1] ?? []));
      // An action that builds no client (validate-cluster) needs no stand-ins.
      const leftOut = reached.includes(CLIENTS_MODULE)
        ? new Map([...clients].filter(([p]) => LEFT_OUT_WHEN_UNUSED.has(p) && !called.has(p)))
        : new Map<string, string[]>();
      const r = await build({
        ...opts,
        entryPoints: { [out]: entry },
        splitting: true,
        chunkNames: `${chunkDir(name)}/[name]-[hash]`,
        plugins: [clientsLeftOut(leftOut), ...(opts.plugins ?? [])],
        write: false,
        metafile: true,
      });
      for (const f of r.outputFiles ?? []) files.set(relative(base, f.path), f.text);
      modules.set(
        name,
        held(r.metafile, () => true),
      );
    }),
  );
  return { files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))), modules };
}

/** Every bundle file by its path relative to the repo, as a fresh build makes it. */
export async function bundleFiles(root = '.'): Promise<Map<string, string>> {
  return (await freshBundle(root)).files;
}

/** Bundle files committed now: every action's dist/index.js and chunks, and anything left in actions/_shared. */
export function committedBundleFiles(root = '.'): string[] {
  const list = (dir: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((f) => `${dir}/${f}`) : [];
  const entries = actionNames(root).flatMap((n) => [
    ...list(`actions/${n}/dist`).filter((p) => p.endsWith('.js')),
    ...list(`actions/${chunkDir(n)}`),
  ]);
  return [...entries, ...list(SHARED_DIR)].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await bundleFiles();
  rmSync(SHARED_DIR, { recursive: true, force: true });
  // Chunk names carry a hash of their content: clear the old ones.
  for (const n of actionNames()) rmSync(join('actions', chunkDir(n)), { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const total = [...files.values()].reduce((n, t) => n + t.length, 0);
  console.log(
    `bundled ${actionNames().length} actions: ${files.size} files, ${(total / 1024).toFixed(0)} KiB`,
  );
}
