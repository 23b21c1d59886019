// Simulated STS: who the caller is (a placeholder account).
import type * as sts from '@aws-sdk/client-sts';
import { SIMULATED_CALLER_ROLE } from './iam/profiles.js';
import type { World } from './world.js';

export function stsService(world: World) {
  const handlers = {
    GetCallerIdentity: (_i: sts.GetCallerIdentityCommandInput): sts.GetCallerIdentityCommandOutput => ({
      $metadata: {},
      Account: world.accountId,
      Arn: `arn:aws:sts::${world.accountId}:assumed-role/${SIMULATED_CALLER_ROLE}/session`,
      UserId: 'AROASIMULATEDAKRIDAOPS:session',
    }),
  };
  return { name: 'STS', handlers, reads: new Set(Object.keys(handlers)) };
}
