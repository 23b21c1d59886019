// Parts of EC2 requests that several operations read alike: user data and tag specifications.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { type Tags, tagsFrom } from '../world.js';

const USER_DATA_LIMIT = 16 * 1024;

export function decodeUserData(b64: string | undefined): string {
  if (b64 === undefined || b64 === '') return '';
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) {
    throw awsError('InvalidUserData.Malformed', 'User data must be base64 encoded.');
  }
  const raw = Buffer.from(b64, 'base64');
  if (raw.length > USER_DATA_LIMIT) {
    throw awsError('InvalidParameterValue', `User data is limited to 16384 bytes (got ${raw.length}).`);
  }
  return raw.toString('utf8');
}

export function tagSpec(specs: ec2.TagSpecification[] | undefined, type: string): Tags {
  return tagsFrom(specs?.filter((s) => s.ResourceType === type).flatMap((s) => s.Tags ?? []));
}
