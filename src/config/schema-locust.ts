// The cluster file's locust section: master and workers, what the load agents run, issuer and
// verifier headers, mediation.
import * as z from 'zod';
import {
  envJsonArray,
  envValue,
  httpHeaderName,
  instanceType,
  intRange,
  opaqueId,
  plainUrl,
  port,
  positiveInt,
  seconds,
} from './fields.js';
import { envMap, instanceSelector, secretRef } from './schema-shared.js';

/** Auto Scaling's Spot allocation strategies (SpotAllocationStrategy). */
export const SPOT_ALLOCATION_STRATEGIES = [
  'price-capacity-optimized',
  'capacity-optimized',
  'capacity-optimized-prioritized',
  'lowest-price',
] as const;

/** The worker group as a mixed-instances group: Locust workers hold no state, so Spot suits them. */
export const workerSpot = z.strictObject({
  instanceTypes: z
    .array(instanceType)
    .check(
      z.minLength(2, {
        error: 'give at least two instance types: one Spot pool alone is interrupted together',
      }),
      z.maxLength(20),
    )
    .describe("Instance types of workers.instanceType's size (vCPU and memory), in priority order"),
  onDemandBase: intRange(0, 1000).default(0).describe('Workers always on-demand, before any Spot'),
  spotPercent: intRange(0, 100).default(100).describe('Share of the workers above the base on Spot, 0-100'),
  allocationStrategy: z.enum(SPOT_ALLOCATION_STRATEGIES).default('price-capacity-optimized'),
  capacityRebalance: z
    .boolean()
    .default(true)
    .describe('Launch a replacement when a Spot worker is told it will be interrupted'),
});

export const locustSection = z.strictObject({
  master: z.strictObject({
    instance: instanceSelector.describe('The existing Locust master instance'),
    webPort: port.default(8089),
    bindPort: port.default(8090).describe('MASTER_PORT: where workers connect'),
  }),
  workers: z
    .strictObject({
      instanceType,
      count: intRange(0, 1000).optional().describe('Fixed worker count (or give targetUsers)'),
      targetUsers: positiveInt(1_000_000).optional().describe('Size the worker count from this many users'),
      max: intRange(1, 1000),
      warmupSeconds: seconds('Default instance warmup of the worker group').default(3600),
      spot: workerSpot
        .optional()
        .describe('Run the workers on Spot (off when absent); ACA-Py stays on-demand'),
      maxLostShare: z
        .number()
        .check(z.gte(0), z.lte(1))
        .default(0.05)
        .describe(
          "Share of the run's worker time (0-1) a load test may lose to workers that left before its result is 'interrupted' rather than judged by its gates",
        ),
    })
    .refine((w) => (w.count === undefined) !== (w.targetUsers === undefined), {
      error: 'give exactly one of count or targetUsers',
    }),
  userPorts: z
    .strictObject({ start: port, end: port })
    .describe('START_PORT-END_PORT: one port per simulated agent'),
  memoryPerAgentMiB: intRange(16, 4096)
    .default(100)
    .describe('Memory one Akrida agent needs (docs: 52-100 MB)'),
  waitSeconds: z
    .strictObject({
      min: z.number().check(z.gte(0), z.lte(3600)),
      max: z.number().check(z.gte(0), z.lte(3600)),
    })
    .prefault({ min: 1, max: 10 }),
  ledger: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'expected a ledger name such as bcovrin' }),
  schema: opaqueId(512)
    .optional()
    .describe('SCHEMA: anchored schema id (with machines.issuer: made by the toolkit unless pinned)'),
  credDef: opaqueId(512)
    .optional()
    .describe(
      'CRED_DEF: anchored credential definition id (with machines.issuer: made by the toolkit unless pinned)',
    ),
  credAttr: envJsonArray.default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
  issuer: z
    .strictObject({
      type: z.enum(['acapy']).default('acapy'),
      headers: z
        .record(httpHeaderName, secretRef)
        .refine((h) => Object.keys(h).length <= 20, { error: 'at most 20 headers' })
        .default({})
        .describe('Extra ISSUER_HEADERS, as secrets'),
    })
    .prefault({}),
  verifier: z
    .strictObject({
      type: z.enum(['acapy']).default('acapy'),
      headers: z
        .record(httpHeaderName, secretRef)
        .refine((h) => Object.keys(h).length <= 20, { error: 'at most 20 headers' })
        .default({}),
    })
    .prefault({}),
  mediation: z
    .strictObject({
      enabled: z.boolean(),
      url: plainUrl(/^https?$/, 'expected the mediator invitation URL (http or https)').optional(),
      pickupStrategy: z.enum(['implicit', 'pickupv2-live']).default('implicit'),
    })
    .prefault({ enabled: false }),
  verifiedTimeoutSeconds: positiveInt(3600).default(60),
  isAnoncreds: z
    .boolean()
    .optional()
    .describe(
      'IS_ANONCREDS; omit to follow acapy.walletType (True for askar-anoncreds and kanon-anoncreds, False for askar)',
    ),
  agentLoggingLevel: intRange(0, 7).default(7),
  connectionsPerAgent: positiveInt(1000).default(2),
  messageToSend: envValue.default('akrida load test'),
  environment: envMap,
});
