// A loopback stand-in for the ACA-Py admin endpoints Akrida's holder scenario drives (invitation,
// connection, credential issue, proof request), and a locustfile that calls them the same way.
// It answers in a few milliseconds and fails one credential issue in 500 (HTTP 500), so a run
// has real latencies, real failures and gates with something to judge.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandIn {
  url: string;
  server: Server;
  hits: () => number;
  close: () => Promise<void>;
}

export async function startAcapyStandIn(): Promise<StandIn> {
  let hits = 0;
  let issued = 0;
  const server = createServer((req, res) => {
    hits += 1;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    };
    req.resume();
    req.on('end', () => {
      // A few milliseconds of work, like a lightly loaded agent.
      setTimeout(
        () => {
          if (path === '/status/ready') return send(200, { ready: true });
          if (path === '/out-of-band/create-invitation')
            return send(200, {
              oob_id: randomUUID(),
              invitation_url: 'http://127.0.0.1/?oob=eyJAdHlwZSI6ICJkZW1vIn0=',
            });
          if (path.startsWith('/connections/')) return send(200, { state: 'active' });
          if (path === '/issue-credential-2.0/send') {
            issued += 1;
            return issued % 500 === 0
              ? send(500, { error: 'demo: one issue in 500 fails' })
              : send(200, { cred_ex_id: randomUUID(), state: 'offer-sent' });
          }
          if (path === '/present-proof-2.0/send-request') return send(200, { pres_ex_id: randomUUID() });
          if (path.startsWith('/present-proof-2.0/records/'))
            return send(200, { state: 'done', verified: 'true' });
          return send(404, { error: `no ${path} here` });
        },
        2 + Math.random() * 8,
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    hits: () => hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The holder scenario against the stand-in: connect once, then issue credentials and prove. */
export const DEMO_LOCUSTFILE = `
from locust import HttpUser, task, between

class Holder(HttpUser):
    wait_time = between(0.05, 0.2)

    def on_start(self):
        r = self.client.post("/out-of-band/create-invitation", json={"handshake_protocols": ["https://didcomm.org/didexchange/1.0"]}, name="create_invitation")
        self.connection = r.json().get("oob_id", "none") if r.ok else "none"
        self.client.get("/connections/" + self.connection, name="connection_active")

    @task(3)
    def issue_credential(self):
        self.client.post("/issue-credential-2.0/send", json={"connection_id": self.connection}, name="issue_credential")

    @task(2)
    def present_proof(self):
        r = self.client.post("/present-proof-2.0/send-request", json={"connection_id": self.connection}, name="present_proof")
        if r.ok:
            self.client.get("/present-proof-2.0/records/" + r.json()["pres_ex_id"], name="proof_verified")
`;
