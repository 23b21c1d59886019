// Builds the committed action code, lib/, from the sources. Every action's action.yml runs
// ../../lib/<action>.js, and all of them share the rest:
//
//   lib/<action>.js      one per action: calls that action's entry point in akrida.js
//   lib/akrida.js        our code (actions/index.ts: src/, actions/*/src/) as one ES module, not minified
//   lib/vendor.js        the packages akrida.js imports, minified, as one ES module
//   lib/github.js        @actions/github (comment-plan), imported on first use
//   lib/handlebars.cjs   the template engine (CommonJS), required at the first render
//
// Our code and the packages are built apart so that a change to our code rewrites akrida.js (and
// vendor.js only when the change starts or stops using something of a package), and a reviewer
// reads its diff as plain code; the packages are minified so that the whole stays small (the AWS
// SDK's EC2 client alone is 1 MB unminified). The dependencies are built as published: no source
// rewriting, no stand-ins. esbuild tree-shakes them to the names our code imports: a first build
// of our code with every package external says which (analyseImports), vendor.js exports exactly
// those, and the final build of our code imports them from vendor.js through small facade modules.
// No hashes in any name: a file changes only when what it holds changes.
//
// The test suite builds in memory and fails on drift (test/actions/bundle.test.ts).
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import ts from 'typescript';

/** Where the committed action code lives. */
export const LIB_DIR = 'lib';
/** Where the bundles were before lib/: a build removes them, and the drift test fails while one is left. */
const OLD_PLACES = (root: string) => [
  'actions/_shared',
  ...actionNames(root).map((n) => `actions/${n}/dist`),
];

/** Every action: each folder of actions/ with an entry point (actions/index.ts lists the same). */
export function actionNames(root = '.'): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'actions', d.name, 'src', 'main.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * Packages our code loads on first use, with a plain import() (or require(), for CommonJS), each
 * built whole into its own file of lib/ so that an action that never uses it does not load it.
 */
const ON_DEMAND: Record<string, { file: string; kind: 'dynamic-import' | 'require-call' }> = {
  '@actions/github': { file: 'github.js', kind: 'dynamic-import' },
  handlebars: { file: 'handlebars.cjs', kind: 'require-call' },
};

// CommonJS packages (handlebars; the SDK's few) call require() in an ES module.
const REQUIRE = `import { createRequire as __akridaCreateRequire } from 'node:module';\nconst require = __akridaCreateRequire(import.meta.url);`;
// zod compiles a fast parser with `new Function` for each object schema on its first parse: a gain
// when one process parses many values, a loss (~20 % of validate-cluster's start) when an action
// parses one cluster file and exits. zod reads this global (what z.config() sets) when it loads.
const ZOD_JITLESS = 'globalThis.__zod_globalConfig ??= { jitless: true };';

function actionFile(name: string): string {
  return [
    `// actions/${name}/action.yml runs this file; the action's code is in akrida.js (scripts/bundle.ts).`,
    `import { actions } from './akrida.js';`,
    '',
    `await actions['${name}']();`,
    '',
  ].join('\n');
}

function appOptions(root: string, plugins: Plugin[]): BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: ['actions/index.ts'],
    outfile: `${LIB_DIR}/akrida.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    banner: {
      js: `// Built by scripts/bundle.ts from actions/index.ts (src/ and actions/*/src/); do not edit.\n${REQUIRE}`,
    },
    logLevel: 'warning',
    write: false,
    plugins,
  };
}

const isPackage = (path: string) => !path.startsWith('.') && !path.startsWith('/') && !isBuiltin(path);

/** Names our code imports from each package, in a build of our code that keeps every package external. */
export interface PackageImports {
  /** Package (or subpath) -> the names imported from it; an empty set is an import for its side effects. */
  names: Map<string, Set<string>>;
}

/**
 * Reads the import declarations of a built module: named and default imports by name, and for a
 * namespace import (`import * as z from 'zod'`) the members used on it, found through TypeScript's
 * checker so that a local that merely shares the name is not counted. A namespace used other than
 * by member access cannot be narrowed, and fails the build.
 */
export function analyseImports(code: string): PackageImports {
  const file = 'akrida.js';
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const options: ts.CompilerOptions = { allowJs: true, noLib: true, noResolve: true, types: [] };
  const host = ts.createCompilerHost(options);
  host.getSourceFile = (f) => (f === file ? source : undefined);
  const checker = ts.createProgram([file], options, host).getTypeChecker();
  const names = new Map<string, Set<string>>();
  const namespaces = new Map<ts.Symbol, Set<string>>();
  for (const stmt of source.statements) {
    if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
    const spec = stmt.moduleSpecifier.text;
    if (!isPackage(spec)) continue;
    const set = names.get(spec) ?? new Set<string>();
    names.set(spec, set);
    const clause = stmt.importClause;
    if (clause?.name) set.add('default');
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const e of bindings.elements) set.add((e.propertyName ?? e.name).text);
    if (bindings && ts.isNamespaceImport(bindings)) {
      const symbol = checker.getSymbolAtLocation(bindings.name);
      if (symbol) namespaces.set(symbol, set);
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !ts.isNamespaceImport(node.parent)) {
      const symbol = namespaces.size ? checker.getSymbolAtLocation(node) : undefined;
      const set = symbol && namespaces.get(symbol);
      if (set) {
        const parent = node.parent;
        if (!ts.isPropertyAccessExpression(parent) || parent.expression !== node)
          throw new Error(
            `${file}:${source.getLineAndCharacterOfPosition(node.pos).line + 1}: namespace ${node.text} is used other than by member access; scripts/bundle.ts cannot tell which names of the package it needs`,
          );
        set.add(parent.name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { names };
}

/** The prefix of a package's names in vendor.js: '@aws-sdk/client-ec2' -> 'aws_sdk_client_ec2'. */
const vendorPrefix = (spec: string) => spec.replace(/^@/, '').replace(/[^A-Za-z0-9]+/g, '_');
const sorted = <T>(xs: Iterable<T>) => [...xs].sort();

/** vendor.js's source: each name our code imports, exported as <package prefix>$<name>. */
function vendorEntry(imports: PackageImports): string {
  return sorted(imports.names.keys())
    .map((spec) => {
      const names = sorted(imports.names.get(spec) ?? []);
      if (names.length === 0) return `import '${spec}';`;
      const list = names.map((n) => `${n} as ${vendorPrefix(spec)}$${n}`).join(', ');
      return `export { ${list} } from '${spec}';`;
    })
    .join('\n');
}

/** The module our code gets for a package: the package's names, re-exported from vendor.js. */
function facade(spec: string, imports: PackageImports): string {
  const names = sorted(imports.names.get(spec) ?? []);
  if (names.length === 0) return `import './vendor.js';`;
  return `export { ${names.map((n) => `${vendorPrefix(spec)}$${n} as ${n}`).join(', ')} } from './vendor.js';`;
}

/** Our code's packages come from vendor.js (through facades), or from their own file when required. */
function packagesFromLib(imports: PackageImports): Plugin {
  return {
    name: 'packages-from-lib',
    setup(b) {
      b.onResolve({ filter: /^\.\/vendor\.js$/, namespace: 'vendor' }, () => ({
        path: './vendor.js',
        external: true,
      }));
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!isPackage(args.path)) return undefined;
        if (args.kind === 'require-call' || args.kind === 'dynamic-import') {
          const own = ON_DEMAND[args.path];
          if (own?.kind !== args.kind)
            throw new Error(`${args.importer} loads ${args.path} on demand: add it to ON_DEMAND`);
          return { path: `./${own.file}`, external: true };
        }
        if (!imports.names.has(args.path))
          throw new Error(`${args.importer} imports ${args.path}, which the first build did not see`);
        return { path: args.path, namespace: 'vendor' };
      });
      b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => ({
        contents: facade(args.path, imports),
        loader: 'js',
      }));
    },
  };
}

// @actions/core's core.js imports its OIDC client (for getIDToken) at the top, and with it
// @actions/http-client and undici: 400 KB evaluated at every start (~35 ms). No action calls
// getIDToken (credentials come from configure-aws-credentials). @actions/core does not declare
// "sideEffects" in its package.json; this declares that oidc-utils.js has none (it defines a class),
// so esbuild leaves it out when nothing uses it, as it does any unused module of a package that
// declares it. The module's text is not changed, and getIDToken would bring it back.
const oidcClientUnusedHere: Plugin = {
  name: 'oidc-client-unused-here',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (!args.importer.includes('/@actions/core/') || args.pluginData === 'resolved') return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolved',
      });
      return { path: r.path, sideEffects: false };
    });
  },
};

const keepPackagesExternal: Plugin = {
  name: 'packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      isPackage(args.path) ? { path: args.path, external: true } : undefined,
    );
  },
};

function packageOptions(
  root: string,
  contents: string,
  outfile: string,
  format: 'esm' | 'cjs',
): BuildOptions {
  return {
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, sourcefile: `${outfile}-entry.js`, loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    format,
    target: 'node20',
    // The AWS SDK packages have no "exports" map: esbuild's node default ("main" first) takes their
    // CommonJS builds, which cannot be tree-shaken. Their ES builds ("module") can.
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  };
}

export interface Bundle {
  /** Every file of lib/ by its path relative to the repository, as a fresh build makes it. */
  files: Map<string, string>;
}

/** A fresh build of lib/ from the sources, in memory. */
export async function freshBundle(root = process.cwd()): Promise<Bundle> {
  const first = await build(appOptions(root, [keepPackagesExternal]));
  const imports = analyseImports(first.outputFiles?.[0]?.text ?? '');
  const [app, vendor, ...onDemand] = await Promise.all([
    build(appOptions(root, [packagesFromLib(imports)])),
    build({
      ...packageOptions(root, vendorEntry(imports), `${LIB_DIR}/vendor.js`, 'esm'),
      banner: { js: `${REQUIRE}\n${ZOD_JITLESS}` },
      plugins: [oidcClientUnusedHere],
    }),
    ...Object.entries(ON_DEMAND).map(([pkg, { file, kind }]) =>
      kind === 'require-call'
        ? build(packageOptions(root, `module.exports = require('${pkg}');`, `${LIB_DIR}/${file}`, 'cjs'))
        : build({
            ...packageOptions(root, `export * from '${pkg}';`, `${LIB_DIR}/${file}`, 'esm'),
            banner: { js: REQUIRE },
          }),
    ),
  ]);
  const files = new Map<string, string>();
  for (const r of [app, vendor, ...onDemand])
    for (const f of r.outputFiles ?? []) files.set(relative(root, f.path), f.text);
  for (const n of actionNames(root)) files.set(`${LIB_DIR}/${n}.js`, actionFile(n));
  return { files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))) };
}

/** Committed action code now: every file in lib/, and anything left where the bundles were before. */
export function committedBundleFiles(root = '.'): string[] {
  const list = (dir: string): string[] =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
          d.isDirectory() ? list(`${dir}/${d.name}`) : [`${dir}/${d.name}`],
        )
      : [];
  return [LIB_DIR, ...OLD_PLACES(root)].flatMap(list).sort();
}

/** Writes lib/ from a fresh build, removing what the build no longer makes. */
export async function writeBundle(root = process.cwd()): Promise<Bundle> {
  const bundle = await freshBundle(root);
  for (const dir of OLD_PLACES(root)) rmSync(join(root, dir), { recursive: true, force: true });
  for (const f of committedBundleFiles(root)) if (!bundle.files.has(f)) rmSync(join(root, f));
  for (const [path, text] of bundle.files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return bundle;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files } = await writeBundle();
  const total = [...files.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(
    `bundled ${actionNames().length} actions into ${LIB_DIR}/: ${files.size} files, ${(total / 1024).toFixed(0)} KiB`,
  );
}
