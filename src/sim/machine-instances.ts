// What the stand-alone machines (issue 14) do with their preparation scripts, for the simulated AWS:
// each run is counted per instance and role (a re-run that converges sends none), a database
// preparation that wipes its data empties the issuer's wallet (its storage lives there), the
// mediator prints its invitation, and the issuer script runs for real against loopback stand-ins
// when a test or the demo attached them.
import type { MachineRole } from '../render/machine-scripts.js';
import type { SimInstance } from './ec2.js';
import type { SimulatedAws } from './index.js';
import { runWithShims } from './issuer/run-script.js';
import { argSettingsOf, assigned, envOfScript, machineRoleOf, needed, secretsRead } from './script-facts.js';
import type { CommandContext, CommandResult } from './ssm.js';

/** What AkridaInstances.issuerStandIn holds: see startIssuerStandIn in src/sim/issuer/stand-in.ts. */
export interface IssuerStandInLink {
  /** Where the ACA-Py admin stand-in listens; the script's 127.0.0.1:<admin port> is moved here. */
  adminUrl: string;
  /** The loopback ledger's registration endpoint, which answers for the ledger a script names. */
  registerUrl: string;
  /** The issuer's wallet store: a database wipe starts a new generation. */
  wallets: { wipe(): void };
  /** The agent's release and arg-file settings, which the issuer machine's preparation decides. */
  agent: { release: string; settings: Record<string, string> };
}

/** What Akrida's configs/issuer.yml says before any change (at 404c7a16): an askar wallet, no seeds. */
const AKRIDA_ISSUER_SETTINGS: Record<string, string> = { 'wallet-type': 'askar' };

export class MachineInstances {
  /** Preparation runs per instance id and role. */
  readonly prepared = new Map<string, Partial<Record<MachineRole, number>>>();
  /** Database preparations that wiped the data (each one empties the issuer's wallet). */
  databaseWipes = 0;
  /** Issuer scripts run, per instance id. */
  readonly issuerRuns = new Map<string, number>();
  /** The ACA-Py release the agents run: Akrida's pinned 1.3.0, or what an issuer preparation checked. */
  acapyRelease = '1.3.0';
  /** The .env of the issuer machine prepared last: the agent's admin key is named there. */
  private issuerEnv: Record<string, string> = {};

  constructor(
    private readonly sim: SimulatedAws,
    private readonly standIn: () => IssuerStandInLink | undefined,
  ) {}

  /**
   * The admin API key the issuer's agent was started with: the value of the parameter its .env
   * names for ACAPY_ADMIN_API_KEY (pass `() => akrida.machines.issuerApiKey()` to a stand-in).
   */
  issuerApiKey(): string | undefined {
    const ref = this.issuerEnv.ACAPY_ADMIN_API_KEY;
    if (ref === undefined) return undefined;
    return ref.startsWith('ssm:') ? this.sim.ssm.parameters.get(ref.slice(4))?.value : ref;
  }

  runs(instanceId: string, role: MachineRole): number {
    return this.prepared.get(instanceId)?.[role] ?? 0;
  }

  private missingSecret(script: string): CommandResult | undefined {
    const names = [
      ...Object.values(envOfScript(script))
        .filter((v) => v.startsWith('ssm:'))
        .map((v) => v.slice(4)),
      ...secretsRead(script),
    ];
    const unknown = names.find((n) => !this.sim.ssm.parameters.has(n));
    if (unknown === undefined) return undefined;
    return {
      exitCode: 254,
      stderr: `An error occurred (ParameterNotFound) when calling the GetParameter operation: Parameter ${unknown} not found.\n`,
      seconds: 1,
    };
  }

  prepareMachine(ctx: CommandContext): CommandResult {
    const role = needed(machineRoleOf(ctx.script), 'machine role', 'prepare-machine');
    needed(assigned(ctx.script, 'compose_directory'), 'compose_directory=', 'prepare-machine');
    const missing = this.missingSecret(ctx.script);
    if (missing) return missing;
    const counts = this.prepared.get(ctx.instance.id) ?? {};
    counts[role] = (counts[role] ?? 0) + 1;
    this.prepared.set(ctx.instance.id, counts);
    if (role === 'issuer') {
      this.issuerEnv = envOfScript(ctx.script);
      // The agent restarts with the arg file as the script leaves it, on the release it checked.
      this.acapyRelease = assigned(ctx.script, 'want') ?? this.acapyRelease;
      const agent = this.standIn()?.agent;
      if (agent) {
        agent.settings = { ...AKRIDA_ISSUER_SETTINGS, ...argSettingsOf(ctx.script) };
        agent.release = this.acapyRelease;
      }
    }
    if (role === 'database' && ctx.script.includes('config --format json')) {
      this.databaseWipes += 1;
      this.standIn()?.wallets.wipe();
    }
    const lines: string[] = [];
    if (role === 'mediator' && ctx.script.includes("printf 'akrida-mediator invitation_url=%s\\n'"))
      lines.push(`akrida-mediator invitation_url=${this.invitation(ctx.instance, ctx.script)}`);
    lines.push(`akrida-ops: ${role === 'locust' ? 'Locust' : role} machine prepared`);
    return { exitCode: 0, stdout: `${lines.join('\n')}\n`, seconds: this.sim.world.latency.prepareMachine };
  }

  /** The invitation a freshly started mediator logs: at its MEDIATOR_URL when the .env names one. */
  private invitation(inst: SimInstance, script: string): string {
    const url = envOfScript(script).MEDIATOR_URL;
    const base = url && /^https?:\/\/[A-Za-z0-9.:-]+$/.test(url) ? url : `http://${inst.privateIp}:3000`;
    return `${base}?c_i=eyJAdHlwZSI6ICJzaW11bGF0ZWQtbWVkaWF0b3IifQ==`;
  }

  async prepareIssuer(ctx: CommandContext): Promise<CommandResult> {
    const link = this.standIn();
    if (!link)
      return {
        exitCode: 7,
        stderr:
          'no ACA-Py agent runs on this simulated issuer machine; attach one with AkridaInstances.issuerStandIn = await startIssuerStandIn(...) (src/sim/issuer/stand-in.ts)\n',
        seconds: 1,
      };
    const missing = this.missingSecret(ctx.script);
    if (missing) return missing;
    const admin = needed(assigned(ctx.script, 'admin'), 'admin=', 'prepare-issuer');
    const parameters: Record<string, string> = {};
    for (const name of secretsRead(ctx.script)) {
      const p = this.sim.ssm.parameters.get(name);
      if (p) parameters[name] = p.value;
    }
    this.issuerRuns.set(ctx.instance.id, (this.issuerRuns.get(ctx.instance.id) ?? 0) + 1);
    // The simulated internet: the ledger the cluster file names answers from the loopback ledger.
    const register = assigned(ctx.script, 'register_url');
    const r = await runWithShims(ctx.script, {
      parameters,
      loopback: [
        [admin, link.adminUrl],
        ...(register ? [[register, link.registerUrl] as [string, string]] : []),
      ],
      timeoutMs: 120_000,
    });
    // A killed script has no status: it failed.
    return {
      exitCode: r.status ?? 1,
      stdout: r.stdout,
      stderr: r.stderr,
      seconds: this.sim.world.latency.prepareIssuer,
    };
  }
}
