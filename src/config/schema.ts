// The cluster file's shape: one typed model of everything the manual procedure asks an operator to
// type or click. `schema/cluster.schema.json` is generated from this (npm run gen:schema).
import * as z from 'zod';
import {
  absolutePath,
  cidr,
  composeService,
  cronSchedule,
  envKey,
  envValue,
  gitRef,
  hostName,
  httpHeaderName,
  httpPath,
  instanceType,
  isJsonArray,
  opaqueId,
  parameterName,
  plainUrl,
  port,
  relativeFile,
  safeText,
  seconds,
  tagKey,
  tagValue,
} from './fields.js';

/** AWS allows 50 tags a resource; the toolkit writes up to 8 of its own. */
export const MAX_EXTRA_TAGS = 40;

/** A secret is named, never written: a Parameter Store SecureString, or a workflow secret we store there. */
export const secretRef = z.union(
  [
    z
      .strictObject({
        parameter: parameterName,
      })
      .describe('An SSM Parameter Store SecureString, read by the instance role at boot'),
    z
      .strictObject({
        githubSecret: z.string().regex(/^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/, {
          error: 'expected a workflow secret name such as ACAPY_ADMIN_API_KEY',
        }),
      })
      .describe('A GitHub Actions secret; the workflow stores it as a SecureString before use'),
  ],
  {
    error: (iss) =>
      typeof iss.input === 'string'
        ? 'a secret written as a literal value'
        : 'expected a secret reference: { parameter: /path } or { githubSecret: NAME }',
  },
);
export type SecretRef = z.infer<typeof secretRef>;

/** An existing instance to bake an image from or to use as the Locust master: by id or by tags. */
const instanceSelector = z.union(
  [
    z.strictObject({
      instanceId: z.string().regex(/^i-[0-9a-f]{8,17}$/, { error: 'expected an instance id i-…' }),
    }),
    z.strictObject({
      // Exact values only: EC2 filters treat * and ? as wildcards, which TAG_CHARS already refuses.
      tags: z
        .record(tagKey, tagValue.min(1))
        .refine((t) => Object.keys(t).length > 0 && Object.keys(t).length <= 10, {
          error: 'expected 1-10 tags that select exactly one instance',
        }),
    }),
  ],
  { error: 'expected { instanceId: i-… } or { tags: { Name: … } }' },
);
export type InstanceSelector = z.infer<typeof instanceSelector>;

const envMap = z
  .record(envKey, envValue)
  .refine((m) => Object.keys(m).length <= 100, { error: 'at most 100 extra .env keys' })
  .default({})
  .describe('Extra non-secret .env keys');

const capacity = z.strictObject({
  min: z.int().min(0).max(50),
  desired: z.int().min(0).max(50),
  max: z.int().min(1).max(50),
});

export const clusterSchema = z.strictObject({
  $schema: safeText(512).optional(),
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/, {
      error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
    })
    // AWS refuses load balancer names starting with internal- and security group names starting
    // with sg-: such a cluster would fail half-built, after the first resources were made.
    .refine((n) => !/^(internal|sg)-/.test(n), {
      error:
        'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
    })
    .describe('Cluster name: used in every tag and resource name'),
  region: z
    .string()
    // The catalog check (with "did you mean") follows; this only keeps odd characters out.
    .regex(/^[a-z0-9-]{1,32}$/, { error: 'expected an AWS region code such as us-east-1' })
    .describe('AWS region, e.g. us-east-1'),
  network: z.strictObject({
    vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, { error: 'expected a VPC id vpc-…' }),
    vpcCidrs: z
      .array(cidr)
      .min(1)
      .max(5)
      .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
    subnetIds: z
      .array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-…' }))
      .min(2, { error: 'an Application Load Balancer needs subnets in at least 2 availability zones' })
      .max(16),
  }),
  tags: z
    .record(tagKey, tagValue)
    .refine((t) => Object.keys(t).length <= MAX_EXTRA_TAGS, {
      error: `at most ${MAX_EXTRA_TAGS} extra tags (AWS allows 50 a resource; the toolkit adds its own)`,
    })
    .default({ type: 'Perf' })
    .describe('Extra tags on every resource'),
  instanceProfile: z
    .string()
    .regex(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' })
    // The instances run the pull request's Akrida code: any profile in the account (an admin one)
    // would hand that code its credentials. Only the toolkit's own profiles, which the deploy role
    // may pass (README, "Environments and role trust").
    .regex(/^akrida-ops(-[\w+=,.@-]+)?$/, {
      error:
        "expected one of the toolkit's instance profiles, akrida-ops-instance or akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
    })
    .default('akrida-ops-instance')
    .describe('Instance profile of every instance: SSM agent access and read of the cluster parameters'),
  access: z.strictObject({
    operatorCidrs: z
      .array(cidr)
      .min(1)
      .max(20)
      .describe('Who may reach the ACA-Py admin listener and the Locust UI'),
    allowAnywhere: z
      .boolean()
      .default(false)
      .describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
  }),
  source: z.strictObject({
    repository: plainUrl(/^https$/, 'expected an https:// git URL'),
    ref: gitRef.describe('Branch, tag or commit of Akrida to build'),
    directory: absolutePath
      .default('/home/ubuntu/owl-akrida')
      .describe('Akrida checkout on the Locust instances'),
    acapyDirectory: absolutePath
      .default('/home/ubuntu')
      .describe('ACA-Py compose project on the ACA-Py instances'),
    locustService: composeService.default('load-agent').describe('The Locust service in the compose files'),
    compose: z
      .strictObject({
        master: relativeFile.default('docker-compose.yml'),
        worker: relativeFile.default('worker.docker-compose.yml'),
        acapy: relativeFile.default('docker-compose.yml'),
      })
      .prefault({}),
    locustFiles: z
      .array(relativeFile.regex(/\.py$/, { error: 'expected a Python locustfile ending in .py' }))
      .min(1)
      .max(20)
      .describe('LOCUST_FILES: scenario(s) to run'),
  }),
  images: z.strictObject({
    locust: instanceSelector.describe('The stand-alone Locust instance to bake the worker image from'),
    acapy: instanceSelector.describe('The stand-alone ACA-Py instance to bake the agent image from'),
    resetDocker: z.boolean().default(true).describe('Reset a hanging Docker before baking'),
    keep: z.int().min(1).max(20).default(2).describe('How many images per role to keep'),
  }),
  acapy: z.strictObject({
    instanceType,
    capacity,
    ports: z.strictObject({ admin: port.default(8150), transport: port.default(8151) }).prefault({}),
    listeners: z.strictObject({ admin: port.default(8080), transport: port.default(80) }).prefault({}),
    loadBalancerScheme: z
      .enum(['internal', 'internet-facing'])
      .default('internal')
      .describe(
        'internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs',
      ),
    healthCheck: z
      .strictObject({
        adminPath: httpPath.default('/status/live'),
        transportPath: httpPath.default('/'),
        healthyThreshold: z.int().min(2).max(10).default(2),
        unhealthyThreshold: z.int().min(2).max(10).default(2),
        timeoutSeconds: z.int().min(2).max(120).default(10),
        intervalSeconds: z.int().min(5).max(300).default(12),
        successCodes: z
          .string()
          .regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, {
            error: 'expected HTTP codes such as 200 or 200-299',
          })
          .default('200'),
      })
      .prefault({}),
    warmupSeconds: seconds('Default instance warmup of the ACA-Py group').default(300),
    genesisUrl: plainUrl(/^https?$/, 'expected the ledger genesis URL (http or https)'),
    databaseHost: hostName.describe('Holder/wallet database host (internal IP or DNS name)'),
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
  }),
  locust: z.strictObject({
    master: z.strictObject({
      instance: instanceSelector.describe('The existing Locust master instance'),
      webPort: port.default(8089),
      bindPort: port.default(8090).describe('MASTER_PORT: where workers connect'),
    }),
    workers: z
      .strictObject({
        instanceType,
        count: z.int().min(0).max(1000).optional().describe('Fixed worker count (or give targetUsers)'),
        targetUsers: z
          .int()
          .positive()
          .max(1_000_000)
          .optional()
          .describe('Size the worker count from this many users'),
        max: z.int().min(1).max(1000),
        warmupSeconds: seconds('Default instance warmup of the worker group').default(3600),
      })
      .refine((w) => (w.count === undefined) !== (w.targetUsers === undefined), {
        error: 'give exactly one of count or targetUsers',
      }),
    userPorts: z
      .strictObject({ start: port, end: port })
      .describe('START_PORT-END_PORT: one port per simulated agent'),
    memoryPerAgentMiB: z
      .int()
      .min(16)
      .max(4096)
      .default(100)
      .describe('Memory one Akrida agent needs (docs: 52-100 MB)'),
    waitSeconds: z
      .strictObject({ min: z.number().min(0).max(3600), max: z.number().min(0).max(3600) })
      .prefault({ min: 1, max: 10 }),
    ledger: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: 'expected a ledger name such as bcovrin' }),
    schema: opaqueId(512).describe('SCHEMA: anchored schema id'),
    credDef: opaqueId(512).describe('CRED_DEF: anchored credential definition id'),
    credAttr: envValue
      .refine(isJsonArray, { error: 'expected a JSON array of credential attributes' })
      .default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
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
      .refine((m) => !m.enabled || m.url !== undefined, { error: 'mediation is enabled but no url is given' })
      .prefault({ enabled: false }),
    verifiedTimeoutSeconds: z.int().positive().max(3600).default(60),
    isAnoncreds: z.boolean().default(true),
    agentLoggingLevel: z.int().min(0).max(7).default(7),
    connectionsPerAgent: z.int().positive().max(1000).default(2),
    messageToSend: envValue.default('akrida load test'),
    environment: envMap,
  }),
  loadTest: z.strictObject({
    users: z.int().positive().max(1_000_000),
    spawnRate: z.number().positive().max(10_000).describe('Users started per second'),
    runTimeSeconds: z.int().positive().max(86_400),
    thresholds: z
      .strictObject({
        maxFailRatio: z.number().min(0).max(1).default(0.01),
        maxP95Ms: z.number().positive().max(3_600_000).default(5000),
        minRps: z.number().min(0).max(1_000_000).default(0),
      })
      .prefault({}),
  }),
  teardown: z.strictObject({
    schedule: cronSchedule,
    ttlHours: z.number().min(1, { error: 'expected at least 1 hour' }).max(720),
    mode: z.enum(['scale-to-zero', 'destroy']).default('scale-to-zero'),
  }),
});

export type ClusterInput = z.input<typeof clusterSchema>;
export type Cluster = z.output<typeof clusterSchema>;
