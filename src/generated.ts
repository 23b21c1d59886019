// Files in the repo that are generated from sources, with the content they must have.
import { stringify } from 'yaml';
import { withPinComments } from '../workflows-src/fragments.js';
import { workflows } from '../workflows-src/index.js';
import { clusterJsonSchema } from './config/json-schema.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: 'schema/cluster.schema.json', content: clusterJsonSchema() },
    ...Object.entries(workflows()).map(([name, wf]) => ({
      path: `.github/workflows/${name}.yml`,
      content: `# Generated from workflows-src/ by npm run build; edit the sources, not this file.\n${withPinComments(stringify(wf, { lineWidth: 0, aliasDuplicateObjects: false }))}`,
    })),
  ];
}
