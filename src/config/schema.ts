// The cluster file's shape: one typed model of everything the manual procedure asks an operator to
// type or click. `schema/cluster.schema.json` is generated from this (npm run gen:schema).
// The sections and shared parts are schema-acapy.ts, schema-locust.ts and schema-shared.ts.
import * as z from 'zod';
import {
  absolutePath,
  cidr,
  commitId,
  composeService,
  cronSchedule,
  intRange,
  locustFile,
  plainUrl,
  positiveInt,
  relativeFile,
  safeText,
  tagKey,
  tagValue,
} from './fields.js';
import { acapySection } from './schema-acapy.js';
import { locustSection } from './schema-locust.js';
import { machinesSection } from './schema-machines.js';
import { regressionSection } from './schema-regression.js';
import { instanceSelector } from './schema-shared.js';

export { type InstanceSelector, type SecretRef, secretRef } from './schema-shared.js';

/** AWS allows 50 tags a resource; the toolkit writes up to 8 of its own. */
export const MAX_EXTRA_TAGS = 40;

/** A cluster's name: it names AWS resources, labels and the cluster file (clusters/<name>.yml). */
export const CLUSTER_NAME_PATTERN = /^[a-z][a-z0-9-]{1,20}[a-z0-9]$/;

export const clusterSchema = z.strictObject({
  $schema: safeText(512).optional(),
  name: z
    .string()
    .check(
      z.regex(CLUSTER_NAME_PATTERN, {
        error: 'expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter',
      }),
      // AWS refuses load balancer names starting with internal- and security group names starting
      // with sg-: such a cluster would fail half-built, after the first resources were made.
      z.refine((n: string) => !/^(internal|sg)-/.test(n), {
        error:
          'a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)',
      }),
    )
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
      .check(z.minLength(1), z.maxLength(5))
      .describe('VPC ranges allowed to reach the holder DB, redis, mediator and tails'),
    subnetIds: z
      .array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: 'expected a subnet id subnet-…' }))
      .check(
        z.minLength(2, {
          error: 'an Application Load Balancer needs subnets in at least 2 availability zones',
        }),
        z.maxLength(16),
      ),
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
    .check(
      z.regex(/^[\w+=,.@-]{1,128}$/, { error: 'expected an IAM instance profile name' }),
      // The instances run the pull request's Akrida code: any profile in the account (an admin one)
      // would hand that code its credentials. Only the toolkit's own profiles, which the deploy role
      // may pass (README, "Environments and role trust"); semantic-parameters.ts refuses another
      // cluster's, an issuer machine's and the workflow roles' names.
      z.regex(/^akrida-ops(-[\w+=,.@-]+)?$/, {
        error:
          "expected one of the toolkit's instance profiles, akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions",
      }),
    )
    .optional()
    .describe(
      "Instance profile of the cluster's instances (default: its own, akrida-ops-instance-<name>, made by akrida bootstrap); clusters naming one profile read each other's parameters",
    ),
  access: z.strictObject({
    operatorCidrs: z
      .array(cidr)
      .check(z.minLength(1), z.maxLength(20))
      .describe('Who may reach the ACA-Py admin listener and the Locust UI'),
    allowAnywhere: z
      .boolean()
      .default(false)
      .describe('Explicit, loud opt-in to 0.0.0.0/0 on operator ports'),
  }),
  source: z.strictObject({
    repository: plainUrl(/^https$/, 'expected an https:// git URL'),
    ref: commitId.describe(
      'The full commit id of Akrida to build (fetched by that id; the scripts check HEAD)',
    ),
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
        worker: relativeFile
          .optional()
          .describe(
            "Workers' own compose file; omit to run the master's with the toolkit's worker command (Akrida's worker.docker-compose.yml at 404c7a16 names a build target its Dockerfile lacks)",
          ),
        acapy: relativeFile.default('docker-compose.yml'),
      })
      .prefault({}),
    locustFiles: z
      .array(locustFile)
      .check(z.minLength(1), z.maxLength(20))
      .describe('LOCUST_FILES: scenario(s) to run'),
  }),
  machines: machinesSection
    .optional()
    .describe('Stand-alone machines the toolkit creates and prepares (the from-zero form)'),
  images: z.strictObject({
    locust: instanceSelector.describe(
      'The stand-alone Locust instance (or machine) to bake the worker image from',
    ),
    acapy: instanceSelector.describe(
      'The stand-alone ACA-Py instance (or the issuer machine) to bake the agent image from',
    ),
    resetDocker: z.boolean().default(true).describe('Reset a hanging Docker before baking'),
    keep: intRange(1, 20).default(2).describe('How many images per role to keep'),
  }),
  acapy: acapySection,
  locust: locustSection,
  loadTest: z.strictObject({
    users: positiveInt(1_000_000),
    spawnRate: z.number().check(z.positive(), z.lte(10_000)).describe('Users started per second'),
    runTimeSeconds: positiveInt(86_400),
    thresholds: z
      .strictObject({
        maxFailRatio: z.number().check(z.gte(0), z.lte(1)).default(0.01),
        maxP95Ms: z.number().check(z.positive(), z.lte(3_600_000)).default(5000),
        minRps: z.number().check(z.gte(0), z.lte(1_000_000)).default(0),
      })
      .prefault({}),
  }),
  regression: regressionSection
    .optional()
    .describe('ACA-Py variants compared on this cluster by the regression workflow'),
  teardown: z.strictObject({
    schedule: cronSchedule,
    ttlHours: z.number().check(z.gte(1, { error: 'expected at least 1 hour' }), z.lte(720)),
    mode: z.enum(['scale-to-zero', 'destroy']).default('scale-to-zero'),
  }),
});

export type ClusterInput = z.input<typeof clusterSchema>;
export type Cluster = z.output<typeof clusterSchema>;
