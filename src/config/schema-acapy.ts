// The cluster file's acapy section: the agent instances, their load balancers and health checks,
// the services they reach and the secrets they read.
import * as z from 'zod';
import { WALLET_TYPES } from '../acapy/wallet.js';
import { hostName, httpPath, instanceType, intRange, plainUrl, port, seconds } from './fields.js';
import { capacity, envMap, secretRef } from './schema-shared.js';

/** An ACM certificate's ARN (its region is checked against the cluster's by the semantic checks). */
export const acmCertificateArn = z.string().check(
  z.regex(
    /^arn:aws(-cn|-us-gov)?:acm:[a-z]{2}(-[a-z]+)+-\d:\d{12}:certificate\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    {
      error:
        'expected an ACM certificate ARN such as arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
    },
  ),
);

export const acapySection = z.strictObject({
  version: z
    .string()
    .regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, { error: 'expected an ACA-Py release such as 1.3.0' })
    .optional()
    .describe(
      "The ACA-Py release the agents run; omit to take it from the pinned Akrida commit's Dockerfile (FROM ...acapy-agent:py3.12-1.3.0)",
    ),
  walletType: z
    .enum(WALLET_TYPES)
    .default('askar')
    .describe(
      "The issuer's wallet type (Akrida's configs/issuer.yml: askar). It decides the schema and credential definition endpoints and Locust's IS_ANONCREDS",
    ),
  instanceType,
  capacity,
  ports: z.strictObject({ admin: port.default(8150), transport: port.default(8151) }).prefault({}),
  listeners: z.strictObject({ admin: port.default(8080), transport: port.default(80) }).prefault({}),
  loadBalancerScheme: z
    .enum(['internal', 'internet-facing'])
    .default('internal')
    .describe('internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs'),
  // The admin API key travels in every admin request: across the internet only over TLS.
  adminTls: z
    .strictObject({
      certificateArn: acmCertificateArn.describe(
        "An ACM certificate in the cluster's region that covers hostName (ACM requests or imports it)",
      ),
      hostName: hostName.describe(
        'The DNS name clients call the admin API by; point it (CNAME or alias) at the admin load balancer',
      ),
    })
    .optional()
    .describe(
      'HTTPS on the admin listener (TLS 1.3/1.2 policy); required when loadBalancerScheme is internet-facing, else the listener is HTTP inside the VPC',
    ),
  healthCheck: z
    .strictObject({
      adminPath: httpPath.default('/status/live'),
      transportPath: httpPath.default('/'),
      healthyThreshold: intRange(2, 10).default(2),
      unhealthyThreshold: intRange(2, 10).default(2),
      timeoutSeconds: intRange(2, 120).default(10),
      intervalSeconds: intRange(5, 300).default(12),
      successCodes: z
        .string()
        .regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, {
          error: 'expected HTTP codes such as 200 or 200-299',
        })
        .default('200'),
    })
    .prefault({}),
  warmupSeconds: seconds('Default instance warmup of the ACA-Py group').default(300),
  // The genesis file is the agent's trust root for the ledger: over http anyone on the path could
  // point it at another ledger.
  genesisUrl: plainUrl(/^https$/, 'expected the ledger genesis URL over https'),
  databaseHost: hostName
    .optional()
    .describe('Holder/wallet database host (internal IP or DNS name); omit with machines.database'),
  services: z
    .strictObject({
      postgres: port.default(5432),
      redis: port.default(6379),
      mediator: port.default(3000),
      tails: port.default(6543),
    })
    .prefault({}),
  environment: envMap,
  secrets: z.strictObject({
    adminApiKey: secretRef,
    walletAccount: secretRef,
    walletPassword: secretRef,
    walletAdminAccount: secretRef,
    walletAdminPassword: secretRef,
  }),
});
