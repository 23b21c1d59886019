// A stand-in for an Indy ledger as the issuer's preparation sees it: the DIDs anchored on it, the
// schemas and credential definitions written to it, its transaction author agreement, and a
// BCovrin-style registration endpoint (POST /register) on 127.0.0.1. The ACA-Py stand-in reads the
// registry object directly; only the issuer script speaks HTTP to it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const BASE58 = /^[1-9A-HJ-NP-Za-km-z]+$/;
export const isDid = (s: unknown): s is string =>
  typeof s === 'string' && BASE58.test(s) && /^.{21,22}$/.test(s);
export const isVerkey = (s: unknown): s is string =>
  typeof s === 'string' && BASE58.test(s) && /^.{43,44}$/.test(s);

export interface Taa {
  text: string;
  version: string;
  /** The acceptance mechanisms the ledger offers, name -> description. */
  aml: Record<string, string>;
}

export class LedgerRegistry {
  readonly dids = new Map<string, { verkey: string; alias: string; role: string }>();
  readonly schemas = new Map<string, { seqNo: number; attributes: string[] }>();
  readonly credDefs = new Set<string>();
  /** Successful registrations through POST /register. */
  registrations = 0;
  private seqNo = 100;

  constructor(
    readonly taa: Taa | null = {
      text: 'Simulated transaction author agreement.',
      version: '1.0',
      aml: { wallet_agreement: 'Agreed in the wallet', on_file: 'On file with the ledger operator' },
    },
  ) {}

  nextSeqNo(): number {
    this.seqNo += 1;
    return this.seqNo;
  }
}

export async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

export interface LoopbackServer {
  url: string;
  port: number;
  close(): Promise<void>;
  /** Let the process exit while it still listens (a command-line run that ends without closing). */
  unref(): void;
}

/** Listen on 127.0.0.1 at a free port; closing drops open connections, so it never hangs a test. */
export async function listenLoopback(server: Server): Promise<LoopbackServer> {
  server.requestTimeout = 10_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    unref: () => server.unref(),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export async function startLedger(
  registry = new LedgerRegistry(),
): Promise<LoopbackServer & { registry: LedgerRegistry }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || path !== '/register')
      return sendJson(res, 404, { error: `no ${path} here` });
    readJson(req).then(
      (body) => {
        const b = (body ?? {}) as Record<string, unknown>;
        if (!isDid(b.did) || !isVerkey(b.verkey))
          return sendJson(res, 400, { error: 'did and verkey must be base58 (22 and 44 characters)' });
        const known = registry.dids.get(b.did);
        if (known) return sendJson(res, 400, { error: `DID ${b.did} is already registered` });
        registry.dids.set(b.did, {
          verkey: b.verkey,
          alias: typeof b.alias === 'string' ? b.alias : '',
          role: typeof b.role === 'string' ? b.role : '',
        });
        registry.registrations += 1;
        sendJson(res, 200, { did: b.did, verkey: b.verkey });
      },
      () => sendJson(res, 400, { error: 'the body is not JSON' }),
    );
  });
  return { ...(await listenLoopback(server)), registry };
}
