// A variant's ACA-Py image: the issuer machine prepared as the variant (its FROM tag and arg-file
// lines, variantIssuerInput), then imaged by the toolkit's image baking, tagged with the variant's
// name and reused across repetitions and later runs while its recipe holds. The issuer machine then
// runs the variant, so its preparation mark is changed: the next cluster-up prepares it again.
import { CreateTagsCommand } from '@aws-sdk/client-ec2';
import type { AwsContext } from '../aws/context.js';
import { findImages, newestAvailable, selector } from '../aws/discover.js';
import { write } from '../aws/writes.js';
import type { Cluster } from '../config/schema.js';
import type { MachineRole } from '../config/schema-machines.js';
import { machineScript } from '../render/machine-scripts.js';
import type { TemplateSet } from '../render/render.js';
import { type BakeResult, bakeImage } from '../resources/images.js';
import { machineFacts } from '../resources/machine-prepare.js';
import { type FoundMachine, findMachines, PREPARED_TAG } from '../resources/machines.js';
import { VARIANT_TAG, type Variant, variantIssuerInput } from './variants.js';

export type ClusterMachines = Partial<Record<MachineRole, FoundMachine>>;

export async function clusterMachines(ctx: AwsContext, c: Cluster): Promise<ClusterMachines> {
  const found = await findMachines(ctx, c.name, ['running']);
  return Object.fromEntries(found.map((m) => [m.role, m]));
}

/** The machine script that makes the issuer this variant (shown to the approver as it runs). */
export function variantScript(t: TemplateSet, c: Cluster, m: ClusterMachines, v: Variant): string {
  return machineScript(t, variantIssuerInput(c, machineFacts(m), v));
}

export async function bakeVariantImage(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  m: ClusterMachines,
  v: Variant,
  opts: { rebuild?: boolean } = {},
): Promise<BakeResult> {
  const r = await bakeImage(ctx, c, 'acapy', t, {
    ...(opts.rebuild ? { rebuild: true } : {}),
    variant: { name: v.name, tag: VARIANT_TAG, script: variantScript(t, c, m, v) },
  });
  const issuer = m.issuer;
  if (r.action !== 'reused' && issuer)
    await write(
      ctx.clients.ec2,
      new CreateTagsCommand({
        Resources: [issuer.id],
        Tags: [{ Key: PREPARED_TAG, Value: `regression-variant-${v.name}` }],
      }),
      { kind: 'machine', name: 'issuer', id: issuer.id },
    );
  ctx.log?.(`variant ${v.name}: image ${r.name} (${r.imageId}) ${r.action}`);
  return r;
}

/** A variant's newest available image, when one was baked (the rollback's way back). */
export async function existingVariantImage(
  ctx: AwsContext,
  c: Cluster,
  v: Variant,
): Promise<string | undefined> {
  const images = await findImages(ctx.clients, {
    ...selector(c.name, 'acapy-variant-image'),
    [VARIANT_TAG]: v.name,
  });
  return newestAvailable(images)?.ImageId;
}
