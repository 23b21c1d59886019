// npm test runs this file on Node 24, GitHub's action runtime, the only one the committed actions
// run on: scripts/with-node24.mjs sets AKRIDA_EXPECT_NODE_MAJOR so this proves it did (run alone,
// with npm run test:unit, it checks this machine's Node). Each action here is the committed code in
// lib/, started as GitHub starts it, from the file its action.yml names.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AWS_FREE, actionEntryFile, coldStartEnv, coldStartWorkspace } from '../scripts/bench-action-env.js';
import { actionNames } from '../scripts/bundle.js';

test('runs on the Node.js major it was asked for', () => {
  const expected = process.env.AKRIDA_EXPECT_NODE_MAJOR;
  const major = process.versions.node.split('.')[0];
  expect(major).toBe(expected ?? major);
  expect(Number(major)).toBeGreaterThanOrEqual(20);
});

describe('each action, as committed, on this Node', () => {
  const root = resolve('.');
  const cwd = coldStartWorkspace(root);

  test.each(actionNames())('%s loads and runs to its first AWS call (or to its end)', (name) => {
    const r = spawnSync(process.execPath, [actionEntryFile(root, name)], {
      cwd,
      env: coldStartEnv(name),
      encoding: 'utf8',
      // A safety net, not a measure (a start takes well under a second): beside another test suite
      // a start waited 20 s for CPU.
      timeout: 180_000,
    });
    const out = `${r.stdout}${r.stderr}`;
    // Nothing escaped the action's own error handling, and Node printed no warning.
    expect(r.stderr).toBe('');
    if (AWS_FREE.has(name)) {
      expect([name, r.status, out.match(/^::error.*$/m)?.[0]]).toEqual([name, 0, undefined]);
    } else {
      // 127.0.0.1:9 refuses: the action got as far as calling AWS, and reported it as one clear error.
      expect([name, r.status]).toEqual([name, 1]);
      expect(out).toMatch(/^::error::\w+ .*failed: .*ECONNREFUSED 127\.0\.0\.1:9/m);
    }
  });
});

/** Runs ensure-security-groups, as committed, against a loopback endpoint that refuses every call as EC2 does. */
async function againstLoopbackEc2(env: Record<string, string | undefined>) {
  const requests: { authorization?: string; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      requests.push({ authorization: req.headers.authorization, body });
      res.writeHead(400, { 'content-type': 'text/xml' });
      res.end(
        '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>recorded</Message></Error></Errors><RequestID>r</RequestID></Response>',
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const root = resolve('.');
    const child = spawn(process.execPath, [actionEntryFile(root, 'ensure-security-groups')], {
      cwd: coldStartWorkspace(root),
      env: { ...env, AWS_ENDPOINT_URL: `http://127.0.0.1:${port}` },
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    const status = await new Promise((r) => child.on('close', r));
    return { status, out, requests };
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

test('a bundled EC2 call is serialized with the wire names of the SDK schemas, and its error parsed', async () => {
  // EC2's query protocol names each parameter from the SDK schemas' traits (Filter.1.Value.1, not
  // Filters.1.Values.1): the bundle must hold them as the SDK publishes them.
  const { status, out, requests } = await againstLoopbackEc2(coldStartEnv());
  expect(status).toBe(1);
  expect(out).toMatch(/^::error::DescribeSecurityGroups .*UnauthorizedOperation/m);
  const params = new URLSearchParams(requests[0]?.body);
  expect(params.get('Action')).toBe('DescribeSecurityGroups');
  expect(params.get('Filter.1.Name')).toMatch(/^tag:/);
  expect(params.get('Filter.1.Value.1')).toBeTruthy();
});

test('without credentials in its environment, an action loads the profile provider and signs with it', async () => {
  // A self-hosted runner may have a profile instead of configure-aws-credentials' variables. The
  // SDK imports that provider on demand (lib/vendor.js holds it, evaluated on first use).
  const dir = mkdtempSync(join(tmpdir(), 'akrida-profile-'));
  writeFileSync(
    join(dir, 'credentials'),
    '[akrida-test]\naws_access_key_id = AKIDPROFILEEXAMPLE\naws_secret_access_key = profile-secret-example\n',
  );
  const { AWS_ACCESS_KEY_ID: _id, AWS_SECRET_ACCESS_KEY: _secret, ...env } = coldStartEnv();
  const { status, out, requests } = await againstLoopbackEc2({
    ...env,
    AWS_PROFILE: 'akrida-test',
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_CONFIG_FILE: join(dir, 'config'),
  });
  expect(status).toBe(1);
  expect(out).toMatch(/^::error::DescribeSecurityGroups .*UnauthorizedOperation/m);
  expect(requests[0]?.authorization).toMatch(/Credential=AKIDPROFILEEXAMPLE\//);
});
