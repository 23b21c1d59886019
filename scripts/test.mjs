#!/usr/bin/env node
// `npm test`: biome first (seconds, and a format slip fails at once), then side by side tsc, the
// jest run on Node 24 (GitHub's action runtime; jest needs a quarter less CPU there than on Node 20)
// and a pass on this machine's Node (20 here) over what runs on a developer's machine, only there:
// the CLI, its launcher and the local runner (the committed actions run on Node 24 only, as on
// GitHub). The jest workers often wait on real time (Locust, moto); tsc, at a lower priority,
// fills those gaps instead of running after it. jest writes to this terminal as it goes; the
// others' output is printed whole when each ends. Exits non-zero when any part failed, after all
// have ended, with one line per part.
import { spawn } from 'node:child_process';

const run = (name, script, { stream = false, niceness = 0 } = {}) =>
  new Promise((resolvePart) => {
    const t0 = performance.now();
    const child = spawn('nice', ['-n', String(niceness), 'npm', 'run', '--silent', script], {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    if (!stream) {
      child.stdout.on('data', (c) => {
        out += c;
      });
      child.stderr.on('data', (c) => {
        out += c;
      });
    }
    child.on('close', (code, signal) => {
      const seconds = Math.round((performance.now() - t0) / 1000);
      if (!stream) process.stdout.write(`\n── ${name} (${seconds} s) ──\n${out}`);
      resolvePart({ name, ok: code === 0, status: code ?? signal, seconds });
    });
  });

const lint = await run('biome', 'lint');
const parts = [lint];
if (lint.ok) {
  parts.push(
    ...(await Promise.all([
      run('jest', 'test:jest', { stream: true }),
      // Lower priority: tsc takes what the jest workers leave, not the workers' share.
      run('tsc', 'typecheck', { niceness: 10 }),
      // At the jest workers' priority: its CLI example runs a real Locust, and at a lower priority
      // beside another test suite that example's load test once failed (exit 1).
      run(`Node ${process.versions.node.split('.')[0]} pass`, 'test:this-node'),
    ])),
  );
}
process.stdout.write('\n');
for (const p of parts)
  process.stdout.write(`npm test: ${p.name} ${p.ok ? 'passed' : `failed (${p.status})`} in ${p.seconds} s\n`);
process.exit(parts.every((p) => p.ok) && lint.ok ? 0 : 1);
