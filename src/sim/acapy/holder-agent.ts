// A loopback stand-in for the ACA-Py admin endpoints Akrida's holder scenarios drive (an Out-of-Band
// invitation, the connection it makes, a credential issue, a proof request), and a locustfile that
// calls them with the bodies Akrida's load agent sends (load-agent/agents/ at 404c7a16). Every
// request is held to ACA-Py's API document first (404, 405, 422); the issue refuses a filter the
// wallet does not issue in, as ACA-Py does. It answers in a few milliseconds and fails one issue in
// 500 (HTTP 500), so a run has real latencies, real failures and gates with something to judge.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WALLETS, type WalletType } from '../../acapy/wallet.js';
import { readJson, sendJson } from '../issuer/ledger.js';
import { apiOfRunning, queryOf } from './api-document.js';

export interface HolderAgentStandIn {
  url: string;
  server: Server;
  hits: () => number;
  /** Requests ACA-Py would have refused before its handler: "404 POST /x: reason". */
  refused: () => string[];
  close: () => Promise<void>;
}

export interface HolderAgentOptions {
  release?: string;
  walletType?: WalletType;
  /** How many times slower than usual to answer now (the variant the tier runs: tier-load.ts). */
  latencyFactor?: () => number;
  /** Each answered request, with its time and status (CloudWatch's datapoints: tier-load.ts). */
  onAnswer?: (ms: number, status: number) => void;
}

export async function startHolderAgentStandIn(opts: HolderAgentOptions = {}): Promise<HolderAgentStandIn> {
  const api = apiOfRunning(opts.release ?? '1.3.0');
  const anoncreds = WALLETS[opts.walletType ?? 'askar'].anoncreds;
  let hits = 0;
  let issued = 0;
  const refused: string[] = [];
  const invitations = new Map<string, string>();
  const server = createServer((req, res) => {
    hits += 1;
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const send = (status: number, body: unknown) => {
      opts.onAnswer?.(performance.now() - started, status);
      sendJson(res, status, body);
    };
    const answer = (body: unknown) => {
      const verdict = api.check({
        method,
        path: url.pathname,
        query: queryOf(url.searchParams),
        ...(body === undefined ? {} : { body }),
      });
      if (!verdict.ok) {
        refused.push(`${verdict.status} ${method} ${url.pathname}: ${verdict.reason}`);
        return send(verdict.status, { reason: verdict.reason });
      }
      const b = (body ?? {}) as Record<string, unknown>;
      // 100-200 ms of work, as an agent answers with a wallet and a ledger behind it. A busy
      // machine adds tens to hundreds of ms to Locust's timings: a variant slowed 12x (the
      // regression demo's, 1.2-2.4 s) stands far out of that noise in every run, not only on an
      // idle machine; and a swarm's requests, each Locust's CPU, stay few.
      setTimeout(
        () => {
          const route = `${verdict.method.toUpperCase()} ${verdict.route}`;
          if (route === 'GET /status/ready') return send(200, { ready: true });
          if (route === 'POST /out-of-band/create-invitation') {
            const invi = randomUUID();
            invitations.set(invi, randomUUID());
            return send(200, {
              invi_msg_id: invi,
              oob_id: randomUUID(),
              state: 'initial',
              invitation_url: 'http://127.0.0.1/?oob=eyJAdHlwZSI6ICJkZW1vIn0=',
            });
          }
          if (route === 'GET /connections') {
            const invitation = url.searchParams.get('invitation_msg_id');
            const conn = invitation === null ? undefined : invitations.get(invitation);
            return send(200, { results: conn ? [{ connection_id: conn, state: 'active' }] : [] });
          }
          if (route === 'GET /connections/{conn_id}')
            return send(200, { connection_id: url.pathname.split('/')[2], state: 'active' });
          if (route === 'POST /issue-credential-2.0/send') {
            const filter = (b.filter ?? {}) as Record<string, unknown>;
            // ACA-Py's format handlers: an askar wallet issues indy, an anoncreds wallet anoncreds.
            if (anoncreds && filter.indy !== undefined)
              return send(400, {
                reason: 'This issuer is anoncreds capable. Please use the anoncreds format.',
              });
            if (!anoncreds && filter.anoncreds !== undefined)
              return send(400, { reason: 'AnonCreds interface requires AskarAnonCreds profile' });
            issued += 1;
            return issued % 500 === 0
              ? send(500, { reason: 'demo: one issue in 500 fails' })
              : send(200, { cred_ex_id: randomUUID(), connection_id: b.connection_id, state: 'offer-sent' });
          }
          if (route === 'POST /present-proof-2.0/send-request')
            return send(200, {
              pres_ex_id: randomUUID(),
              connection_id: b.connection_id,
              state: 'request-sent',
            });
          if (route === 'GET /present-proof-2.0/records/{pres_ex_id}')
            return send(200, { pres_ex_id: url.pathname.split('/')[3], state: 'done', verified: 'true' });
          return send(404, { reason: `the stand-in does not model ${route}` });
        },
        (100 + Math.random() * 100) * (opts.latencyFactor?.() ?? 1),
      );
    };
    readJson(req).then(answer, () => send(400, { reason: 'the body is not JSON' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    hits: () => hits,
    refused: () => [...refused],
    // A request still in flight (its client killed with Locust) does not hold the close.
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/**
 * The holder scenario against the stand-in, with the calls and bodies of Akrida's load agent:
 * connect once, then issue credentials and prove. IS_ANONCREDS picks the filters, as Akrida's does.
 */
export const HOLDER_LOCUSTFILE = `
import os
from locust import HttpUser, task, between

ANONCREDS = os.getenv("IS_ANONCREDS", "false").lower() in ("true", "1", "yes")
FORMAT = "anoncreds" if ANONCREDS else "indy"
CRED_DEF = os.getenv("CRED_DEF", "WgWxqztrNooG92RXvxSTWv:3:CL:20:default")
HANDSHAKE = ["https://didcomm.org/didexchange/1.0", "https://didcomm.org/didexchange/1.1"]

class Holder(HttpUser):
    wait_time = between(0.05, 0.2)

    def on_start(self):
        self.connection = "none"
        r = self.client.post("/out-of-band/create-invitation?auto_accept=true", json={"handshake_protocols": HANDSHAKE}, name="create_invitation")
        if r.ok:
            c = self.client.get("/connections", params={"invitation_msg_id": r.json()["invi_msg_id"]}, name="connection_active")
            if c.ok and c.json()["results"]:
                self.connection = c.json()["results"][0]["connection_id"]

    @task(3)
    def issue_credential(self):
        self.client.post("/issue-credential-2.0/send", json={
            "connection_id": self.connection,
            "credential_preview": {"@type": "issue-credential/2.0/credential-preview", "attributes": [{"name": "score", "value": "100"}]},
            "filter": {FORMAT: {"cred_def_id": CRED_DEF}},
        }, name="issue_credential")

    @task(2)
    def present_proof(self):
        request = {"name": "proof", "version": "1.0", "requested_attributes": {"score": {"name": "score", "restrictions": [{"cred_def_id": CRED_DEF}]}}, "requested_predicates": {}}
        r = self.client.post("/present-proof-2.0/send-request", json={"connection_id": self.connection, "presentation_request": {FORMAT: request}}, name="present_proof")
        if r.ok:
            self.client.get("/present-proof-2.0/records/" + r.json()["pres_ex_id"], name="proof_verified")
`;
