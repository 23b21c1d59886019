// What the simulated IAM handlers share: AWS's errors, tags, names and documents as IAM checks them.
import type * as iam from '@aws-sdk/client-iam';
import { awsError } from '../errors.js';
import { missingParameter } from '../params.js';
import { type Tags, tagsFrom } from '../world.js';

export const noSuchEntity = (what: string) => awsError('NoSuchEntity', `The ${what} cannot be found.`, 404);
export const alreadyExists = (what: string) =>
  awsError('EntityAlreadyExists', `${what} already exists.`, 409);
export const deleteConflict = (message: string) => awsError('DeleteConflict', message, 409);

/** Role, profile and policy names: AWS's charset (`[\w+=,.@-]`, 1 to 64 or 128 characters). */
export function iamName(value: string | undefined, field: string, max = 64): string {
  if (value === undefined) throw missingParameter('IAM', field);
  if (!new RegExp(`^[\\w+=,.@-]{1,${max}}$`).test(value))
    throw awsError(
      'ValidationError',
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  return value;
}

/** A policy document as IAM accepts it: JSON, version 2012-10-17, statements with an Effect. */
export function policyDocument(text: string | undefined, field: string): string {
  if (text === undefined) throw missingParameter('IAM', field);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw awsError('MalformedPolicyDocument', 'Syntax errors in policy.');
  }
  const d = doc as { Version?: string; Statement?: unknown };
  const statements = Array.isArray(d.Statement) ? d.Statement : [d.Statement];
  if (
    d.Version !== '2012-10-17' ||
    !d.Statement ||
    statements.some((s) => !(s as { Effect?: string })?.Effect)
  )
    throw awsError(
      'MalformedPolicyDocument',
      'The policy is missing a Version 2012-10-17 or a statement Effect.',
    );
  return text;
}

/** Documents come back URL-encoded (RFC 3986), as AWS returns them. */
export const encoded = (doc: string) => encodeURIComponent(doc);

export function tagsIn(list: iam.Tag[] | undefined): Tags {
  const tags = tagsFrom(list);
  if (Object.keys(tags).length > 50)
    throw awsError('LimitExceeded', 'A resource may carry at most 50 tags.', 409);
  return tags;
}

export function tagsOut(tags: Tags): iam.Tag[] | undefined {
  const list = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
  return list.length ? list : undefined;
}

export const date = (at: number) => new Date(Number.isFinite(at) ? Math.max(0, at) : 0);
