// Files in the repo that are generated from sources, with the content they must have.
import { stringify } from 'yaml';
import { workflows } from '../workflows-src/index.js';
import { actionDirs, actionDoc, actionDocsIndex } from './action-docs.js';
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
      content: `# Generated from workflows-src/ by npm run build; edit the sources, not this file.\n${stringify(wf, { lineWidth: 0, aliasDuplicateObjects: false })}`,
    })),
    ...actionDirs().map((n) => ({ path: `docs/actions/${n}.md`, content: actionDoc(n) })),
    { path: 'docs/actions/README.md', content: actionDocsIndex(actionDirs()) },
  ];
}
