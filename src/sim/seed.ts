// What exists in an account before the toolkit runs, made from a cluster file: the VPC and
// subnets it names, and the stand-alone Locust and ACA-Py instances and the Locust master that
// its selectors point at.

import type { Cluster, InstanceSelector } from '../config/schema.js';
import { profilePolicies } from '../iam/instance-policy.js';
import { SimulatorDataError } from './errors.js';
import type { SimulatedAws } from './index.js';

/** The instances seeded for the selectors; none for a machine the toolkit makes itself. */
export interface SeededCluster {
  locustSource?: string;
  acapySource?: string;
  master?: string;
}

export function seedNetwork(
  sim: SimulatedAws,
  vpcId: string,
  cidr: string,
  subnetIds: readonly string[],
): void {
  sim.ec2.addVpc(vpcId, cidr);
  const [a = '10', b = '0'] = cidr.split('.');
  const zones = ['a', 'b', 'c', 'd', 'e', 'f'];
  subnetIds.forEach((id, n) => {
    sim.ec2.addSubnet(id, vpcId, `${a}.${b}.${n * 16}.0/20`, `${sim.world.region}${zones[n % zones.length]}`);
  });
}

export function seedCluster(sim: SimulatedAws, cluster: Cluster): SeededCluster {
  if (!sim.ec2.vpcs.has(cluster.network.vpcId)) {
    seedNetwork(
      sim,
      cluster.network.vpcId,
      cluster.network.vpcCidrs[0] ?? '10.0.0.0/16',
      cluster.network.subnetIds,
    );
  }
  // The cluster's instance profiles (made by `akrida bootstrap`, or by hand before it).
  for (const p of profilePolicies([cluster])) sim.iam.seedInstanceProfile(p.name, p.policy);
  const subnetId = cluster.network.subnetIds[0];
  if (!subnetId)
    throw new SimulatorDataError(`cluster ${cluster.name} names no subnet to seed its instances in`);
  const instance = (sel: InstanceSelector, name: string, instanceType: string) => {
    if ('machine' in sel) return undefined;
    const wanted = 'tags' in sel ? sel.tags : { Name: name };
    // Two cluster files that select the same tags name one instance, as in an account: the first
    // seeded keeps it (and its opt-in); the other's run is refused it, not shown two.
    if (!('instanceId' in sel)) {
      const same = [...sim.ec2.instances.values()].find((i) =>
        Object.entries(wanted).every(([k, v]) => i.tags[k] === v),
      );
      if (same) return same.id;
    }
    // The owner's opt-in: the toolkit prepares only instances tagged for this cluster.
    const tags = { ...wanted, 'akrida:prepare': cluster.name };
    return sim.ec2.seedInstance({
      instanceType,
      subnetId,
      tags,
      ...('instanceId' in sel ? { id: sel.instanceId } : {}),
    }).id;
  };
  const seeded = {
    locustSource: instance(
      cluster.images.locust,
      'akrida-locust-standalone',
      cluster.locust.workers.instanceType,
    ),
    acapySource: instance(cluster.images.acapy, 'akrida-acapy-standalone', cluster.acapy.instanceType),
    master: instance(
      cluster.locust.master.instance,
      'akrida-locust-master',
      cluster.locust.workers.instanceType,
    ),
  };
  return Object.fromEntries(Object.entries(seeded).filter(([, v]) => v !== undefined));
}
