// What Akrida's instances do with the toolkit's scripts, for the simulated AWS. This handler tells a
// script's purpose from its first comment line, checks the files it really requires (its own
// `directory=` and `required=(...)`) against the instance's Akrida checkout, and answers from the
// simulated state:
// the ACA-Py endpoint comes from the ISSUER its user data wrote, the worker count from the
// workers whose MASTER_HOST is the master's address. A wrong value upstream shows up here.
import { spawnSync } from 'node:child_process';
import { type AdminCall, apiOfRunning, queryOf } from './acapy/api-document.js';
import { AcapyTierLoad } from './acapy/tier-load.js';
import type { SimInstance } from './ec2.js';
import { covers } from './elbv2.js';
import type { SimulatedAws } from './index.js';
import { type IssuerStandInLink, MachineInstances } from './machine-instances.js';
import { RegressionMachines } from './regression-machines.js';
import {
  assigned,
  assignedList,
  envOfScript,
  needed,
  purposeOf,
  type ScriptPurpose,
  secretsRead,
} from './script-facts.js';
import type { CommandContext, CommandResult } from './ssm.js';

/** Files of Akrida's checkout on the stand-alone instances (paths of data/akrida/404c7a16.../tree.txt). */
export const AKRIDA_FILES = [
  '/home/ubuntu/docker-compose.yml',
  '/home/ubuntu/owl-akrida/instance-configs/acapy-agent/docker-compose.yml',
  '/home/ubuntu/owl-akrida/instance-configs/database/docker-compose.yml',
  '/home/ubuntu/owl-akrida/docker-compose.yml',
  '/home/ubuntu/owl-akrida/worker.docker-compose.yml',
  '/home/ubuntu/owl-akrida/load-agent/locust-files/locustMediatorIssue.py',
  '/home/ubuntu/owl-akrida/load-agent/locust-files/locustMediatorPresentProof.py',
  '/home/ubuntu/owl-akrida/load-agent/locust-files/locustMediatorPresentProofExisting.py',
];

export { envOfScript } from './script-facts.js';

/**
 * The verify script's invitation request: `check invitation "$admin/PATH?QUERY" [-X METHOD] ...
 * [-d 'BODY']`, continued lines joined. A template of another shape fails here, loudly.
 */
export function invitationCall(script: string): AdminCall {
  const joined = script.replace(/\\\n\s*/g, ' ');
  const line = needed(/^check invitation (.+)$/m.exec(joined)?.[1], 'check invitation', 'verify');
  const url = new URL(
    needed(/"\$admin([^"]*)"/.exec(line)?.[1], '"$admin..." URL', 'verify'),
    'http://admin',
  );
  const body = /(?:^| )-d '([^']*)'/.exec(line)?.[1];
  return {
    method: /(?:^| )-X ([A-Z]+)/.exec(line)?.[1] ?? (body === undefined ? 'GET' : 'POST'),
    path: url.pathname,
    query: queryOf(url.searchParams),
    ...(body === undefined ? {} : { body: JSON.parse(body) as unknown }),
  };
}

export class AkridaInstances {
  /** Files present on each instance; instances not listed have Akrida's default checkout. */
  readonly files = new Map<string, Set<string>>();
  /**
   * When set, calls to Locust's web API on the master (the locust-http script) run for real on
   * this machine, against a real Locust listening on 127.0.0.1 at the cluster's web port.
   */
  loopbackLocust = false;
  /** Called with each locust-http script before and after it runs (the demo follows swarm and stop). */
  onLocustHttp: ((script: string, when: 'before' | 'after') => void) | undefined = undefined;
  /** What each worker reports when sampled during a load test (percent CPU, share of memory). */
  workerLoad: (inst: SimInstance) => { cpu: number; memory: number } = () => ({ cpu: 35, memory: 0.4 });
  readonly masters = new Map<string, { env: Record<string, string>; readyAt: number }>();
  /**
   * When set, the issuer's preparation script runs for real under bash against these loopback
   * stand-ins (startIssuerStandIn in src/sim/issuer/stand-in.ts); unset, it fails with exit 7.
   */
  issuerStandIn: IssuerStandInLink | undefined = undefined;
  /** The stand-alone machines' preparations (issue 14): counts per instance and role, wipes. */
  readonly machines: MachineInstances;
  /** The ACA-Py tier's load: variant slowdowns, CloudWatch datapoints (issue 26). */
  readonly tier: AcapyTierLoad;
  /** The regression's wallet resets and container samples. */
  readonly regression: RegressionMachines;

  constructor(private readonly sim: SimulatedAws) {
    this.machines = new MachineInstances(sim, () => this.issuerStandIn);
    this.tier = new AcapyTierLoad(sim);
    this.regression = new RegressionMachines(sim, this.machines, this.tier);
  }

  install(): this {
    this.sim.onCommand((ctx) => this.handle(ctx));
    return this;
  }

  private has(inst: SimInstance, path: string): boolean {
    return (this.files.get(inst.id) ?? new Set(AKRIDA_FILES)).has(path);
  }

  private handle(ctx: CommandContext): CommandResult | Promise<CommandResult> {
    const purpose = purposeOf(ctx.script);
    if (!purpose) return { exitCode: 0, seconds: 1 };
    if (purpose === 'prepare-machine') return this.machines.prepareMachine(ctx);
    if (purpose === 'prepare-issuer') return this.machines.prepareIssuer(ctx);
    if (purpose === 'reset-wallets') return this.regression.resetWallets(ctx);
    if (purpose === 'sample-containers') return this.regression.sampleContainers(ctx);
    const missing = this.missingFiles(ctx, purpose);
    if (missing) return missing;
    const lat = this.sim.world.latency;
    switch (purpose) {
      case 'prepare-image':
        return { exitCode: 0, stdout: 'images built\n', seconds: lat.prepareImage };
      case 'configure-master': {
        const env = envOfScript(ctx.script);
        const unknown = Object.values(env).find(
          (v) => v.startsWith('ssm:') && !this.sim.ssm.parameters.has(v.slice(4)),
        );
        if (unknown) {
          return {
            exitCode: 254,
            stderr: `An error occurred (ParameterNotFound) when calling the GetParameter operation: Parameter ${unknown.slice(4)} not found.\n`,
            seconds: 1,
          };
        }
        this.masters.set(ctx.instance.id, {
          env,
          readyAt: this.sim.clock.now() + this.sim.world.ms(lat.masterRestart),
        });
        return { exitCode: 0, stdout: 'akrida-ops: master configured\n', seconds: lat.masterRestart };
      }
      case 'verify':
        return { exitCode: 0, stdout: this.verify(ctx.instance, ctx.script), seconds: 3 };
      case 'sample-load': {
        const l = this.workerLoad(ctx.instance);
        const total = 16 * 1024 ** 3;
        return {
          exitCode: 0,
          stdout: `akrida-load cpu=${Math.round(l.cpu)} mem_used=${Math.round(total * l.memory)} mem_total=${total}\n`,
          seconds: 1,
        };
      }
      case 'locust-http': {
        if (!this.loopbackLocust)
          return {
            exitCode: 7,
            stderr:
              'no Locust runs on this simulated master: a simulated load test needs python3-locust on this machine (akrida workflow and akrida demo then run one on 127.0.0.1) and cluster-up in the same run\n',
            seconds: 1,
          };
        this.onLocustHttp?.(ctx.script, 'before');
        const r = spawnSync('bash', ['-c', ctx.script], {
          encoding: 'utf8',
          timeout: 60_000,
          env: { PATH: '/usr/bin:/bin' },
        });
        this.onLocustHttp?.(ctx.script, 'after');
        if (r.error) return { exitCode: 127, stderr: `bash could not run: ${r.error.message}\n`, seconds: 1 };
        // A killed script has no status (failed); its streams are strings with encoding 'utf8'.
        // The real call has already taken its real time: no simulated time on top.
        return { exitCode: r.status ?? 1, stdout: r.stdout, stderr: r.stderr, seconds: 0 };
      }
      default:
        return { exitCode: 0, seconds: 1 };
    }
  }

  /** Exit 3 naming each file the script requires that the instance's checkout lacks, as the script does. */
  private missingFiles(ctx: CommandContext, purpose: ScriptPurpose): CommandResult | undefined {
    if (purpose !== 'prepare-image' && purpose !== 'configure-master') return undefined;
    const directory = needed(assigned(ctx.script, 'directory'), 'directory=', purpose);
    const required = needed(assignedList(ctx.script, 'required'), 'required=(...)', purpose);
    const missing = required.filter((f) => !this.has(ctx.instance, `${directory}/${f}`));
    if (missing.length === 0) return undefined;
    return {
      exitCode: 3,
      stderr: missing.map((f) => `akrida-ops: ${f.split('/').pop()} not found in ${directory}\n`).join(''),
      seconds: 1,
    };
  }

  /**
   * Whether the listener an admin URL reaches speaks its scheme: HTTPS with a certificate that
   * covers the URL's host name, or plain HTTP (a load balancer not there yet answers nothing).
   */
  private speaks(url: URL, dns: string): boolean {
    const lb = [...this.sim.elb.lbs.values()].find((l) => l.dns === dns);
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    const l = [...this.sim.elb.listeners.values()].find((x) => x.lbArn === lb?.arn && x.port === port);
    if (!l) return true;
    if (url.protocol === 'http:') return l.protocol === 'HTTP';
    const cert = l.certificateArn ? this.sim.elb.certificates.get(l.certificateArn) : undefined;
    return l.protocol === 'HTTPS' && cert !== undefined && covers(cert, url.hostname);
  }

  /** Healthy ACA-Py instances behind the load balancer with this DNS name and listener port. */
  private healthyBehind(dns: string, port?: number): SimInstance[] {
    const lb = [...this.sim.elb.lbs.values()].find((l) => l.dns === dns);
    if (!lb || this.sim.clock.now() < lb.activeAt) return [];
    const listeners = [...this.sim.elb.listeners.values()].filter(
      (l) => l.lbArn === lb.arn && (port === undefined || l.port === port),
    );
    const out: SimInstance[] = [];
    for (const l of listeners) {
      const tg = l.targetGroupArn ? this.sim.elb.tgs.get(l.targetGroupArn) : undefined;
      if (!tg) continue;
      for (const id of tg.targets.keys()) {
        const inst = this.sim.ec2.instances.get(id);
        if (inst && this.sim.elb.health(tg, id).state === 'healthy') out.push(inst);
      }
    }
    return out;
  }

  private verify(master: SimInstance, script: string): string {
    const admin = new URL(needed(assigned(script, 'admin'), 'admin=', 'verify'));
    // A host name of the operator's reaches the load balancer through their DNS record.
    const adminDns = this.sim.elb.dnsRecords.get(admin.hostname) ?? admin.hostname;
    const apiKeyParameter = needed(secretsRead(script)[0], 'akrida_secret', 'verify');
    const lines: string[] = [];
    const say = (k: string, v: string | number) => lines.push(`akrida-verify ${k} ${v}`);
    // A failed TLS handshake (a certificate for another name, HTTPS to HTTP) gives no status at all.
    const handshake = this.speaks(admin, adminDns);
    const acapy = handshake ? this.healthyBehind(adminDns)[0] : undefined;
    const down = handshake ? 503 : '000';
    say('live', acapy ? 200 : down);
    say('ready', acapy ? 200 : down);
    const env = acapy ? envOfScript(acapy.userData) : {};
    const keyOk = env.ACAPY_ADMIN_API_KEY === `ssm:${apiKeyParameter}`;
    // The invitation call as the script sends it, answered as the agent's release answers it.
    const call = invitationCall(script);
    const verdict = apiOfRunning(this.machines.acapyRelease).check(call);
    const status = !acapy ? down : !keyOk ? 401 : verdict.ok ? 200 : verdict.status;
    say('invitation', status);
    const url =
      status === 200 ? `http://${env.ISSUER}:${env.EXPOSED_PORT}?oob=eyJAdHlwZSI6ICJzaW11bGF0ZWQifQ==` : '-';
    say('invitation_url', url);
    if (url !== '-') {
      const u = new URL(url);
      say(
        'invitation_resolves',
        this.healthyBehind(u.hostname, Number(u.port || 80)).length > 0 ? 200 : '000',
      );
    }
    const m = this.masters.get(master.id);
    const now = this.sim.clock.now();
    const up = m !== undefined && now >= m.readyAt;
    say('locust', up ? 200 : '000');
    const workers = [...this.sim.ec2.instances.values()].filter((i) => {
      if (i.state !== 'running' || i.runningSince === undefined) return false;
      const wenv = envOfScript(i.userData);
      return (
        wenv.MASTER_HOST === master.privateIp &&
        now >= i.runningSince + this.sim.world.ms(this.sim.world.latency.workerBoot)
      );
    });
    say('workers', up ? workers.length : '-');
    return `${lines.join('\n')}\n`;
  }
}
