// The cluster file's machines section: the stand-alone machines Akrida's procedure builds by hand
// (database, ACA-Py issuer, Locust), which the toolkit creates from a base image and prepares
// through SSM when they are listed here. Selectors elsewhere name them with { machine: ROLE }.
import * as z from 'zod';
import { hostName, instanceType, intRange, plainUrl } from './fields.js';

/** Canonical's public parameter for the current Ubuntu LTS image: resolved at apply, never a fixed AMI id. */
export const UBUNTU_LTS_PARAMETER =
  '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id';

export const MACHINE_ROLES = ['database', 'issuer', 'locust', 'mediator'] as const;
export type MachineRole = (typeof MACHINE_ROLES)[number];

/** Ledger words: letters, digits and . _ - (they reach the issuer's admin API and the Locust .env). */
const ledgerWord = (what: string) =>
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
    error: `expected a ${what} of letters, digits, . _ - (at most 64)`,
  });

const disk = (min: number, fallback: number) =>
  z
    .int()
    .check(z.gte(min, { error: `expected at least ${min} GiB` }), z.lte(2048))
    .default(fallback)
    .describe('Size of its encrypted root volume in GiB');

export const machinesSection = z.strictObject({
  baseImage: z
    .string()
    .regex(/^\/aws\/service\/canonical\/ubuntu\/[A-Za-z0-9._/-]{1,200}$/, {
      error: "expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/...",
    })
    .default(UBUNTU_LTS_PARAMETER)
    .describe("SSM public parameter naming the base image (Canonical's current Ubuntu LTS)"),
  database: z
    .strictObject({
      instanceType: instanceType.default('t3a.small'),
      diskGiB: disk(8, 20),
    })
    .optional()
    .describe('Postgres + Redis for the ACA-Py wallets; cleaned on every start'),
  issuer: z
    .strictObject({
      instanceType: instanceType.default('t3a.small'),
      diskGiB: disk(8, 20),
      registerUrl: plainUrl(/^https$/, 'expected the ledger registration endpoint over https')
        .optional()
        .describe(
          'BCovrin-style endpoint that anchors a DID; without it, cluster-up stops with the DID to anchor',
        ),
      alias: ledgerWord('DID alias').default('akrida-issuer'),
      schema: z
        .strictObject({
          name: ledgerWord('schema name').default('score'),
          version: z
            .string()
            .regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, { error: 'expected a version such as 1.0' })
            .default('1.0'),
          attributes: z
            .array(ledgerWord('attribute name'))
            .check(z.minLength(1), z.maxLength(50))
            .default(['score']),
        })
        .prefault({}),
      credDefTag: ledgerWord('credential definition tag').default('default'),
    })
    .optional()
    .describe('The stand-alone ACA-Py issuer: its DID, schema and credential definition are made by API'),
  locust: z
    .strictObject({
      instanceType: instanceType.default('t3.xlarge'),
      // Akrida's procedure: 8 GiB runs out; 32-64 GiB.
      diskGiB: disk(32, 64),
      swapMiB: intRange(0, 65_536).default(512),
    })
    .optional()
    .describe('The stand-alone Locust machine: the master, and the source of the worker image'),
  mediator: z
    .strictObject({
      instanceType: instanceType.default('t3a.small'),
      diskGiB: disk(8, 20),
      dnsName: hostName
        .optional()
        .describe(
          "The name agents reach the mediator by (MEDIATOR_DNS), pointed at the machine by a person; without it, the machine's private address (stable across stops), reachable inside the VPC",
        ),
    })
    .optional()
    .describe("Akrida's ACA-Py mediator; its invitation URL becomes the Locust MEDIATION_URL"),
});
export type MachinesSection = z.output<typeof machinesSection>;
