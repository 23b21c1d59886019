// Files in the repo that are generated from sources, with the content they must have.
import { clusterJsonSchema } from './config/json-schema.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

export function generatedFiles(): GeneratedFile[] {
  return [{ path: 'schema/cluster.schema.json', content: clusterJsonSchema() }];
}
