// The ACA-Py listeners as the file wants them: the admin listener carries the admin API key in
// every request, so it is HTTPS with the operator's ACM certificate whenever the file gives one
// (and validation requires one for an internet-facing load balancer); the transport listener
// carries DIDComm messages, encrypted end to end, and stays HTTP.
import type { Cluster } from '../config/schema.js';

/** TLS 1.3 and 1.2 only, with forward secrecy: AWS's recommended policy for HTTPS listeners. */
export const ADMIN_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export type ListenerKind = 'admin' | 'transport';

export interface ListenerSpec {
  port: number;
  protocol: 'HTTP' | 'HTTPS';
  /** HTTPS only: the default certificate and the security policy. */
  certificateArn?: string;
  sslPolicy?: string;
}

export function listenerSpec(c: Cluster, kind: ListenerKind): ListenerSpec {
  const tls = kind === 'admin' ? c.acapy.adminTls : undefined;
  const port = kind === 'admin' ? c.acapy.listeners.admin : c.acapy.listeners.transport;
  return tls
    ? { port, protocol: 'HTTPS', certificateArn: tls.certificateArn, sslPolicy: ADMIN_SSL_POLICY }
    : { port, protocol: 'HTTP' };
}

/** One line for plans: protocol, port, and the certificate and policy of an HTTPS listener. */
export function describeListener(s: ListenerSpec, targetGroup: string): string {
  const tls = s.certificateArn ? `, certificate ${s.certificateArn}, policy ${s.sslPolicy}` : '';
  return `${s.protocol} ${s.port} -> ${targetGroup}${tls}`;
}

/**
 * The URL clients (Locust, the verify script, the summary) call the admin API by: over HTTPS by
 * the host name the certificate covers, else over HTTP by the load balancer's DNS name.
 */
export function adminUrl(c: Cluster, adminDns: string): string {
  const tls = c.acapy.adminTls;
  return tls
    ? `https://${tls.hostName}:${c.acapy.listeners.admin}`
    : `http://${adminDns}:${c.acapy.listeners.admin}`;
}
