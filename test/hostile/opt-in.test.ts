// A selector that matches the wrong machine must not get it wiped: destructive preparation runs
// only on instances their owner tagged for this cluster.
import { CreateTagsCommand, DeleteTagsCommand } from '@aws-sdk/client-ec2';
import { livePlan } from '../../src/plan/live-plan.js';
import { bakeImage } from '../../src/resources/images.js';
import { configureMaster, describeMaster } from '../../src/resources/master.js';
import { NotOptedInError } from '../../src/resources/source-instances.js';
import { cluster, exampleAccount } from '../fixtures/example-cluster.js';

type Seeded = Awaited<ReturnType<typeof exampleAccount>>['seeded'];

async function withoutOptIn(which: keyof Seeded) {
  const account = await exampleAccount();
  await account.clients.ec2.send(
    new DeleteTagsCommand({ Resources: [account.seeded[which]], Tags: [{ Key: 'akrida:prepare' }] }),
  );
  return account;
}

describe('destructive preparation needs the owner’s opt-in tag', () => {
  test('image preparation refuses an untagged source and sends no command', async () => {
    const account = await withoutOptIn('locustSource');
    const c = cluster();
    const before = account.sim.world.ledger.length;
    await expect(bakeImage(account.ctx, c, 'locust', account.templates)).rejects.toThrow(NotOptedInError);
    await expect(bakeImage(account.ctx, c, 'locust', account.templates)).rejects.toThrow(
      /images\.locust selects i-[0-9a-f]+, which does not carry the tag akrida:prepare=perf-example; the toolkit would reset Docker \(deleting \/var\/lib\/docker\) and rebuild on it\. .*aws ec2 create-tags --resources i-[0-9a-f]+ --tags Key=akrida:prepare,Value=perf-example/,
    );
    expect(account.sim.world.ledger.slice(before).filter((e) => e.mutating)).toEqual([]);
  });

  test('the tag must name this cluster, not another', async () => {
    const account = await exampleAccount();
    await account.clients.ec2.send(
      new CreateTagsCommand({
        Resources: [account.seeded.acapySource],
        Tags: [{ Key: 'akrida:prepare', Value: 'other-cluster' }],
      }),
    );
    const c = cluster();
    await expect(bakeImage(account.ctx, c, 'acapy', account.templates)).rejects.toThrow(
      /does not carry the tag akrida:prepare=perf-example \(it says "other-cluster"\)/,
    );
  });

  test('master configuration refuses an untagged master before touching it, and the plan says so first', async () => {
    const account = await withoutOptIn('master');
    const c = cluster();
    const plan = await livePlan(account.ctx, c, account.templates);
    const master = plan.scripts.find((s) => s.title.startsWith('Configure the Locust master'));
    expect(master?.why).toMatch(/REFUSED: i-[0-9a-f]+ lacks the tag akrida:prepare=perf-example/);
    const before = account.sim.world.ledger.length;
    await expect(
      configureMaster(account.ctx, c, account.templates, {
        master: await describeMaster(account.ctx, c),
        perfSg: 'sg-0123456789abcdef0',
        adminDns: 'adm.example',
        transportDns: 'trn.example',
      }),
    ).rejects.toThrow(
      /locust\.master\.instance selects .* the toolkit would add it to the performance security group/,
    );
    expect(account.sim.world.ledger.slice(before).filter((e) => e.mutating)).toEqual([]);
  });
});
