// What the cluster's machines do with a regression's scripts, for the simulated AWS. The wallet
// reset runs only on a prepared database machine: the first one copies each wallet database (a
// database wipe loses the copy), every one restores from the copy and is recorded with its time,
// so a test can hold the resets against the runs. The docker stats sampler runs for its seconds,
// one line per sample, its figures from the ACA-Py tier's load (src/sim/acapy/tier-load.ts).
import type { AcapyTierLoad } from './acapy/tier-load.js';
import type { SimInstance } from './ec2.js';
import type { SimulatedAws } from './index.js';
import type { MachineInstances } from './machine-instances.js';
import { assigned, needed, shellWords } from './script-facts.js';
import type { CommandContext, CommandResult } from './ssm.js';

export interface WalletReset {
  /** World time, ms. */
  at: number;
  instanceId: string;
  databases: string[];
  /** Databases copied by this reset (the first on this database). */
  copied: string[];
}

export class RegressionMachines {
  readonly resets: WalletReset[] = [];
  /** `<instance>/<database>` -> the database wipe count when it was copied. */
  private readonly copies = new Map<string, number>();

  constructor(
    private readonly sim: SimulatedAws,
    private readonly machines: MachineInstances,
    private readonly tier: AcapyTierLoad,
  ) {}

  resetWallets(ctx: CommandContext): CommandResult {
    const inst = ctx.instance;
    const databases = [...ctx.script.matchAll(/^reset_wallet (.+)$/gm)].flatMap(([, words]) =>
      words === undefined ? [] : shellWords(words).slice(0, 1),
    );
    needed(databases[0], 'reset_wallet line', 'reset-wallets');
    if (this.machines.runs(inst.id, 'database') === 0)
      return {
        exitCode: 3,
        stderr: `akrida-ops: wallet database ${databases[0]} not found on the database machine; run cluster-up first\n`,
        seconds: 1,
      };
    const copied = databases.filter((db) => {
      const key = `${inst.id}/${db}`;
      if (this.copies.get(key) === this.machines.databaseWipes) return false;
      this.copies.set(key, this.machines.databaseWipes);
      return true;
    });
    this.resets.push({ at: this.sim.world.now(), instanceId: inst.id, databases, copied });
    const lines = [
      ...copied.map((db) => `akrida-reset copied ${db}`),
      ...databases.map((db) => `akrida-reset reset ${db}`),
      `akrida-reset flushed ${needed(assigned(ctx.script, 'redis'), 'redis=', 'reset-wallets')}`,
    ];
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, seconds: 3 };
  }

  /** Samples for the script's seconds, every `every` seconds of world time. */
  async sampleContainers(ctx: CommandContext): Promise<CommandResult> {
    const seconds = Number(needed(assigned(ctx.script, 'seconds'), 'seconds=', 'sample-containers'));
    const every = Number(needed(assigned(ctx.script, 'every'), 'every=', 'sample-containers'));
    const clock = this.sim.clock;
    const end = clock.now() + seconds * 1000;
    const lines: string[] = [];
    while (clock.now() < end) {
      lines.push(`akrida-stats ${Math.floor(clock.now() / 1000)} ${this.containers(ctx.instance, every)}`);
      await clock.sleep(every * 1000);
    }
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, seconds: 0 };
  }

  /** `name|cpu%|memory` of each container on the instance, as docker stats would print it now. */
  private containers(inst: SimInstance, every: number): string {
    const rate = this.tier.recentRate(every);
    const factor = this.tier.factor();
    const item = (name: string, cpu: number, memMiB: number) =>
      `${name}|${cpu.toFixed(2)}%|${memMiB.toFixed(1)}MiB`;
    if (this.tier.isAcapy(inst))
      return [
        item('acapy-agent-issuer-1', this.tier.recentCpu(inst.id, every), 310 + rate * 0.4),
        item('acapy-agent-tails-1', 0.1, 42),
      ].join(' ');
    if (inst.tags['akrida:role'] === 'machine-database')
      return [
        item('database-issuer-db-1', Math.min(100, 1 + rate * 0.12 * factor), 120 + rate * 0.3),
        item('database-redis-host-1', Math.min(100, 0.3 + rate * 0.02), 9 + rate * 0.01),
      ].join(' ');
    return '';
  }
}
