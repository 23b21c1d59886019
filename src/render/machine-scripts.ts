// TEMPORARY stand-in for the helper's module (same contract); replaced at merge.
import type { EnvEntry } from './env-files.js';
import type { TemplateSet } from './render.js';
import type { SsmScript } from './scripts.js';

export type MachineRole = 'database' | 'issuer' | 'locust' | 'mediator';
export interface MachineScriptInput {
  role: MachineRole;
  region: string;
  repository: string;
  ref: string;
  directory: string;
  composeDirectory: string;
  composeFile: string;
  env: EnvEntry[];
  replacements?: { file: string; placeholder: string; value: string }[];
  locustHost?: { swapMiB: number; logRotation: { maxSize: string; maxFile: number } };
  start: boolean;
  wipeData?: string[];
}
export interface IssuerScriptInput {
  region: string;
  adminUrl: string;
  apiKeyParameter: string;
  seedParameter: string;
  registerUrl?: string;
  alias: string;
  schema: { name: string; version: string; attributes: string[] };
  credDefTag: string;
  readyTimeoutSeconds: number;
}
export interface IssuerIds {
  did: string;
  verkey: string;
  schemaId: string;
  credDefId: string;
}
export function machineScript(_t: TemplateSet, input: MachineScriptInput): string {
  return `#!/bin/bash\n# Prepare the stand-alone ${input.role} machine.\n${JSON.stringify(input)}\n`;
}
export function issuerScript(_t: TemplateSet, input: IssuerScriptInput): string {
  return `#!/bin/bash\n# Prepare the issuer through its admin API.\n${JSON.stringify(input)}\n`;
}
export function parseIssuerOutput(stdout: string): IssuerIds {
  const get = (k: string) => new RegExp(`^akrida-issuer ${k}=(\\S+)$`, 'm').exec(stdout)?.[1] ?? 'x';
  return {
    did: get('did'),
    verkey: get('verkey'),
    schemaId: get('schema_id'),
    credDefId: get('cred_def_id'),
  };
}
export function parseAnchorRequest(stdout: string): { did: string; verkey: string } | undefined {
  const m = /^akrida-issuer anchor did=(\S+) verkey=(\S+)$/m.exec(stdout);
  return m?.[1] && m[2] ? { did: m[1], verkey: m[2] } : undefined;
}
export function parseMediatorOutput(stdout: string): { invitationUrl: string } {
  return { invitationUrl: stdout };
}
export function machineSsmScripts(
  t: TemplateSet,
  inputs: { machines: MachineScriptInput[]; issuer?: IssuerScriptInput },
): SsmScript[] {
  return inputs.machines.map((m) => ({
    id: `prepare-${m.role}-machine`,
    title: m.role,
    when: 'x',
    script: machineScript(t, m),
  }));
}
