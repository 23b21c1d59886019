// What the issuer's and the mediator's preparation scripts print, read back. The ids flow into a
// Locust .env, so the output is treated as hostile: every value must have the exact shape of an
// Indy id, each line may appear once, and anything else under our prefix is an error.
import type { IssuerIds } from './machine-scripts.js';

const B58 = '[1-9A-HJ-NP-Za-km-z]';
const DID = `${B58}{21,22}`;
const VERKEY = `(?:~${B58}{21,22}|${B58}{43,44})`;
const NAME = '[A-Za-z0-9_.-]{1,64}';

export class ScriptOutputError extends Error {
  override name = 'ScriptOutputError';
}

/** name=value of each `<prefix> name=value` line; a repeated name is an error. */
function fields(stdout: string, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of stdout.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.startsWith(`${prefix} `)) continue;
    const m = /^([a-z_]+)=(.*)$/.exec(line.slice(prefix.length + 1));
    if (!m?.[1] || m[2] === undefined)
      throw new ScriptOutputError(`malformed ${prefix} line: ${JSON.stringify(line.slice(0, 120))}`);
    if (out.has(m[1])) throw new ScriptOutputError(`${prefix} ${m[1]} printed more than once`);
    out.set(m[1], m[2]);
  }
  return out;
}

function field(f: Map<string, string>, prefix: string, name: string, re: RegExp): string {
  const v = f.get(name);
  if (v === undefined) throw new ScriptOutputError(`the script printed no ${prefix} ${name}= line`);
  if (!re.test(v))
    throw new ScriptOutputError(`${prefix} ${name} ${JSON.stringify(v.slice(0, 120))} is malformed`);
  return v;
}

export function parseIssuerOutput(stdout: string): IssuerIds {
  if (stdout.split('\n').some((l) => l.startsWith('akrida-issuer anchor ')))
    throw new ScriptOutputError('the issuer script asked for its DID to be anchored; it printed no ids');
  const f = fields(stdout, 'akrida-issuer');
  const did = field(f, 'akrida-issuer', 'did', new RegExp(`^${DID}$`));
  const verkey = field(f, 'akrida-issuer', 'verkey', new RegExp(`^${VERKEY}$`));
  const schemaId = field(f, 'akrida-issuer', 'schema_id', new RegExp(`^${did}:2:${NAME}:${NAME}$`));
  const credDefId = field(
    f,
    'akrida-issuer',
    'cred_def_id',
    new RegExp(`^${did}:3:CL:(?:\\d{1,12}|${DID}:2:${NAME}:${NAME}):${NAME}$`),
  );
  const extra = [...f.keys()].filter((k) => !['did', 'verkey', 'schema_id', 'cred_def_id'].includes(k));
  if (extra.length > 0) throw new ScriptOutputError(`unexpected akrida-issuer ${extra.join(', ')}`);
  return { did, verkey, schemaId, credDefId };
}

/** The DID and verkey the operator must anchor by hand (exit code 5), if the script asked. */
export function parseAnchorRequest(stdout: string): { did: string; verkey: string } | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('akrida-issuer anchor '));
  if (line === undefined) return undefined;
  const m = new RegExp(`^akrida-issuer anchor did=(${DID}) verkey=(${VERKEY})$`).exec(line);
  if (!m?.[1] || !m[2])
    throw new ScriptOutputError(`malformed anchor line: ${JSON.stringify(line.slice(0, 120))}`);
  return { did: m[1], verkey: m[2] };
}

export function parseMediatorOutput(stdout: string): { invitationUrl: string } {
  const f = fields(stdout, 'akrida-mediator');
  const invitationUrl = field(
    f,
    'akrida-mediator',
    'invitation_url',
    /^https?:\/\/[A-Za-z0-9.:/_-]{1,200}\?(?:oob|c_i)=[A-Za-z0-9_=%-]{1,8000}$/,
  );
  return { invitationUrl };
}
