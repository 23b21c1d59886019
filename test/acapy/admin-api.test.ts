// Every ACA-Py admin-API call the toolkit makes, held to ACA-Py's own OpenAPI document of every
// release it supports (data/acapy/): read where the calls are written (templates, the holder
// locustfile, TypeScript route literals), and sent for real by the issuer's preparation against the
// stand-in, whose recorded requests (method, path, query, body) are validated field by field.
// A removed route or a misspelt field fails here; the last tests show both.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKED_ACAPY } from '../../src/acapy/versions.js';
import { WALLET_TYPES, WALLETS, type WalletType } from '../../src/acapy/wallet.js';
import { issuerSettings } from '../../src/render/machine-inputs.js';
import { type IssuerScriptInput, issuerScript } from '../../src/render/machine-scripts.js';
import { TemplateSet } from '../../src/render/render.js';
import { type AdminCall, acapyApi } from '../../src/sim/acapy/api-document.js';
import { HOLDER_LOCUSTFILE } from '../../src/sim/acapy/holder-agent.js';
import { runWithShims } from '../../src/sim/issuer/run-script.js';
import { startIssuerStandIn } from '../../src/sim/issuer/stand-in.js';
import {
  locustfileCalls,
  routeOf,
  type StaticCall,
  staticProblems,
  templateCalls,
  typescriptRoutes,
} from '../fixtures/admin-calls.js';

const API_KEY = 'SECRET-key-api-test';
const SEED = 'SECRETseed000000000000000000api1';
const PARAMS = { '/akrida/t/acapy-admin-api-key': API_KEY, '/akrida/t/issuer-seed': SEED };
const releases = CHECKED_ACAPY.map((c) => c.release);

const issuerInput = (anoncreds: boolean, registerUrl?: string): IssuerScriptInput => ({
  region: 'eu-west-1',
  adminUrl: 'http://127.0.0.1:8150',
  apiKeyParameter: '/akrida/t/acapy-admin-api-key',
  seedParameter: '/akrida/t/issuer-seed',
  ...(registerUrl ? { registerUrl } : {}),
  alias: 'api-test',
  schema: { name: 'score', version: '1.0', attributes: ['score'] },
  credDefTag: 'default',
  readyTimeoutSeconds: 10,
  anoncreds,
});

/** Problems of every written call against every supported release. */
function writtenProblems(templatesDir: string): { calls: StaticCall[]; problems: string[] } {
  const calls = [
    ...templateCalls(templatesDir),
    ...locustfileCalls(HOLDER_LOCUSTFILE, 'src/sim/acapy/holder-agent.ts (HOLDER_LOCUSTFILE)'),
    ...typescriptRoutes(process.cwd()).map((r) => ({ at: r.at, method: '*', path: r.path, query: [] })),
  ];
  const problems = releases.flatMap((r) => calls.flatMap((c) => staticProblems(c, acapyApi(r))));
  return { calls, problems };
}

/**
 * The issuer's preparation run for real, scenario by scenario (first run, re-run, wiped wallet,
 * DID to anchor by hand), for a wallet type on its release; every request the agent received.
 */
async function sentCalls(t: TemplateSet, walletType: WalletType): Promise<AdminCall[]> {
  const standIn = await startIssuerStandIn({ apiKey: API_KEY });
  try {
    standIn.agent.release = WALLETS[walletType].since === '1.4' ? '1.4.0' : '1.3.0';
    standIn.agent.settings = Object.fromEntries(
      issuerSettings({ acapy: { walletType } }).map((s) => [s.key, s.value]),
    );
    const anoncreds = WALLETS[walletType].anoncreds;
    const run = (registerUrl?: string) =>
      runWithShims(issuerScript(t, issuerInput(anoncreds, registerUrl)), {
        parameters: PARAMS,
        loopback: [['http://127.0.0.1:8150', standIn.adminUrl]],
        timeoutMs: 30_000,
      });
    const statuses = [(await run()).status]; // no registration endpoint: stops with the DID to anchor
    statuses.push((await run(standIn.registerUrl)).status);
    statuses.push((await run(standIn.registerUrl)).status);
    standIn.wallets.wipe();
    statuses.push((await run(standIn.registerUrl)).status);
    expect(statuses).toEqual([5, 0, 0, 0]);
    return standIn.admin.calls();
  } finally {
    await standIn.close();
  }
}

const key = (method: string, route: string) => `${method.toUpperCase()} ${route}`;

/** What each wallet type's preparation sent, run once for the tests that read it. */
const sentByWallet = new Map<WalletType, AdminCall[]>();
beforeAll(async () => {
  const t = new TemplateSet();
  for (const w of WALLET_TYPES) sentByWallet.set(w, await sentCalls(t, w));
});

describe("the toolkit's ACA-Py admin-API calls, against ACA-Py's own API documents", () => {
  test('every written call names a route, method and query parameters of every supported release', () => {
    const { calls, problems } = writtenProblems(join(process.cwd(), 'templates'));
    expect(problems).toEqual([]);
    // The calls this reads: enough to know the reader did not miss the scripts.
    const found = new Set(calls.map((c) => key(c.method, c.path.split('?')[0] ?? '')));
    for (const k of [
      'GET /status/ready',
      'POST /wallet/did/create',
      'POST /ledger/taa/accept',
      'POST /schemas',
      'POST /anoncreds/credential-definition',
      'POST /out-of-band/create-invitation',
      'POST /issue-credential-2.0/send',
    ])
      expect(found).toContain(k);
  });

  test.each(WALLET_TYPES)(
    'what the issuer preparation sends for an %s wallet is valid in every release that has it',
    async (walletType) => {
      const t = new TemplateSet();
      const sent = await sentCalls(t, walletType);
      expect(sent.length).toBeGreaterThan(20);
      for (const r of releases.filter(
        (x) => x >= (WALLETS[walletType].since === '1.4' ? '1.4.0' : '1.3.0'),
      )) {
        const api = acapyApi(r);
        const refused = sent.map((c) => api.check(c)).filter((v) => !v.ok);
        expect(refused).toEqual([]);
      }
    },
  );

  test('every written call with a body was also sent, so its body was validated field by field', () => {
    const sent = new Set<string>();
    for (const w of WALLET_TYPES) {
      const api = acapyApi(WALLETS[w].since === '1.4' ? '1.4.0' : '1.3.0');
      for (const c of sentByWallet.get(w) ?? []) sent.add(key(c.method, api.route(c.path) ?? c.path));
    }
    const api = acapyApi('1.3.0');
    const unsent = templateCalls(join(process.cwd(), 'templates'))
      .filter((c) => c.method !== 'GET' && c.body === undefined)
      .map((c) => key(c.method, routeOf(api, c.path)))
      .filter((k) => !sent.has(k));
    expect(unsent).toEqual([]);
  });

  describe('fails on what ACA-Py would refuse or ignore', () => {
    /** A copy of templates/ with one replacement in one file. */
    function mutated(file: string, from: string, to: string): string {
      const dir = mkdtempSync(join(tmpdir(), 'akrida-templates-'));
      cpSync(join(process.cwd(), 'templates'), dir, { recursive: true });
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(join(dir, file), text.replace(from, to));
      return dir;
    }

    test('a call to the route ACA-Py 1.3 removed (RFC 0160 Connections)', () => {
      const dir = mutated(
        'verify-cluster.sh.hbs',
        '"$admin/out-of-band/create-invitation?auto_accept=true"',
        '"$admin/connections/create-invitation"',
      );
      const { problems } = writtenProblems(dir);
      expect(problems).toEqual(
        releases.map(
          (r) =>
            `templates/verify-cluster.sh.hbs:28: POST /connections/create-invitation: /connections/{conn_id} has no POST in ACA-Py ${r}`,
        ),
      );
    });

    test('a misspelt body field in a literal body', () => {
      const dir = mutated('verify-cluster.sh.hbs', '{"handshake_protocols":', '{"handshake_protocol":');
      expect(writtenProblems(dir).problems).toEqual(
        releases.map(
          (r) =>
            `templates/verify-cluster.sh.hbs:28: POST /out-of-band/create-invitation: body has unknown field handshake_protocol (ACA-Py would drop it silently) (ACA-Py ${r})`,
        ),
      );
    });

    test('a misspelt field in a body the script builds with jq', async () => {
      const dir = mutated('prepare-issuer.sh.hbs', '{schema_name: $name,', '{schema_nam: $name,');
      const standIn = await startIssuerStandIn({ apiKey: API_KEY });
      try {
        standIn.agent.settings = { 'wallet-type': 'askar', 'wallet-allow-insecure-seed': 'true' };
        const r = await runWithShims(
          issuerScript(new TemplateSet(dir), issuerInput(false, standIn.registerUrl)),
          {
            parameters: PARAMS,
            loopback: [['http://127.0.0.1:8150', standIn.adminUrl]],
            timeoutMs: 30_000,
          },
        );
        expect(r.status).toBe(4);
        expect(r.stderr).toContain('POST /schemas at http://127.0.0.1:8150 answered HTTP 422');
        expect(r.stderr).toContain('body lacks required field schema_name');
        expect(r.stderr).toContain('body has unknown field schema_nam');
      } finally {
        await standIn.close();
      }
    });

    test('a query parameter the route does not have', () => {
      const dir = mutated('prepare-issuer.sh.hbs', '/schemas/created?schema_name=', '/schemas/created?name=');
      expect(writtenProblems(dir).problems.join('\n')).toMatch(
        /prepare-issuer\.sh\.hbs:\d+: GET \/schemas\/created: query parameter name is not one of \/schemas\/created's \(schema_id, schema_issuer_did, schema_name, schema_version\) \(ACA-Py 1\.3\.0\)/,
      );
    });
  });
});

test('docs/acapy.md lists exactly the calls the toolkit makes', () => {
  const api = acapyApi('1.3.0');
  const written = writtenProblems(join(process.cwd(), 'templates')).calls.filter((c) => c.method !== '*');
  const made = new Set(written.map((c) => key(c.method, routeOf(api, c.path))));
  const doc = readFileSync(join(process.cwd(), 'docs', 'acapy.md'), 'utf8');
  const listed = new Set(
    [...doc.matchAll(/^\| `(GET|POST) (\/[^ `?]*)/gm)].map((m) => key(m[1] ?? '', m[2] ?? '')),
  );
  // The load balancer's health check is a call too, made by ELB (the config's default path).
  made.add(key('GET', '/status/live'));
  expect([...listed].sort()).toEqual([...made].sort());
});
