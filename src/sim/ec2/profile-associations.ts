// Simulated IAM instance profile associations: the profile a running instance takes its role from,
// replaced or associated in place (EC2's AssociateIamInstanceProfile and
// ReplaceIamInstanceProfileAssociation), with EC2's refusals. A replace gives a new association id,
// so a repeat of one that succeeded names an id that no longer exists.
import type * as ec2 from '@aws-sdk/client-ec2';
import { awsError } from '../errors.js';
import { ec2Param } from '../params.js';
import { matchesFilters, page, type World } from '../world.js';
import type { SimInstance } from './model.js';
import type { Ec2State } from './state.js';

const profileName = (p: ec2.IamInstanceProfileSpecification | undefined): string => {
  const name = p?.Name ?? p?.Arn?.split('/').at(-1);
  if (!name) throw awsError('MissingParameter', 'The request must contain the parameter IamInstanceProfile');
  return name;
};

export function profileAssociationHandlers(world: World, s: Ec2State) {
  const arnOf = (profile: string) => `arn:aws:iam::${world.accountId}:instance-profile/${profile}`;
  /** The instance's association, given its id the first time it is seen. */
  const associationOf = (i: SimInstance): string | undefined => {
    const o = i.launchOptions;
    if (!o?.instanceProfile) return undefined;
    o.profileAssociation ??= world.id('iip-assoc');
    return o.profileAssociation;
  };
  const out = (i: SimInstance): ec2.IamInstanceProfileAssociation => ({
    AssociationId: associationOf(i),
    InstanceId: i.id,
    ...(i.launchOptions?.instanceProfile
      ? { IamInstanceProfile: { Arn: arnOf(i.launchOptions.instanceProfile) } }
      : {}),
    State: 'associated',
  });
  const live = () =>
    [...s.instances.values()].filter(
      (i) => world.visible(i.createdAt) && i.state !== 'terminated' && associationOf(i) !== undefined,
    );
  const byAssociation = (id: string) => {
    const i = live().find((x) => associationOf(x) === id);
    if (!i) throw awsError('InvalidAssociationID.NotFound', `An association with ID ${id} does not exist.`);
    return i;
  };
  const associate = (i: SimInstance, profile: string) => {
    i.launchOptions = { volumes: [], ...i.launchOptions, instanceProfile: profile };
    i.launchOptions.profileAssociation = world.id('iip-assoc');
    // EC2 answers while the association is being made; describes show it associated.
    return { ...out(i), State: 'associating' as const };
  };

  return {
    DescribeIamInstanceProfileAssociations: (
      i: ec2.DescribeIamInstanceProfileAssociationsCommandInput,
    ): ec2.DescribeIamInstanceProfileAssociationsCommandOutput => {
      const found = live()
        .filter((x) => {
          const id = associationOf(x);
          return !i.AssociationIds?.length || (id !== undefined && i.AssociationIds.includes(id));
        })
        .filter((x) => matchesFilters(i.Filters, {}, { 'instance-id': x.id, state: 'associated' }));
      const p = page(found, i.MaxResults, i.NextToken, 1000);
      return {
        $metadata: {},
        IamInstanceProfileAssociations: p.items.map(out),
        ...(p.next ? { NextToken: p.next } : {}),
      };
    },
    AssociateIamInstanceProfile: (
      i: ec2.AssociateIamInstanceProfileCommandInput,
    ): ec2.AssociateIamInstanceProfileCommandOutput => {
      const inst = s.findInstance(ec2Param(i.InstanceId, 'InstanceId'));
      const profile = profileName(i.IamInstanceProfile);
      if (associationOf(inst))
        throw awsError('IncorrectState', `There is an existing association for instance ${inst.id}`);
      return { $metadata: {}, IamInstanceProfileAssociation: associate(inst, profile) };
    },
    ReplaceIamInstanceProfileAssociation: (
      i: ec2.ReplaceIamInstanceProfileAssociationCommandInput,
    ): ec2.ReplaceIamInstanceProfileAssociationCommandOutput => {
      const inst = byAssociation(ec2Param(i.AssociationId, 'AssociationId'));
      return {
        $metadata: {},
        IamInstanceProfileAssociation: associate(inst, profileName(i.IamInstanceProfile)),
      };
    },
  };
}
