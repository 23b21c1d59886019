// Runs a rendered script for real under bash, as an instance would, with shims first on PATH: `aws`
// answers `ssm get-parameter` from the given parameters, and `curl` and `jq` log their arguments and
// run the real tools, curl with the script's loopback addresses moved onto the stand-ins' ports. The
// run is asynchronous (the stand-ins live in this process and must keep answering) and bounded.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shellQuote as q } from '../../render/render.js';

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Each shimmed command with its arguments, one line per call: what `ps` would have shown. */
  calls: string[];
}

export interface ShimOptions {
  parameters: Record<string, string>;
  /** `http://127.0.0.1:<port>` as the script knows it -> the URL the stand-in listens on. */
  loopback?: [from: string, to: string][];
  timeoutMs?: number;
}

/** Writes the shims into `dir/bin`; returns the bin folder and the call log's path. */
export function writeShims(dir: string, opts: ShimOptions): { bin: string; log: string } {
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  const params = join(dir, 'parameters.json');
  writeFileSync(params, JSON.stringify(opts.parameters), { mode: 0o600 });
  writeFileSync(log, '', { flag: 'a' });
  const shim = (name: string, body: string) => {
    const p = join(bin, name);
    writeFileSync(p, `#!/bin/bash\nprintf '%s\\n' "${name} $*" >> ${q(log)}\n${body}\n`, { flag: 'w' });
    chmodSync(p, 0o755);
  };
  mkdirSync(bin, { recursive: true });
  shim(
    'aws',
    `[ "$1 $2" = "ssm get-parameter" ] || { echo "aws shim: unsupported $*" >&2; exit 2; }
name=""; while [ $# -gt 0 ]; do [ "$1" = "--name" ] && name=$2; shift; done
exec jq -r --arg n "$name" 'if has($n) then .[$n] else ("An error occurred (ParameterNotFound) when calling the GetParameter operation: Parameter " + $n + " not found.\\n" | halt_error(254)) end' ${q(params)}`,
  );
  const rewrites = (opts.loopback ?? [])
    .map(([from, to]) => `    ${q(from)}*) a=${q(to)}"\${a#${q(from)}}" ;;`)
    .join('\n');
  shim(
    'curl',
    `args=()
for a in "$@"; do
  case $a in
${rewrites}
    http://127.0.0.1:* | http://localhost:*) ;;
    http://* | https://*) echo "curl shim: no traffic off loopback ($a)" >&2; exit 7 ;;
  esac
  args+=("$a")
done
PATH=/usr/bin:/bin exec curl "\${args[@]}"`,
  );
  shim('jq', 'PATH=/usr/bin:/bin exec jq "$@"');
  return { bin, log };
}

/** Run `script` with the shims; the scratch folder (and the parameters written there) is removed after. */
export async function runWithShims(script: string, opts: ShimOptions): Promise<ScriptRun> {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-sim-run-'));
  try {
    const { bin, log } = writeShims(dir, opts);
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-c', script], {
        cwd: dir,
        env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, AKRIDA_LOCK_DIR: dir, TMPDIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (stdout.length < 1_000_000) stdout += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        if (stderr.length < 1_000_000) stderr += d;
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ status: 127, stdout, stderr: `${stderr}bash could not run: ${err.message}\n` });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ status: code, stdout, stderr });
      });
    });
    const calls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    return { ...r, calls };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
