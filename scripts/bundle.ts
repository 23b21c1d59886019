// Bundles each action's src/index.ts into actions/<name>/dist/index.js, the file GitHub runs.
// The test suite builds them again in memory and fails when a committed bundle differs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, build } from 'esbuild';

export function actionNames(root = '.'): string[] {
  return readdirSync(join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function bundleOptions(name: string, root = '.'): BuildOptions {
  return {
    absWorkingDir: root === '.' ? process.cwd() : root,
    entryPoints: [`actions/${name}/src/index.ts`],
    outfile: `actions/${name}/dist/index.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'eof',
    // CommonJS dependencies (handlebars, the AWS SDK's) still call require() inside an ES module.
    banner: {
      js: "import { createRequire as __akridaCreateRequire } from 'node:module';const require = __akridaCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  };
}

export async function bundleAction(name: string, write: boolean, root = '.'): Promise<string> {
  const result = await build({ ...bundleOptions(name, root), write });
  return write ? '' : (result.outputFiles?.[0]?.text ?? '');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of actionNames()) {
    await bundleAction(name, true);
    console.log(`bundled actions/${name}/dist/index.js`);
  }
}
