// The simulated ELBv2's HTTPS listeners, held to AWS's rules: a certificate for HTTPS (one
// default, of this account and region), none and no security policy for HTTP, a known policy;
// a refused request changes nothing, and a listener switched back to HTTP drops its certificate.
import * as elb from '@aws-sdk/client-elastic-load-balancing-v2';
import { albWithTargetGroup } from '../fixtures/cluster-sim.js';
import { codeOf, simulated } from '../fixtures/sim.js';

const POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

async function setup() {
  const { sim, clients } = simulated();
  const a = await albWithTargetGroup(clients, 'perf-acapy-adm', 8150, '/status/live', 8080);
  const cert = sim.elb.issueCertificate('acapy-admin.example.org');
  const forward = [{ Type: 'forward' as const, TargetGroupArn: a.tgArn }];
  const create = (input: Partial<elb.CreateListenerCommandInput>) =>
    clients.elbv2.send(
      new elb.CreateListenerCommand({
        LoadBalancerArn: a.lbArn,
        Port: 8443,
        DefaultActions: forward,
        ...input,
      }),
    );
  const listener = async (port: number) =>
    (
      await clients.elbv2.send(new elb.DescribeListenersCommand({ LoadBalancerArn: a.lbArn }))
    ).Listeners?.find((l) => l.Port === port);
  return { sim, clients, a, cert, create, listener };
}

describe('HTTPS listeners', () => {
  test('HTTPS with an issued certificate and a policy; described with both', async () => {
    const { cert, create, listener } = await setup();
    await create({ Protocol: 'HTTPS', Certificates: [{ CertificateArn: cert }], SslPolicy: POLICY });
    expect(await listener(8443)).toMatchObject({
      Protocol: 'HTTPS',
      Certificates: [{ CertificateArn: cert }],
      SslPolicy: POLICY,
    });
  });

  test("HTTPS without a policy takes ELBv2's API default", async () => {
    const { cert, create, listener } = await setup();
    await create({ Protocol: 'HTTPS', Certificates: [{ CertificateArn: cert }] });
    expect((await listener(8443))?.SslPolicy).toBe('ELBSecurityPolicy-2016-08');
  });

  test('refused as AWS refuses: no certificate, a certificate on HTTP, a policy on HTTP, an unknown certificate or policy', async () => {
    const { cert, create, listener } = await setup();
    await expect(create({ Protocol: 'HTTPS' })).rejects.toThrow(
      'A certificate must be specified for HTTPS listeners',
    );
    await expect(create({ Protocol: 'HTTP', Certificates: [{ CertificateArn: cert }] })).rejects.toThrow(
      'A certificate cannot be specified for HTTP listeners',
    );
    expect(await codeOf(create({ Protocol: 'HTTP', SslPolicy: POLICY }))).toBe('ValidationError');
    const elsewhere = cert.replace(':us-east-1:', ':eu-west-1:');
    expect(
      await codeOf(create({ Protocol: 'HTTPS', Certificates: [{ CertificateArn: elsewhere }] })),
    ).toMatch(/^CertificateNotFound/);
    expect(
      await codeOf(
        create({
          Protocol: 'HTTPS',
          Certificates: [{ CertificateArn: cert }],
          SslPolicy: 'ELBSecurityPolicy-None',
        }),
      ),
    ).toMatch(/^SSLPolicyNotFound/);
    expect(await listener(8443)).toBeUndefined();
  });

  test('an HTTP listener made HTTPS in place keeps its ARN; back to HTTP it drops the certificate', async () => {
    const { clients, cert, listener } = await setup();
    const arn = (await listener(8080))?.ListenerArn;
    const modify = (input: Partial<elb.ModifyListenerCommandInput>) =>
      clients.elbv2.send(new elb.ModifyListenerCommand({ ListenerArn: arn, ...input }));
    await expect(modify({ Protocol: 'HTTPS' })).rejects.toThrow(
      'A certificate must be specified for HTTPS listeners',
    );
    expect((await listener(8080))?.Protocol).toBe('HTTP');
    await modify({ Protocol: 'HTTPS', Certificates: [{ CertificateArn: cert }], SslPolicy: POLICY });
    expect(await listener(8080)).toMatchObject({ ListenerArn: arn, Protocol: 'HTTPS', SslPolicy: POLICY });
    // A later edit of the forward action keeps the certificate it does not name.
    await modify({});
    expect((await listener(8080))?.Certificates).toEqual([{ CertificateArn: cert }]);
    await modify({ Protocol: 'HTTP' });
    const back = await listener(8080);
    expect(back?.Protocol).toBe('HTTP');
    expect(back?.Certificates).toBeUndefined();
    expect(back?.SslPolicy).toBeUndefined();
  });
});
