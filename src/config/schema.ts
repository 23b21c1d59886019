// The cluster file's shape: one typed model of everything the manual procedure asks an operator to
// type or click. `schema/cluster.schema.json` is generated from this (npm run gen:schema).
import * as z from 'zod';

const port = z.int().min(1).max(65535).describe('TCP port (1-65535)');
const seconds = (d: string) => z.int().positive().describe(d);

const cidr = z
  .string()
  .regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
    error: 'expected an IPv4 CIDR such as 10.0.0.0/16',
  })
  .refine(
    (s) =>
      s
        .split('/')[0]
        ?.split('.')
        .every((o) => Number(o) <= 255),
    {
      error: 'expected an IPv4 CIDR whose octets are 0-255',
    },
  );

/** A secret is named, never written: a Parameter Store SecureString, or a workflow secret we store there. */
export const secretRef = z.union(
  [
    z
      .strictObject({
        parameter: z.string().regex(/^\/[A-Za-z0-9_.\-/]+$/, {
          error: 'expected a Parameter Store name such as /akrida/perf/api-key',
        }),
      })
      .describe('An SSM Parameter Store SecureString, read by the instance role at boot'),
    z
      .strictObject({
        githubSecret: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, {
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
      tags: z.record(z.string().min(1), z.string()).refine((t) => Object.keys(t).length > 0),
    }),
  ],
  { error: 'expected { instanceId: i-… } or { tags: { Name: … } }' },
);
export type InstanceSelector = z.infer<typeof instanceSelector>;

const envMap = z
  .record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/, { error: 'expected an upper-case .env key' }), z.string())
  .default({})
  .describe('Extra non-secret .env keys');

const capacity = z.strictObject({
  min: z.int().min(0),
  desired: z.int().min(0),
  max: z.int().min(1),
});

const relativeFile = z.string().regex(/^(?!\/)(?!.*\.\.)[A-Za-z0-9_.\-/]+$/, {
  error: 'expected a file name relative to the Akrida checkout',
});

export const clusterSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,20}[a-z0-9]$/, {
      error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
    })
    .describe('Cluster name: used in every tag and resource name'),
  region: z.string().describe('AWS region, e.g. us-east-1'),
  network: z.strictObject({
    vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, { error: 'expected a VPC id vpc-…' }),
    vpcCidrs: z
      .array(cidr)
      .min(1)
      .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
    subnetIds: z
      .array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-…' }))
      .min(2, { error: 'an Application Load Balancer needs subnets in at least 2 availability zones' }),
  }),
  tags: z
    .record(z.string().min(1), z.string())
    .default({ type: 'Perf' })
    .describe('Extra tags on every resource'),
  instanceProfile: z
    .string()
    .regex(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' })
    .default('akrida-ops-instance')
    .describe('Instance profile of every instance: SSM agent access and read of the cluster parameters'),
  access: z.strictObject({
    operatorCidrs: z.array(cidr).min(1).describe('Who may reach the ACA-Py admin listener and the Locust UI'),
    allowAnywhere: z
      .boolean()
      .default(false)
      .describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
  }),
  source: z.strictObject({
    repository: z.url({ protocol: /^https$/, error: 'expected an https:// git URL' }),
    ref: z.string().min(1).describe('Branch, tag or commit of Akrida to build'),
    directory: z
      .string()
      .startsWith('/')
      .default('/home/ubuntu/owl-akrida')
      .describe('Akrida checkout on the Locust instances'),
    acapyDirectory: z
      .string()
      .startsWith('/')
      .default('/home/ubuntu')
      .describe('ACA-Py compose project on the ACA-Py instances'),
    locustService: z
      .string()
      .min(1)
      .default('load-agent')
      .describe('The Locust service in the compose files'),
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
      .describe('LOCUST_FILES: scenario(s) to run'),
  }),
  images: z.strictObject({
    locust: instanceSelector.describe('The stand-alone Locust instance to bake the worker image from'),
    acapy: instanceSelector.describe('The stand-alone ACA-Py instance to bake the agent image from'),
    resetDocker: z.boolean().default(true).describe('Reset a hanging Docker before baking'),
    keep: z.int().min(1).max(20).default(2).describe('How many images per role to keep'),
  }),
  acapy: z.strictObject({
    instanceType: z.string(),
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
        adminPath: z.string().startsWith('/').default('/status/live'),
        transportPath: z.string().startsWith('/').default('/'),
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
    genesisUrl: z.url({ error: 'expected the ledger genesis URL' }),
    databaseHost: z.string().min(1).describe('Holder/wallet database host (internal IP or DNS name)'),
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
        instanceType: z.string(),
        count: z.int().min(0).optional().describe('Fixed worker count (or give targetUsers)'),
        targetUsers: z.int().positive().optional().describe('Size the worker count from this many users'),
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
      .strictObject({ min: z.number().min(0), max: z.number().min(0) })
      .prefault({ min: 1, max: 10 }),
    ledger: z.string().min(1),
    schema: z.string().min(1).describe('SCHEMA: anchored schema id'),
    credDef: z.string().min(1).describe('CRED_DEF: anchored credential definition id'),
    credAttr: z.string().default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
    issuer: z
      .strictObject({
        type: z.enum(['acapy']).default('acapy'),
        headers: z
          .record(z.string().min(1), secretRef)
          .default({})
          .describe('Extra ISSUER_HEADERS, as secrets'),
      })
      .prefault({}),
    verifier: z
      .strictObject({
        type: z.enum(['acapy']).default('acapy'),
        headers: z.record(z.string().min(1), secretRef).default({}),
      })
      .prefault({}),
    mediation: z
      .strictObject({
        enabled: z.boolean(),
        url: z.url().optional(),
        pickupStrategy: z.enum(['implicit', 'pickupv2-live']).default('implicit'),
      })
      .refine((m) => !m.enabled || m.url !== undefined, { error: 'mediation is enabled but no url is given' })
      .prefault({ enabled: false }),
    verifiedTimeoutSeconds: z.int().positive().default(60),
    isAnoncreds: z.boolean().default(true),
    agentLoggingLevel: z.int().min(0).max(7).default(7),
    connectionsPerAgent: z.int().positive().default(2),
    messageToSend: z.string().default('akrida load test'),
    environment: envMap,
  }),
  loadTest: z.strictObject({
    users: z.int().positive(),
    spawnRate: z.number().positive().describe('Users started per second'),
    runTimeSeconds: z.int().positive(),
    thresholds: z
      .strictObject({
        maxFailRatio: z.number().min(0).max(1).default(0.01),
        maxP95Ms: z.number().positive().default(5000),
        minRps: z.number().min(0).default(0),
      })
      .prefault({}),
  }),
  teardown: z.strictObject({
    schedule: z.string().regex(/^(\S+\s+){4}\S+$/, {
      error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC)',
    }),
    ttlHours: z.number().positive().max(720),
    mode: z.enum(['scale-to-zero', 'destroy']).default('scale-to-zero'),
  }),
});

export type ClusterInput = z.input<typeof clusterSchema>;
export type Cluster = z.output<typeof clusterSchema>;
