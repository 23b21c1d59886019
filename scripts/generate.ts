// Writes every generated file from its source: the cluster JSON Schema and the workflow files.
// `npm run generate` rewrites them; the test suite fails when a committed copy has drifted.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from '../src/generated.js';

for (const { path, content } of generatedFiles()) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
