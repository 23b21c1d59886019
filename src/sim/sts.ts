// Simulated STS: who the caller is (a placeholder account).
import type * as sts from '@aws-sdk/client-sts';
import type { World } from './world.js';

export function stsService(world: World, caller: () => string) {
  const handlers = {
    GetCallerIdentity: (_i: sts.GetCallerIdentityCommandInput): sts.GetCallerIdentityCommandOutput => ({
      $metadata: {},
      Account: world.accountId,
      Arn: `arn:aws:sts::${world.accountId}:assumed-role/${caller()}/session`,
      UserId: 'AROASIMULATEDAKRIDAOPS:session',
    }),
  };
  return { name: 'STS', handlers, reads: new Set(Object.keys(handlers)) };
}
