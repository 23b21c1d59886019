// A stand-alone machine's instance profile, moved in place to the one its cluster file gives it (the
// cluster's own, or the issuer machine's): a machine launched before per-cluster profiles, or under
// an edited `instanceProfile`, would otherwise keep reading with its old role for as long as it runs.
import {
  AssociateIamInstanceProfileCommand,
  DescribeIamInstanceProfileAssociationsCommand,
  type IamInstanceProfileAssociation,
  ReplaceIamInstanceProfileAssociationCommand,
} from '@aws-sdk/client-ec2';
import type { Address } from '../aws/address.js';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { waitFor } from '../aws/wait.js';
import { write } from '../aws/writes.js';

/** The profile's name in an instance profile ARN (which may carry a path). */
export const profileOfArn = (arn: string | undefined): string | undefined => arn?.split('/').at(-1);

async function association(
  ctx: AwsContext,
  instanceId: string,
  address: Address,
): Promise<IamInstanceProfileAssociation | undefined> {
  const r = await aws('DescribeIamInstanceProfileAssociations', address, () =>
    ctx.clients.ec2.send(
      new DescribeIamInstanceProfileAssociationsCommand({
        Filters: [
          { Name: 'instance-id', Values: [instanceId] },
          { Name: 'state', Values: ['associating', 'associated'] },
        ],
      }),
    ),
  );
  return r.IamInstanceProfileAssociations?.[0];
}

/**
 * Give the running machine `want` as its instance profile: replace its association, or associate
 * one when it has none; then wait until EC2 shows `want` associated. True when it changed anything.
 */
export async function ensureMachineProfile(
  ctx: AwsContext,
  instanceId: string,
  want: string,
  address: Address,
): Promise<boolean> {
  const now = await association(ctx, instanceId, address);
  if (now?.State === 'associated' && profileOfArn(now.IamInstanceProfile?.Arn) === want) return false;
  const IamInstanceProfile = { Name: want };
  if (now?.AssociationId)
    await write(
      ctx.clients.ec2,
      new ReplaceIamInstanceProfileAssociationCommand({
        AssociationId: now.AssociationId,
        IamInstanceProfile,
      }),
      address,
    );
  else
    await write(
      ctx.clients.ec2,
      new AssociateIamInstanceProfileCommand({ InstanceId: instanceId, IamInstanceProfile }),
      address,
    );
  await waitFor(
    async () => {
      const a = await association(ctx, instanceId, address);
      const has = profileOfArn(a?.IamInstanceProfile?.Arn);
      return a?.State === 'associated' && has === want
        ? { done: true, value: undefined }
        : { done: false, status: [has ?? 'no profile', a?.State].filter(Boolean).join(' ') };
    },
    {
      what: `instance profile ${want} on ${instanceId}`,
      timeoutMs: 120_000,
      clock: ctx.clock,
      minDelayMs: 1_000,
      maxDelayMs: 10_000,
      ...(ctx.log ? { log: ctx.log } : {}),
    },
  );
  return true;
}
