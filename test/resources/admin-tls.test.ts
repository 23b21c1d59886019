// The admin listener over HTTPS (issue 25, row 10), as an operator turns it on for a built cluster:
// the plan shows the protocol, certificate and policy change, the apply makes the listener HTTPS
// in place, Locust and the verification call the admin API by the certificate's host name, and a
// moved port gets a new HTTPS listener. A certificate that does not cover the name fails the
// verification, as curl's handshake would.
import { ADMIN_SSL_POLICY } from '../../src/cluster/listeners.js';
import type { Edit } from '../fixtures/cluster-files.js';
import { day, expectPlanIsApply } from '../fixtures/plan-apply.js';

const BASE = 'clusters/perf-example.yml';
const HOST = 'acapy-admin.example.org';
const LISTENER = 'listener perf-example-acapy-adm:8080';

describe('the admin listener over HTTPS', () => {
  let step: Awaited<ReturnType<typeof day>>;
  let cert: string;
  const edits: Edit[] = [];
  beforeAll(async () => {
    step = await day(BASE);
    const r = await step(edits);
    // What the operator makes first: a certificate for the name, and the name pointed at the load balancer.
    cert = r.sim.elb.issueCertificate(HOST);
    const admin = [...r.sim.elb.lbs.values()].find((lb) => lb.name === 'perf-example-acapy-adm');
    r.sim.elb.dnsRecords.set(HOST, admin?.dns ?? '?');
  });

  test('a certificate given: the plan shows the change, the apply makes the listener HTTPS in place', async () => {
    const before = (await step(edits)).sim.elb.listeners;
    const arn = [...before.values()].find((l) => l.port === 8080 && l.protocol === 'HTTP')?.arn;
    edits.push([['acapy', 'adminTls'], { certificateArn: cert, hostName: HOST }]);
    const r = await step(edits);
    expect(r.plan.changes.find((c) => c.resource === LISTENER)?.details).toEqual([
      'protocol HTTP -> HTTPS',
      `certificate none -> ${cert}`,
      `security policy none -> ${ADMIN_SSL_POLICY}`,
    ]);
    expectPlanIsApply(r);
    const listener = arn ? r.sim.elb.listeners.get(arn) : undefined;
    expect(listener).toMatchObject({ protocol: 'HTTPS', certificateArn: cert, sslPolicy: ADMIN_SSL_POLICY });
    // The transport listener carries no key and stays HTTP.
    expect([...r.sim.elb.listeners.values()].filter((l) => l.protocol === 'HTTPS')).toHaveLength(1);
    // Locust calls the admin API by the certificate's name (cluster-up's verification passed too).
    const master = [...r.account.akrida.masters.values()][0];
    expect(master?.env.ISSUER_URL).toBe(`https://${HOST}:8080`);
    expect(master?.env.VERIFIER_URL).toBe(`https://${HOST}:8080`);
    expect((await step(edits)).plan.changes).toEqual([]);
  });

  test('a moved admin port gets a new listener, created HTTPS with the certificate and the policy', async () => {
    edits.push([['acapy', 'listeners', 'admin'], 8443]);
    const r = await step(edits);
    expect(
      r.plan.changes.find((c) => c.resource === 'listener perf-example-acapy-adm:8443')?.details,
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^HTTPS 8443 -> perf-example-tg-adm, certificate ${cert}, policy ${ADMIN_SSL_POLICY}$`),
      ),
    ]);
    expectPlanIsApply(r);
    const created = r.calls.filter((c) => c.op === 'CreateListener').map((c) => c.input);
    expect(created).toEqual([
      expect.objectContaining({
        Port: 8443,
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: cert }],
        SslPolicy: ADMIN_SSL_POLICY,
      }),
    ]);
    expect([...r.sim.elb.listeners.values()].map((l) => `${l.protocol} ${l.port}`).sort()).toEqual([
      'HTTP 80',
      'HTTPS 8443',
    ]);
  });

  test('a certificate that does not cover the host name fails the verification', async () => {
    const other = (await step(edits)).sim.elb.issueCertificate('other.example.org');
    edits.push([['acapy', 'adminTls'], { certificateArn: other, hostName: HOST }]);
    const err = await step(edits).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/cluster-up ended failure/);
    expect(err?.message).toMatch(/verification failed/);
  });
});
