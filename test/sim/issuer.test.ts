// The issuer's preparation, run for real under bash against the ACA-Py and ledger stand-ins on
// loopback: an operator's first cluster-up, a re-run, a database wipe, a ledger that needs a hand.

import type { WalletType } from '../../src/acapy/wallet.js';
import { issuerSettings } from '../../src/render/machine-inputs.js';
import {
  type IssuerScriptInput,
  issuerScript,
  parseAnchorRequest,
  parseIssuerOutput,
} from '../../src/render/machine-scripts.js';
import { TemplateSet } from '../../src/render/render.js';
import { runWithShims } from '../../src/sim/issuer/run-script.js';
import { type IssuerStandIn, startIssuerStandIn } from '../../src/sim/issuer/stand-in.js';

const t = new TemplateSet();
const API_KEY = 'SECRET-admin-key-4e1b';
const SEED = 'SECRETseed000000000000000000abcd';
const PARAMS = { '/akrida/demo/acapy-admin-api-key': API_KEY, '/akrida/demo/issuer-seed': SEED };

let standIn: IssuerStandIn;

/** The agent as the issuer machine's preparation leaves it: its arg file with the toolkit's settings. */
function prepared(s: IssuerStandIn, walletType: WalletType = 'askar'): void {
  s.agent.settings = Object.fromEntries(
    issuerSettings({ acapy: { walletType } }).map((x) => [x.key, x.value]),
  );
}

beforeEach(async () => {
  standIn = await startIssuerStandIn({ apiKey: API_KEY });
  prepared(standIn);
});
afterEach(async () => {
  await standIn.close();
});

function input(over: Partial<IssuerScriptInput> = {}): IssuerScriptInput {
  return {
    region: 'eu-west-1',
    adminUrl: 'http://127.0.0.1:8150',
    apiKeyParameter: '/akrida/demo/acapy-admin-api-key',
    seedParameter: '/akrida/demo/issuer-seed',
    registerUrl: standIn.registerUrl,
    alias: 'akrida-issuer',
    schema: { name: 'simple', version: '1.0', attributes: ['score', 'name'] },
    credDefTag: 'default',
    readyTimeoutSeconds: 20,
    anoncreds: false,
    ...over,
  };
}

const run = (i: IssuerScriptInput, parameters: Record<string, string> = PARAMS) =>
  runWithShims(issuerScript(t, i), {
    parameters,
    loopback: [['http://127.0.0.1:8150', standIn.adminUrl]],
    timeoutMs: 30_000,
  });

function noSecrets(r: { stdout: string; stderr: string; calls: string[] }, script: string) {
  for (const secret of [API_KEY, SEED]) {
    expect(r.stdout).not.toContain(secret);
    expect(r.stderr).not.toContain(secret);
    expect(r.calls.join('\n')).not.toContain(secret);
    expect(script).not.toContain(secret);
  }
}

describe('prepare-issuer against the stand-ins', () => {
  test('first run: DID from the seed, registered, agreement accepted, public, schema and cred def', async () => {
    const r = await run(input());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ids = parseIssuerOutput(r.stdout);
    expect(ids.schemaId).toBe(`${ids.did}:2:simple:1.0`);
    expect(ids.credDefId).toMatch(new RegExp(`^${ids.did}:3:CL:\\d+:default$`));
    expect(standIn.admin.creating()).toEqual([
      '/wallet/did/create',
      '/ledger/taa/accept',
      '/wallet/did/public',
      '/schemas',
      '/credential-definitions',
    ]);
    expect(standIn.ledger.registrations).toBe(1);
    expect(standIn.ledger.dids.get(ids.did)).toEqual({
      verkey: ids.verkey,
      alias: 'akrida-issuer',
      role: 'ENDORSER',
    });
    expect(r.stdout).toContain("accepted the ledger's transaction author agreement (mechanism on_file)");
    noSecrets(r, issuerScript(t, input()));
  });

  test('a second run reuses everything: no creating request, the same ids', async () => {
    const first = parseIssuerOutput((await run(input())).stdout);
    const before = standIn.admin.creating().length;
    const r = await run(input());
    expect(r.status).toBe(0);
    expect(parseIssuerOutput(r.stdout)).toEqual(first);
    expect(standIn.admin.creating().length).toBe(before);
    expect(standIn.ledger.registrations).toBe(1);
  });

  test('after a database wipe the same seed gives the same DID; the ledger keeps it and the schema', async () => {
    const first = parseIssuerOutput((await run(input())).stdout);
    standIn.wallets.wipe();
    const r = await run(input());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const again = parseIssuerOutput(r.stdout);
    expect(again.did).toBe(first.did);
    expect(again.schemaId).toBe(first.schemaId);
    // The wiped wallet lost the old definition's keys: a numbered tag, said so.
    expect(again.credDefId).toMatch(/:default\.1$/);
    expect(r.stdout).toContain('trying tag default.1');
    expect(standIn.ledger.registrations).toBe(1);
    // And a third run reuses the numbered definition.
    const third = await run(input());
    expect(parseIssuerOutput(third.stdout)).toEqual(again);
  });

  test('no registration endpoint and a DID the ledger does not know: exit 5 with what to anchor', async () => {
    const r = await run(input({ registerUrl: undefined }));
    expect(r.status).toBe(5);
    const anchor = parseAnchorRequest(r.stdout);
    expect(anchor?.did).toMatch(/^[1-9A-HJ-NP-Za-km-z]{21,22}$/);
    expect(r.stderr).toContain(
      "anchor it (DID and verkey above, role ENDORSER) on the ledger's self-serve page",
    );
    expect(() => parseIssuerOutput(r.stdout)).toThrow(/anchored/);
    noSecrets(r, '');
    // Anchored by hand, the re-run goes through.
    if (anchor)
      standIn.ledger.dids.set(anchor.did, { verkey: anchor.verkey, alias: 'by hand', role: 'ENDORSER' });
    const again = await run(input({ registerUrl: undefined }));
    expect(again.status).toBe(0);
    expect(parseIssuerOutput(again.stdout).did).toBe(anchor?.did);
  });

  test('a wrong API key fails naming the endpoint and the parameter, never the key', async () => {
    const r = await run(input(), { ...PARAMS, '/akrida/demo/acapy-admin-api-key': 'SECRET-wrong' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe(
      `akrida-ops: GET /wallet/did/public at http://127.0.0.1:8150 answered HTTP 401: the admin API refused the key in Parameter Store /akrida/demo/acapy-admin-api-key\n`,
    );
    expect(r.stderr + r.stdout + r.calls.join('\n')).not.toContain('SECRET-wrong');
  });

  test('a ledger without an agreement needs no acceptance', async () => {
    await standIn.close();
    standIn = await startIssuerStandIn({ apiKey: API_KEY, taa: null });
    prepared(standIn);
    const r = await run(input());
    expect(r.status).toBe(0);
    expect(standIn.admin.creating()).not.toContain('/ledger/taa/accept');
  });

  test('an agent that never gets ready fails after the bounded wait', async () => {
    const r = await runWithShims(issuerScript(t, input({ readyTimeoutSeconds: 1 })), {
      parameters: PARAMS,
      loopback: [['http://127.0.0.1:8150', 'http://127.0.0.1:9']],
      timeoutMs: 30_000,
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(
      'GET /status/ready at http://127.0.0.1:8150: not ready after 1 s (last HTTP 000)',
    );
  });

  test('the API key reaches curl in a header file, never on its command line', async () => {
    const r = await run(input());
    const curls = r.calls.filter((c) => c.startsWith('curl '));
    expect(curls.length).toBeGreaterThan(5);
    for (const c of curls.filter((x) => x.includes(':8150') || x.includes(standIn.adminUrl)))
      expect(c).toMatch(/-H @\S+\/headers/);
    expect(r.calls.some((c) => c.startsWith('curl ') && c.includes(standIn.registerUrl))).toBe(true);
  });

  test("Akrida's arg file as it is (no seed switch): ACA-Py 1.3 refuses the seed, and the script says so", async () => {
    standIn.agent.settings = { 'wallet-type': 'askar' };
    const r = await run(input());
    expect(r.status).toBe(4);
    expect(r.stderr).toContain('POST /wallet/did/create at http://127.0.0.1:8150 answered HTTP 400');
    expect(r.stderr).toContain('Seed support is not enabled');
    noSecrets(r, '');
  });

  test.each(['askar-anoncreds', 'kanon-anoncreds'] as const)(
    'an %s wallet: schema and credential definition through the AnonCreds routes, reused on a re-run',
    async (walletType) => {
      standIn.agent.release = walletType === 'kanon-anoncreds' ? '1.4.0' : '1.3.0';
      prepared(standIn, walletType);
      const r = await run(input({ anoncreds: true }));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const ids = parseIssuerOutput(r.stdout);
      expect(ids.schemaId).toBe(`${ids.did}:2:simple:1.0`);
      expect(ids.credDefId).toMatch(new RegExp(`^${ids.did}:3:CL:\\d+:default$`));
      expect(standIn.admin.creating()).toEqual([
        '/wallet/did/create',
        '/ledger/taa/accept',
        '/wallet/did/public',
        '/anoncreds/schema',
        '/anoncreds/credential-definition',
      ]);
      const before = standIn.admin.creating().length;
      expect(parseIssuerOutput((await run(input({ anoncreds: true }))).stdout)).toEqual(ids);
      expect(standIn.admin.creating().length).toBe(before);
    },
  );

  test('endpoints that disagree with the wallet are refused as ACA-Py refuses them (403)', async () => {
    // An askar wallet asked through the AnonCreds routes.
    const askar = await run(input({ anoncreds: true }));
    expect(askar.status).toBe(4);
    expect(askar.stderr).toContain('GET /anoncreds/schemas at http://127.0.0.1:8150 answered HTTP 403');
    expect(askar.stderr).toContain('AnonCreds interface requires AskarAnonCreds profile');
    // An anoncreds wallet asked through the Indy routes.
    prepared(standIn, 'askar-anoncreds');
    const anon = await run(input({ anoncreds: false }));
    expect(anon.status).toBe(4);
    expect(anon.stderr).toContain('GET /schemas/created at http://127.0.0.1:8150 answered HTTP 403');
    expect(anon.stderr).toContain('Interface not supported for an anoncreds profile');
  });
});
