// The Locust master as a provider: whether it is in the performance security group and which
// configuration it last ran are its two fields, each a change of its own; its other security groups
// are not the toolkit's; a master the apply starts again has lost its mark and is configured anew.
import { TAG } from '../../src/cluster/tags.js';
import { MASTER_CONFIG_TAG, type MasterInfo } from '../../src/resources/master-info.js';
import {
  type MasterDesired,
  masterObserved,
  masterProvider,
  masterSpec,
} from '../../src/resources/master-provider.js';
import { diff, fieldChanges, planned } from '../../src/resources/provider.js';
import { cluster } from '../fixtures/example-cluster.js';

const c = cluster();
const found: MasterInfo = {
  instanceId: 'i-0master',
  privateIp: '10.0.1.10',
  securityGroupIds: ['sg-0theirs', 'sg-0perf'],
  tags: { 'akrida:prepare': c.name, [MASTER_CONFIG_TAG]: 'c0ffee0123456789', [TAG.role]: 'theirs' },
  state: 'running',
};
const desired: MasterDesired = {
  address: { kind: 'locust-master', name: 'master', cluster: c.name, id: 'i-0master' },
  cluster: c,
  perfSg: 'sg-0perf',
  script: '#!/bin/bash\n# the master configuration\n',
  configuration: 'c0ffee0123456789',
  restarts: false,
  found,
};

const fieldsOf = (d: MasterDesired, m: MasterInfo) =>
  diff(masterProvider, d, m).flatMap((ch) => (ch.op === 'update' ? ch.fields.map((f) => f.field) : [ch.op]));

describe('the Locust master provider', () => {
  test('in the performance group, configured by this script: no change; its other groups are not ours', () => {
    expect(diff(masterProvider, desired, found)).toEqual([]);
  });

  test('outside the performance group: a change of SecurityGroupIds alone, planned as joining it', () => {
    const m = { ...found, securityGroupIds: ['sg-0theirs'] };
    expect(fieldsOf(desired, m)).toEqual(['SecurityGroupIds']);
    const [change] = diff(masterProvider, desired, m);
    if (!change) throw new Error('expected a change');
    expect(planned(masterProvider, change, 'Locust master i-0master').details).toEqual([
      'join the performance security group sg-0perf',
    ]);
  });

  test('another configuration last ran, none did, or the master restarts: a change of Configuration alone', () => {
    expect(fieldsOf({ ...desired, configuration: 'feedface00000000' }, found)).toEqual(['Configuration']);
    const { [MASTER_CONFIG_TAG]: _, ...untagged } = found.tags;
    expect(fieldsOf(desired, { ...found, tags: untagged })).toEqual(['Configuration']);
    expect(fieldsOf({ ...desired, restarts: true }, found)).toEqual(['Configuration']);
  });

  test('each compared field changed alone is a change of that field alone', () => {
    for (const field of Object.keys(masterSpec(desired)))
      expect(
        fieldChanges(masterSpec(desired), { ...masterObserved(found, desired), [field]: 'changed' }).map(
          (f) => f.field,
        ),
      ).toEqual([field]);
  });

  test('the toolkit neither makes nor removes a master: those are refused', async () => {
    const ctx = { clients: {} as never, clock: { now: () => 0 } as never };
    await expect(
      masterProvider.apply(ctx, { op: 'create', address: desired.address, desired }),
    ).rejects.toThrow(/the Locust master: create is not the toolkit's/);
    await expect(masterProvider.apply(ctx, { op: 'delete', address: desired.address })).rejects.toThrow(
      /delete is not the toolkit's/,
    );
  });
});
