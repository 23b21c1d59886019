// One ACA-Py listener to what the file says, through its provider (listener-provider.ts): created
// when its port has none, the fields that drifted modified in place, and listeners on other ports
// (ones the file no longer names) removed once it is in place.
import type { Listener } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsContext } from '../aws/context.js';
import type { ListenerKind } from '../cluster/listeners.js';
import { expiry, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import {
  createListener,
  listenerAddress,
  listenerDesired,
  listeners,
  readListeners,
} from './listener-provider.js';
import { diff } from './provider.js';

export interface ListenerTarget {
  kind: ListenerKind;
  lbArn: string;
  lbName: string;
  tgArn: string;
}

/** The listener of this kind in place (as found, or as made: its ARN is what callers use); whether anything was written. */
export async function ensureListener(
  ctx: AwsContext,
  c: Cluster,
  t: ListenerTarget,
): Promise<{ listener: Listener | undefined; changed: boolean }> {
  const lb = { arn: t.lbArn, name: t.lbName };
  const have = await readListeners(ctx, lb);
  const d = {
    ...listenerDesired(c, t.kind, t.lbName, t.tgArn),
    lbArn: t.lbArn,
    expiryTags: { [TAG.expiresAt]: expiry(c, new Date(ctx.clock.now())).toISOString() },
  };
  const mine = have.find((l) => l.Port === d.spec.port);
  let listener: Listener | undefined = mine;
  let changed = false;
  if (!mine) {
    listener = await createListener(ctx, d);
    changed = true;
  } else {
    for (const change of diff(listeners, { ...d, arn: mine.ListenerArn }, mine)) {
      await listeners.apply(ctx, change);
      changed = true;
    }
  }
  for (const other of have) {
    if (other.Port === d.spec.port || !other.ListenerArn) continue;
    await listeners.apply(ctx, {
      op: 'delete',
      address: listenerAddress(t.lbName, other.Port ?? 0, other.ListenerArn),
    });
    changed = true;
  }
  return { listener, changed };
}
