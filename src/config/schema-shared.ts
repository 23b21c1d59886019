// Parts of the cluster file several sections share: secret references, instance selectors,
// extra .env keys, group capacity.
import * as z from 'zod';
import { envKey, envValue, intRange, nonEmptyTagValue, parameterName, tagKey } from './fields.js';

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
    z
      .strictObject({
        generated: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, {
          error: 'expected a name of lower-case letters, digits and dashes, such as wallet-password',
        }),
      })
      .describe('A random value the toolkit generates into Parameter Store when absent, and keeps'),
  ],
  {
    error: (iss) =>
      typeof iss.input === 'string'
        ? 'a secret written as a literal value'
        : 'expected a secret reference: { parameter: /path }, { githubSecret: NAME } or { generated: name }',
  },
);
export type SecretRef = z.infer<typeof secretRef>;

/**
 * An instance to bake an image from or to use as the Locust master: an existing one by id or by
 * tags, or a machine the toolkit creates (listed under `machines`).
 */
export const instanceSelector = z.union(
  [
    z.strictObject({
      instanceId: z.string().regex(/^i-[0-9a-f]{8,17}$/, { error: 'expected an instance id i-…' }),
    }),
    z.strictObject({
      // Exact values only: EC2 filters treat * and ? as wildcards, which TAG_CHARS already refuses.
      tags: z
        .record(tagKey, nonEmptyTagValue)
        .refine((t) => Object.keys(t).length > 0 && Object.keys(t).length <= 10, {
          error: 'expected 1-10 tags that select exactly one instance',
        }),
    }),
    z.strictObject({
      machine: z.enum(['locust', 'issuer'], { error: 'expected machine: locust or machine: issuer' }),
    }),
  ],
  { error: 'expected { instanceId: i-… }, { tags: { Name: … } } or { machine: locust | issuer }' },
);
export type InstanceSelector = z.infer<typeof instanceSelector>;

export const envMap = z
  .record(envKey, envValue)
  .refine((m) => Object.keys(m).length <= 100, { error: 'at most 100 extra .env keys' })
  .default({})
  .describe('Extra non-secret .env keys');

export const capacity = z.strictObject({
  min: intRange(0, 50),
  desired: intRange(0, 50),
  max: intRange(1, 50),
});
