// The bundles take yaml's ES module build instead of its CommonJS one (what Node's "exports" picks):
// esbuild hoists ES modules into the bundle's scope and drops what no action uses, where each
// CommonJS file stays a wrapper with its exports object (~7 ms of every action's start, measured
// on validate-cluster; 17 KB less). yaml publishes that build for browsers, built from the same
// source: it differs from the Node build only where the Node build uses `process` and `Buffer`. Those
// four places are put back here as the Node build has them, so the bundles behave as Node's yaml:
// warnings through process.emitWarning, !!binary (YAML 1.1) read into a Buffer, and the LOG_TOKENS
// and LOG_STREAM switches. A yaml release that changes those lines fails the build.
import { readFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Plugin } from 'esbuild';

/** [file under browser/dist, text in the browser build, the Node build's text]. */
const NODE_PARTS: [string, string, string][] = [
  [
    'log.js',
    '        console.warn(warning);\n',
    'if (typeof process.emitWarning === "function") process.emitWarning(warning); else console.warn(warning);\n',
  ],
  [
    'schema/yaml-1.1/binary.js',
    "        if (typeof atob === 'function') {",
    "        if (typeof Buffer === 'function') { return Buffer.from(src, 'base64'); } else if (typeof atob === 'function') {",
  ],
  [
    'schema/yaml-1.1/binary.js',
    "        if (typeof btoa === 'function') {",
    "        if (typeof Buffer === 'function') { str = buf instanceof Buffer ? buf.toString('base64') : Buffer.from(buf.buffer).toString('base64'); } else if (typeof btoa === 'function') {",
  ],
  [
    'parse/parser.js',
    '        this.source = source;\n',
    "        this.source = source; if (process.env.LOG_TOKENS) console.log('|', prettyToken(source));\n",
  ],
  [
    'parse/parser.js',
    "import { tokenType } from './cst.js';",
    "import { prettyToken, tokenType } from './cst.js';",
  ],
  [
    'compose/composer.js',
    '    *next(token) {\n',
    '    *next(token) { if (process.env.LOG_STREAM) console.dir(token, { depth: null });\n',
  ],
];

const BROWSER_FILE = /[\\/]yaml[\\/]browser[\\/]dist[\\/](.+\.js)$/;

export const yamlEsModules: Plugin = {
  name: 'yaml-es-modules',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, async (args) => {
      const pkg = await b.resolve('yaml/package.json', {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
      });
      return { path: join(dirname(pkg.path), 'browser', 'dist', 'index.js') };
    });
    b.onLoad({ filter: BROWSER_FILE }, async (args) => {
      const file = BROWSER_FILE.exec(args.path)?.[1]?.split(sep).join('/');
      const parts = NODE_PARTS.filter(([f]) => f === file);
      if (parts.length === 0) return undefined;
      let text = await readFile(args.path, 'utf8');
      for (const [, browser, node] of parts) {
        if (text.split(browser).length !== 2)
          throw new Error(
            `yaml's ${file} changed: scripts/yaml-es-modules.ts cannot find ${JSON.stringify(browser)}`,
          );
        text = text.replace(browser, node);
      }
      return { contents: text, loader: 'js' };
    });
  },
};
