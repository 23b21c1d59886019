// A loopback stand-in for the ACA-Py admin endpoints the issuer's preparation uses, stateful the
// way ACA-Py is: the wallet lives in the database machine's Postgres, so the wallet store is keyed
// by the database's generation and a wipe empties it; the ledger keeps what was written to it. A
// public DID needs the ledger to know it and its agreement accepted; a schema already on the ledger
// comes back with the ledger's id; a credential definition on the ledger but not in the wallet is
// refused, as ACA-Py refuses it.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import {
  isDid,
  type LedgerRegistry,
  type LoopbackServer,
  listenLoopback,
  readJson,
  sendJson,
} from './ledger.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET.charAt(Number(n % 58n)) + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** Same seed, same DID and verkey (not Indy's derivation, but its shape). */
export function didFromSeed(seed: string): { did: string; verkey: string } {
  const key = createHash('sha256').update(`verkey:${seed}`).digest();
  key[0] = (key[0] ?? 0) | 0x80;
  const id = createHash('sha256').update(key).digest().subarray(0, 16);
  id[0] = (id[0] ?? 0) | 0x80;
  return { did: base58(id), verkey: base58(key) };
}

export interface Wallet {
  dids: Map<string, string>;
  publicDid?: string;
  taaAccepted?: { version: string; mechanism: string };
  schemas: string[];
  credDefs: string[];
}

/** The issuer's wallet per database generation: wiping the database starts an empty one. */
export class WalletStore {
  generation = 0;
  private readonly wallets = new Map<number, Wallet>();

  current(): Wallet {
    let w = this.wallets.get(this.generation);
    if (!w) {
      w = { dids: new Map(), schemas: [], credDefs: [] };
      this.wallets.set(this.generation, w);
    }
    return w;
  }

  wipe(): void {
    this.generation += 1;
  }
}

export interface AdminStandIn extends LoopbackServer {
  /** Requests that create or change state (POSTs), by path. */
  creating(): string[];
  requests(): string[];
}

type Answer = [status: number, body: unknown];

export async function startAdminApi(opts: {
  /** The key the agent was started with, or how to read it (the simulated Parameter Store). */
  apiKey: string | (() => string | undefined);
  ledger: LedgerRegistry;
  wallets: WalletStore;
}): Promise<AdminStandIn> {
  const { ledger, wallets } = opts;
  const log: string[] = [];
  const posts: string[] = [];
  const bad = (reason: string): Answer => [400, { reason }];

  const route = (method: string, path: string, q: URLSearchParams, body: Record<string, unknown>): Answer => {
    const w = wallets.current();
    const didInfo = (did: string) => ({
      did,
      verkey: w.dids.get(did),
      posture: w.publicDid === did ? 'public' : 'wallet_only',
      method: 'sov',
      key_type: 'ed25519',
    });
    const key = `${method} ${path}`;
    if (key === 'GET /status/ready') return [200, { ready: true }];
    if (key === 'GET /status/live') return [200, { alive: true }];
    if (key === 'GET /wallet/did/public') return [200, { result: w.publicDid ? didInfo(w.publicDid) : null }];
    if (key === 'GET /wallet/did') return [200, { results: [...w.dids.keys()].map(didInfo) }];
    if (key === 'POST /wallet/did/create') {
      const seed = body.seed;
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
      if (!w.publicDid) return bad('no public DID');
      const { schema_name: n, schema_version: v, attributes } = body;
      if (typeof n !== 'string' || typeof v !== 'string' || !Array.isArray(attributes))
        return bad('schema_name, schema_version and attributes are required');
      const id = `${w.publicDid}:2:${n}:${v}`;
      if (!ledger.schemas.has(id))
        ledger.schemas.set(id, { seqNo: ledger.nextSeqNo(), attributes: attributes.map(String) });
      if (!w.schemas.includes(id)) w.schemas.push(id);
      const schema = { id, name: n, version: v, attrNames: attributes, seqNo: ledger.schemas.get(id)?.seqNo };
      return [200, { sent: { schema_id: id, schema }, schema_id: id, schema }];
    }
    if (key === 'GET /credential-definitions/created') {
      const schema = ledger.schemas.get(String(q.get('schema_id')));
      const ids = w.credDefs.filter(
        (id) => !q.get('schema_id') || id.split(':')[3] === String(schema?.seqNo),
      );
      return [200, { credential_definition_ids: ids }];
    }
    if (key === 'POST /credential-definitions') {
      if (!w.publicDid) return bad('no public DID');
      const schema = ledger.schemas.get(String(body.schema_id));
      if (!schema) return [404, { reason: `schema ${String(body.schema_id)} is not on the ledger` }];
      const tag = typeof body.tag === 'string' ? body.tag : 'default';
      const id = `${w.publicDid}:3:CL:${schema.seqNo}:${tag}`;
      if (ledger.credDefs.has(id) && !w.credDefs.includes(id))
        return bad(`Credential definition ${id} is on ledger sim but not in wallet`);
      ledger.credDefs.add(id);
      if (!w.credDefs.includes(id)) w.credDefs.push(id);
      return [200, { sent: { credential_definition_id: id }, credential_definition_id: id }];
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
        if (method === 'POST') posts.push(url.pathname);
        const [status, answer] = route(
          method,
          url.pathname,
          url.searchParams,
          (body ?? {}) as Record<string, unknown>,
        );
        sendJson(res, status, answer);
      },
      () => sendJson(res, 400, { reason: 'the body is not JSON' }),
    );
  });
  const loop = await listenLoopback(server);
  return { ...loop, creating: () => [...posts], requests: () => [...log] };
}

export { isDid };
