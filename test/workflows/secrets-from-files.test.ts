// The workflows pass exactly the workflow secrets the cluster files name: a new cluster file with a
// new githubSecret, then the generator (what npm run build runs), and the secret is wired through.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

test('a cluster file naming a new githubSecret puts it into the generated workflows', () => {
  const root = resolve('.');
  const repo = mkdtempSync(join(tmpdir(), 'akrida-secrets-'));
  for (const d of ['clusters', 'schema', 'docs/actions', '.github/workflows'])
    mkdirSync(join(repo, d), { recursive: true });
  symlinkSync(join(root, 'actions'), join(repo, 'actions'));
  const example = readFileSync('clusters/perf-example.yml', 'utf8');
  writeFileSync(join(repo, 'clusters/perf-example.yml'), example);
  writeFileSync(
    join(repo, 'clusters/secret-test.yml'),
    example
      .replace('name: perf-example', 'name: secret-test')
      .replaceAll('/akrida/perf-example/', '/akrida/secret-test/')
      .replace('{ githubSecret: WALLET_ADMIN_PASSWORD }', '{ githubSecret: BRAND_NEW_SECRET }'),
  );
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/generate.ts')], {
    cwd: repo,
    stdio: 'ignore',
    timeout: 60_000,
  });
  const wf = (name: string) => parse(readFileSync(join(repo, '.github/workflows', `${name}.yml`), 'utf8'));
  const up = wf('cluster-up');
  expect(Object.keys(up.on.workflow_call.secrets)).toEqual([
    'AKRIDA_AWS_ROLE_ARN',
    'AKRIDA_AWS_READONLY_ROLE_ARN',
    'BRAND_NEW_SECRET',
    'ISSUER_BEARER_TOKEN',
    'WALLET_ADMIN_PASSWORD',
  ]);
  const store = (up.jobs.secrets.steps as { env?: Record<string, string> }[]).find(
    (s) => s.env?.BRAND_NEW_SECRET,
  );
  expect(store?.env?.BRAND_NEW_SECRET).toBe('${{ secrets.BRAND_NEW_SECRET }}');
  const apply = wf('cluster-apply');
  const call = Object.values(apply.jobs as Record<string, { secrets?: Record<string, string> }>).find(
    (j) => j.secrets,
  );
  expect(call?.secrets?.BRAND_NEW_SECRET).toBe('${{ secrets.BRAND_NEW_SECRET }}');
}, 90_000);
