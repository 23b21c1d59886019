// The ACA-Py admin API key travels in every admin request: an internet-facing admin load balancer
// must terminate TLS with the operator's ACM certificate, and ELBv2 takes only a certificate of
// its own region.
import type { FieldPath } from './problems.js';
import type { Cluster } from './schema.js';

type Report = (path: FieldPath, message: string, hint?: string) => void;

/** The region an ACM certificate ARN names (arn:aws:acm:REGION:ACCOUNT:certificate/ID). */
export const certificateRegion = (arn: string): string | undefined => arn.split(':')[3];

export function adminTlsProblems(c: Cluster, error: Report): void {
  const tls = c.acapy.adminTls;
  if (!tls) {
    if (c.acapy.loadBalancerScheme === 'internet-facing')
      error(
        ['acapy', 'loadBalancerScheme'],
        'an internet-facing admin load balancer would carry the ACA-Py admin API key over plain HTTP across the internet',
        `add acapy.adminTls: { certificateArn: <an ACM certificate in ${c.region}>, hostName: <the name it covers, pointed at the admin load balancer> }, or set loadBalancerScheme: internal`,
      );
    return;
  }
  const region = certificateRegion(tls.certificateArn);
  if (region !== c.region)
    error(
      ['acapy', 'adminTls', 'certificateArn'],
      `the certificate is in ${region}; a load balancer in ${c.region} can use only an ACM certificate of its own region`,
      `request or import the certificate for ${tls.hostName} in ${c.region} and give its ARN`,
    );
  // A certificate names DNS names: an address cannot be checked against it.
  if (/^[\d.]+$/.test(tls.hostName))
    error(
      ['acapy', 'adminTls', 'hostName'],
      `${tls.hostName} is an address; clients check the certificate against a DNS name`,
      'give the DNS name the certificate covers, e.g. acapy-admin.example.org',
    );
}
