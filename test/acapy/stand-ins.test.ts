// The ACA-Py stand-ins answer as ACA-Py's aiohttp server does before any handler runs, from the
// release's own API document: an unknown route 404, a known route with another method 405, a body
// or query that fails the route's schema 422 (and, stricter than ACA-Py, an unknown field, which
// ACA-Py would drop silently). Then the agent's settings decide, as its source does.
import { startHolderAgentStandIn } from '../../src/sim/acapy/holder-agent.js';
import { startIssuerStandIn } from '../../src/sim/issuer/stand-in.js';

const KEY = 'SECRET-stand-in-key';

async function call(base: string, method: string, path: string, body?: unknown) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { 'x-api-key': KEY, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(5000),
  });
  return [r.status, ((await r.json()) as { reason?: string }).reason ?? ''] as const;
}

describe("the issuer's admin API stand-in", () => {
  test.each(['1.3.0', '1.4.0'])('ACA-Py %s: 404, 405, 422 from the document', async (release) => {
    const s = await startIssuerStandIn({ apiKey: KEY });
    try {
      s.agent.release = release;
      const base = s.adminUrl;
      expect(await call(base, 'GET', '/no/such/route')).toEqual([
        404,
        `Not Found: /no/such/route is not a route of ACA-Py ${release}`,
      ]);
      // RFC 0160's route is gone: the path falls on /connections/{conn_id}, which has no POST.
      expect(await call(base, 'POST', '/connections/create-invitation', {})).toEqual([
        405,
        'Method Not Allowed: POST /connections/{conn_id} (allowed: DELETE, GET)',
      ]);
      expect(await call(base, 'POST', '/schemas', { schema_version: '1.0', attributes: ['a'] })).toEqual([
        422,
        'POST /schemas: body lacks required field schema_name',
      ]);
      expect(
        await call(base, 'POST', '/ledger/taa/accept', { text: 't', version: '1', mechnism: 'on_file' }),
      ).toEqual([
        422,
        'POST /ledger/taa/accept: body has unknown field mechnism (ACA-Py would drop it silently)',
      ]);
      expect(await call(base, 'POST', '/wallet/did/public')).toEqual([
        422,
        'POST /wallet/did/public: query parameter did is required',
      ]);
    } finally {
      await s.close();
    }
  });

  test("a seed without wallet-allow-insecure-seed: 400, as ACA-Py's wallet routes answer", async () => {
    const s = await startIssuerStandIn({ apiKey: KEY });
    try {
      const seed = { method: 'sov', seed: '00000000000000000000000000000001' };
      expect(await call(s.adminUrl, 'POST', '/wallet/did/create', seed)).toEqual([
        400,
        'Seed support is not enabled',
      ]);
      s.agent.settings = { 'wallet-type': 'askar', 'wallet-allow-insecure-seed': 'true' };
      expect((await call(s.adminUrl, 'POST', '/wallet/did/create', seed))[0]).toBe(200);
      // Without a seed ACA-Py makes a random DID either way.
      s.agent.settings = { 'wallet-type': 'askar' };
      expect((await call(s.adminUrl, 'POST', '/wallet/did/create', { method: 'sov' }))[0]).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe("the holder scenario's stand-in", () => {
  const issue = (format: string) => ({
    connection_id: 'c1',
    credential_preview: { attributes: [{ name: 'score', value: '1' }] },
    filter: { [format]: { cred_def_id: 'WgWxqztrNooG92RXvxSTWv:3:CL:20:default' } },
  });

  test('refuses before its handler what ACA-Py refuses, and says so', async () => {
    const s = await startHolderAgentStandIn();
    try {
      expect((await call(s.url, 'POST', '/issue-credential-2.0/send', { connection_id: 'c1' }))[0]).toBe(422);
      expect((await call(s.url, 'POST', '/connections/create-invitation', {}))[0]).toBe(405);
      expect(s.refused()).toEqual([
        '422 POST /issue-credential-2.0/send: POST /issue-credential-2.0/send: body lacks required field filter',
        '405 POST /connections/create-invitation: Method Not Allowed: POST /connections/{conn_id} (allowed: DELETE, GET)',
      ]);
    } finally {
      await s.close();
    }
  });

  test('issues in the format its wallet issues in, and refuses the other as ACA-Py does', async () => {
    const askar = await startHolderAgentStandIn({ walletType: 'askar' });
    const anon = await startHolderAgentStandIn({ walletType: 'askar-anoncreds' });
    try {
      expect((await call(askar.url, 'POST', '/issue-credential-2.0/send', issue('indy')))[0]).toBe(200);
      expect(await call(askar.url, 'POST', '/issue-credential-2.0/send', issue('anoncreds'))).toEqual([
        400,
        'AnonCreds interface requires AskarAnonCreds profile',
      ]);
      expect((await call(anon.url, 'POST', '/issue-credential-2.0/send', issue('anoncreds')))[0]).toBe(200);
      expect(await call(anon.url, 'POST', '/issue-credential-2.0/send', issue('indy'))).toEqual([
        400,
        'This issuer is anoncreds capable. Please use the anoncreds format.',
      ]);
    } finally {
      await Promise.all([askar.close(), anon.close()]);
    }
  });
});
