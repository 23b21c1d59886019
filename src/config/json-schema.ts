// The published JSON Schema of a cluster file, for editors (yaml-language-server) and other tools.
import * as z from 'zod';
import { clusterSchema } from './schema.js';

export function clusterJsonSchema(): string {
  const schema = z.toJSONSchema(clusterSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'akrida-ops cluster file' }, null, 2)}\n`;
}
