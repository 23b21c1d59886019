// The cluster file's regression section: ACA-Py variants (a release and a wallet/storage setting)
// compared on one cluster against one baseline, with thresholds per metric. Variant names reach AWS
// tags, image names, Markdown and HTML: they are held to a plain lower-case word.
import * as z from 'zod';
import { WALLET_TYPES } from '../acapy/wallet.js';
import { cronSchedule, intRange } from './fields.js';

/** ACA-Py settings a variant may add to the issuer's arg file: options that move performance. */
export const VARIANT_SETTINGS = z.strictObject({
  'log-level': z.enum(['debug', 'info', 'warning', 'error']).optional(),
  'debug-connections': z.boolean().optional(),
  'debug-credentials': z.boolean().optional(),
  'debug-presentations': z.boolean().optional(),
  'preserve-exchange-records': z.boolean().optional(),
  'auto-store-credential': z.boolean().optional(),
});

export const variantName = z.string().regex(/^[a-z][a-z0-9-]{0,22}[a-z0-9]$/, {
  error:
    'expected 2-24 characters: lower-case letters, digits and dashes, starting with a letter (it names an image, AWS tags and report rows)',
});

export const variantSchema = z.strictObject({
  name: variantName,
  acapyTag: z
    .string()
    .regex(/^py\d\.\d{1,2}-\d{1,3}\.\d{1,3}\.\d{1,3}$/, {
      error: 'expected an acapy-agent image tag such as py3.12-1.4.0',
    })
    .describe('The acapy-agent image tag the FROM line of Akrida’s ACA-Py Dockerfile is set to'),
  walletType: z
    .enum(WALLET_TYPES)
    .describe('wallet-type in the issuer’s arg file: askar, askar-anoncreds or kanon-anoncreds'),
  storage: z.literal('postgres').default('postgres').describe('wallet-storage-type: postgres_storage'),
  settings: VARIANT_SETTINGS.prefault({}).describe('Extra ACA-Py settings of this variant'),
  baseline: z.boolean().default(false).describe('The variant the others are compared with (exactly one)'),
});

const percent = (d: string, dflt: number) => z.number().check(z.gt(0), z.lte(1000)).default(dflt).describe(d);

export const regressionSection = z.strictObject({
  variants: z.array(variantSchema).check(z.minLength(2), z.maxLength(6)),
  repetitions: intRange(1, 10).default(2).describe('Runs per variant, interleaved A B A B'),
  warmupSeconds: intRange(0, 3600).default(60).describe('Load before each measured run, not measured'),
  confidence: z
    .number()
    .check(z.gte(0.8), z.lte(0.999))
    .default(0.95)
    .describe('Confidence level of the interval a verdict rests on'),
  thresholds: z
    .strictObject({
      p95LatencyPercent: percent('p95 latency rise (%) above which a variant is worse', 10),
      throughputPercent: percent('Throughput drop (%) above which a variant is worse', 5),
      errorRatio: z
        .number()
        .check(z.gte(0), z.lte(1))
        .default(0.01)
        .describe('Rise of the failed-request ratio above which a variant is worse'),
    })
    .prefault({}),
  schedule: cronSchedule.optional().describe('A weekly schedule (UTC) for the regression workflow'),
  history: z
    .strictObject({
      keep: intRange(1, 200).default(20).describe('Runs per variant shown in the trend'),
      branch: z
        .string()
        .regex(/^[a-z][a-z0-9-]{0,62}$/, {
          error: 'expected a branch name of lower-case letters, digits, dashes',
        })
        .default('akrida-regression-data'),
    })
    .prefault({}),
});

export type RegressionSection = z.output<typeof regressionSection>;
export type Variant = z.output<typeof variantSchema>;
