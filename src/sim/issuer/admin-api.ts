// A loopback stand-in for the ACA-Py admin endpoints the issuer's preparation uses. Every request is
// first held to ACA-Py's own API document for the release the agent runs (404, 405, 422 as ACA-Py
// answers them, src/sim/acapy/api-document.ts); then the agent's settings decide as ACA-Py's source
// does: a seed needs wallet-allow-insecure-seed (400 "Seed support is not enabled"), an askar wallet
// refuses the /anoncreds routes and an anoncreds wallet the Indy ones (403). It is stateful the
// way ACA-Py is: the wallet lives in the database machine's Postgres, so the wallet store is keyed
// by the database's generation and a wipe empties it; the ledger keeps what was written to it. A
// public DID needs the ledger to know it and its agreement accepted; a schema already on the ledger
// comes back with the ledger's id; a credential definition on the ledger but not in the wallet is
// refused, as ACA-Py refuses it.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { WALLETS } from '../../acapy/wallet.js';
import { type AdminCall, apiOfRunning, queryOf } from '../acapy/api-document.js';
import { type AgentConfig, didFromSeed, type WalletStore } from './agent-state.js';
import {
  isDid,
  type LedgerRegistry,
  type LoopbackServer,
  listenLoopback,
  readJson,
  sendJson,
} from './ledger.js';

export interface AdminStandIn extends LoopbackServer {
  /** Requests that created or changed state (POSTs answered 2xx), by path. */
  creating(): string[];
  requests(): string[];
  /** Every request as the agent received it (key checked), for holding to the API document. */
  calls(): AdminCall[];
}

type Answer = [status: number, body: unknown];

export async function startAdminApi(opts: {
  /** The key the agent was started with, or how to read it (the simulated Parameter Store). */
  apiKey: string | (() => string | undefined);
  ledger: LedgerRegistry;
  wallets: WalletStore;
  agent: AgentConfig;
}): Promise<AdminStandIn> {
  const { ledger, wallets, agent } = opts;
  const log: string[] = [];
  const posts: string[] = [];
  const received: AdminCall[] = [];
  const bad = (reason: string): Answer => [400, { reason }];

  /** A schema on the ledger under the public DID, kept in the wallet (the Indy and AnonCreds routes alike). */
  const writeSchema = (n: string, v: string, attributes: string[]): Answer => {
    const w = wallets.current();
    if (!w.publicDid) return bad('no public DID');
    const id = `${w.publicDid}:2:${n}:${v}`;
    if (!ledger.schemas.has(id)) ledger.schemas.set(id, { seqNo: ledger.nextSeqNo(), attributes });
    if (!w.schemas.includes(id)) w.schemas.push(id);
    const schema = { id, name: n, version: v, attrNames: attributes, seqNo: ledger.schemas.get(id)?.seqNo };
    return [200, { sent: { schema_id: id, schema }, schema_id: id, schema }];
  };

  /** A credential definition: refused when the ledger has it and the wallet lost its keys, as ACA-Py does. */
  const writeCredDef = (schemaId: string, tag: string): Answer => {
    const w = wallets.current();
    if (!w.publicDid) return bad('no public DID');
    const schema = ledger.schemas.get(schemaId);
    if (!schema) return [404, { reason: `schema ${schemaId} is not on the ledger` }];
    const id = `${w.publicDid}:3:CL:${schema.seqNo}:${tag}`;
    if (ledger.credDefs.has(id) && !w.credDefs.includes(id))
      return bad(`Credential definition ${id} is on ledger sim but not in wallet`);
    ledger.credDefs.add(id);
    if (!w.credDefs.includes(id)) w.credDefs.push(id);
    return [200, { sent: { credential_definition_id: id }, credential_definition_id: id }];
  };

  const route = (method: string, path: string, q: URLSearchParams, body: Record<string, unknown>): Answer => {
    const w = wallets.current();
    const didInfo = (did: string) => ({
      did,
      verkey: w.dids.get(did),
      posture: w.publicDid === did ? 'public' : 'wallet_only',
      method: 'sov',
      key_type: 'ed25519',
    });
    const anoncreds = WALLETS[agent.walletType].anoncreds;
    const key = `${method} ${path}`;
    const indyRoute = /^\/(schemas|credential-definitions)(\/|$)/.test(path);
    if (indyRoute && anoncreds) return [403, { reason: 'Interface not supported for an anoncreds profile' }];
    if (path.startsWith('/anoncreds/') && !anoncreds)
      return [403, { reason: 'AnonCreds interface requires AskarAnonCreds profile' }];
    if (key === 'GET /status/ready') return [200, { ready: true }];
    if (key === 'GET /status/live') return [200, { alive: true }];
    if (key === 'GET /wallet/did/public') return [200, { result: w.publicDid ? didInfo(w.publicDid) : null }];
    if (key === 'GET /wallet/did') return [200, { results: [...w.dids.keys()].map(didInfo) }];
    if (key === 'POST /wallet/did/create') {
      const seed = body.seed;
      if (seed && !agent.allowInsecureSeed) return bad('Seed support is not enabled');
      if (seed !== undefined && (typeof seed !== 'string' || seed.length !== 32))
        return bad('seed must be 32 characters');
      const { did, verkey } = didFromSeed(typeof seed === 'string' ? seed : randomBytes(16).toString('hex'));
      if (w.dids.has(did)) return bad(`DID ${did} already present in wallet`);
      w.dids.set(did, verkey);
      return [200, { result: didInfo(did) }];
    }
    if (key === 'GET /ledger/did-verkey') {
      const entry = ledger.dids.get(String(q.get('did')));
      return entry
        ? [200, { verkey: entry.verkey }]
        : [404, { reason: `DID ${q.get('did')} is not on the ledger` }];
    }
    if (key === 'GET /ledger/taa') {
      const t = ledger.taa;
      return [
        200,
        {
          result: {
            taa_required: t !== null,
            taa_record: t ? { text: t.text, version: t.version, digest: 'sim' } : null,
            taa_accepted: w.taaAccepted ? { mechanism: w.taaAccepted.mechanism, time: 0 } : null,
            aml_record: t ? { aml: t.aml, amlContext: 'sim', version: '1.0' } : null,
          },
        },
      ];
    }
    if (key === 'POST /ledger/taa/accept') {
      const t = ledger.taa;
      if (!t) return bad('the ledger has no agreement');
      if (body.text !== t.text || body.version !== t.version)
        return bad('text or version differs from the ledger');
      if (typeof body.mechanism !== 'string' || !(body.mechanism in t.aml)) return bad('unknown mechanism');
      w.taaAccepted = { version: t.version, mechanism: body.mechanism };
      return [200, {}];
    }
    if (key === 'POST /wallet/did/public') {
      const did = String(q.get('did'));
      if (!w.dids.has(did)) return [404, { reason: `DID ${did} not found in wallet` }];
      if (!ledger.dids.has(did)) return bad(`DID ${did} is not posted to the ledger`);
      if (ledger.taa && w.taaAccepted?.version !== ledger.taa.version)
        return bad('the transaction author agreement is not accepted');
      w.publicDid = did;
      return [200, { result: didInfo(did) }];
    }
    if (key === 'GET /schemas/created') {
      const name = q.get('schema_name');
      const version = q.get('schema_version');
      const ids = w.schemas.filter((id) => {
        const [, , n, v] = id.split(':');
        return (name === null || n === name) && (version === null || v === version);
      });
      return [200, { schema_ids: ids }];
    }
    if (key === 'POST /schemas') {
      const { schema_name: n, schema_version: v, attributes } = body;
      return writeSchema(String(n), String(v), (attributes as unknown[]).map(String));
    }
    if (key === 'GET /credential-definitions/created') {
      const schema = ledger.schemas.get(String(q.get('schema_id')));
      const ids = w.credDefs.filter(
        (id) => !q.get('schema_id') || id.split(':')[3] === String(schema?.seqNo),
      );
      return [200, { credential_definition_ids: ids }];
    }
    if (key === 'POST /credential-definitions')
      return writeCredDef(String(body.schema_id), typeof body.tag === 'string' ? body.tag : 'default');
    if (key === 'GET /anoncreds/schemas') {
      const issuer = q.get('schema_issuer_id');
      const name = q.get('schema_name');
      const version = q.get('schema_version');
      const ids = w.schemas.filter((id) => {
        const [did, , n, v] = id.split(':');
        return (
          (issuer === null || did === issuer) &&
          (name === null || n === name) &&
          (version === null || v === version)
        );
      });
      return [200, { schema_ids: ids }];
    }
    if (key === 'POST /anoncreds/schema') {
      const schema = (body.schema ?? {}) as Record<string, unknown>;
      const { issuerId, name: n, version: v, attrNames } = schema;
      if (!w.publicDid || issuerId !== w.publicDid)
        return bad(`issuer ${String(issuerId)} is not this wallet's public DID`);
      const [status, answer] = writeSchema(String(n), String(v), (attrNames as unknown[]).map(String));
      if (status !== 200) return [status, answer];
      const id = String((answer as { schema_id: string }).schema_id);
      return [
        200,
        {
          schema_state: {
            state: 'finished',
            schema_id: id,
            schema: { issuerId, name: n, version: v, attrNames },
          },
        },
      ];
    }
    if (key === 'GET /anoncreds/credential-definitions') {
      const issuer = q.get('issuer_id');
      const schema = ledger.schemas.get(String(q.get('schema_id')));
      const ids = w.credDefs.filter(
        (id) =>
          (issuer === null || id.startsWith(`${issuer}:`)) &&
          (!q.get('schema_id') || id.split(':')[3] === String(schema?.seqNo)),
      );
      return [200, { credential_definition_ids: ids }];
    }
    if (key === 'POST /anoncreds/credential-definition') {
      const d = (body.credential_definition ?? {}) as Record<string, unknown>;
      if (!w.publicDid || d.issuerId !== w.publicDid)
        return bad(`issuer ${String(d.issuerId)} is not this wallet's public DID`);
      const [status, answer] = writeCredDef(String(d.schemaId), String(d.tag));
      if (status !== 200) return [status, answer];
      const id = String((answer as { credential_definition_id: string }).credential_definition_id);
      return [200, { credential_definition_state: { state: 'finished', credential_definition_id: id } }];
    }
    return [404, { reason: `no ${key} here` }];
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    log.push(`${method} ${url.pathname}`);
    const open = url.pathname.startsWith('/status/');
    const apiKey = typeof opts.apiKey === 'string' ? opts.apiKey : opts.apiKey();
    if (!open && (apiKey === undefined || req.headers['x-api-key'] !== apiKey)) {
      req.resume();
      return sendJson(res, 401, { reason: 'Unauthorized' });
    }
    readJson(req).then(
      (body) => {
        const call: AdminCall = {
          method,
          path: url.pathname,
          query: queryOf(url.searchParams),
          ...(body === undefined ? {} : { body }),
        };
        received.push(call);
        const verdict = apiOfRunning(agent.release).check(call);
        if (!verdict.ok) return sendJson(res, verdict.status, { reason: verdict.reason });
        const [status, answer] = route(
          method,
          url.pathname,
          url.searchParams,
          (body ?? {}) as Record<string, unknown>,
        );
        if (method === 'POST' && status < 300) posts.push(url.pathname);
        sendJson(res, status, answer);
      },
      () => sendJson(res, 400, { reason: 'the body is not JSON' }),
    );
  });
  const loop = await listenLoopback(server);
  return { ...loop, creating: () => [...posts], requests: () => [...log], calls: () => [...received] };
}

export { isDid };
