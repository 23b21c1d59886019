// What the simulator learns from a script as the instance receives it: its purpose from the first
// comment line, and the values it really uses from its own shell assignments. The scripts carry
// nothing for the simulator's sake; if a template changes shape, these readers fail loudly.
import { SimulatorDataError } from './errors.js';

export type ScriptPurpose =
  | 'prepare-image'
  | 'configure-master'
  | 'verify'
  | 'collect-logs'
  | 'sample-load'
  | 'locust-http'
  | 'prepare-machine'
  | 'prepare-issuer'
  | 'reset-wallets'
  | 'sample-containers'
  | 'grow-root-volume';

/**
 * The first comment line of each script (after the shebang), as the templates write it. It holds no
 * value from the cluster file, so nothing there can stop a script from rendering.
 */
const PURPOSES: [RegExp, ScriptPurpose][] = [
  [/^# Prepare the (locust|acapy) image\.$/, 'prepare-image'],
  [/^# Configure the Locust master\.$/, 'configure-master'],
  [/^# Verify the cluster from its Locust master\.$/, 'verify'],
  [/^# Collect the compose logs\.$/, 'collect-logs'],
  [/^# Sample worker load\.$/, 'sample-load'],
  [/^# Call Locust's web API on the master\.$/, 'locust-http'],
  [/^# Prepare the stand-alone (database|issuer|Locust|mediator) machine\.$/, 'prepare-machine'],
  [/^# Prepare the issuer through its admin API\.$/, 'prepare-issuer'],
  [/^# Reset the wallet databases\.$/, 'reset-wallets'],
  [/^# Sample container load\.$/, 'sample-containers'],
  [/^# Grow the root file system\.$/, 'grow-root-volume'],
];

/** Which machine a prepare-machine script prepares, from its first comment line. */
export function machineRoleOf(script: string): 'database' | 'issuer' | 'locust' | 'mediator' | undefined {
  const m = /^# Prepare the stand-alone (database|issuer|Locust|mediator) machine\.$/.exec(
    String(script.split('\n')[1]),
  );
  return m?.[1] ? (m[1].toLowerCase() as 'database' | 'issuer' | 'locust' | 'mediator') : undefined;
}

/** What the script is for, from its first comment line; undefined for any other script. */
export function purposeOf(script: string): ScriptPurpose | undefined {
  const [shebang, first] = script.split('\n');
  if (shebang !== '#!/bin/bash' || first === undefined) return undefined;
  return PURPOSES.find(([re]) => re.test(first))?.[1];
}

/**
 * Shell words from `text` up to an unquoted `)` or the end: single-quoted runs, backslash escapes
 * and bare characters, as `shq` writes them (`'it'\''s'` is one word, `it's`).
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  const end = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === ')') {
      end();
      if (ch === ')') return words;
      continue;
    }
    inWord = true;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0)
        throw new SimulatorDataError(`unterminated quote in ${JSON.stringify(text.slice(0, 80))}`);
      word += text.slice(i + 1, close);
      i = close;
    } else if (ch === '\\') {
      word += text.charAt(i + 1);
      i++;
    } else word += ch;
  }
  end();
  return words;
}

/** The value of `name=...` at the start of a line, or of `name=(...)` as a list. */
export function assigned(script: string, name: string): string | undefined {
  const line = script.split('\n').find((l) => l.startsWith(`${name}=`) && !l.startsWith(`${name}=(`));
  return line === undefined ? undefined : shellWords(line.slice(name.length + 1))[0];
}

export function assignedList(script: string, name: string): string[] | undefined {
  const line = script.split('\n').find((l) => l.startsWith(`${name}=(`));
  return line === undefined ? undefined : shellWords(line.slice(name.length + 2));
}

/** The Parameter Store names the script reads with `akrida_secret '<name>'`. */
export function secretsRead(script: string): string[] {
  return [...script.matchAll(/akrida_secret ('(?:[^']|'\\'')*')/g)].flatMap(([, quoted]) =>
    quoted ? shellWords(quoted) : [],
  );
}

/** A value the script must contain for the simulator to act on it: its absence is a named error. */
export function needed<T>(value: T | undefined, what: string, purpose: ScriptPurpose): T {
  if (value === undefined || (Array.isArray(value) && value.length === 0))
    throw new SimulatorDataError(
      `the simulator found no ${what} in the ${purpose} script; did its template change?`,
    );
  return value;
}

/** KEY -> value or `ssm:<parameter>` from the .env lines our templates write. */
export function envOfScript(script: string): Record<string, string> {
  const env: Record<string, string> = {};
  let pendingSecret: string | undefined;
  for (const line of script.split('\n')) {
    if (line.includes('akrida_value=$(')) {
      const secret = /akrida_value=\$\(akrida_secret '([^']+)'\)/.exec(line);
      pendingSecret = secret?.[1] ? `ssm:${secret[1]}` : '<computed on the instance>';
    }
    const plain = /^\s*printf '%s=%s\\n' '([A-Z_]+)' '([^']*)'$/.exec(line);
    // The value group always matches (possibly empty): an empty value is a real `KEY=` line.
    if (plain?.[1] && plain[2] !== undefined) env[plain[1]] = plain[2];
    const fromVar = /^\s*printf '%s=%s\\n' '([A-Z_]+)' "\$akrida_value"$/.exec(line);
    if (fromVar?.[1] && pendingSecret) env[fromVar[1]] = pendingSecret;
  }
  return env;
}

/** The ACA-Py settings a prepare-machine script writes to its arg file (`set_arg KEY VALUE` lines). */
export function argSettingsOf(script: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, words] of script.matchAll(/^set_arg (.+)$/gm)) {
    if (words === undefined) continue;
    const [key, value] = shellWords(words);
    if (key !== undefined && value !== undefined) out[key] = value;
  }
  return out;
}
