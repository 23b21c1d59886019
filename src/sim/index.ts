// The simulated AWS account, plugged into the real SDK v3 clients: requests go through the
// client's own middleware (serialization, signing, the retry strategy) and are answered by the
// simulation in place of the network.
import type { AnyClient } from '../aws/clients.js';
import { LATENCY } from '../aws/latency.js';
import { SIMULATED_BACKEND } from '../iam/iam-client.js';
import { type Clock, VirtualClock } from '../time/clock.js';
import { AsgState, asgService } from './autoscaling.js';
import { CloudWatchState, cloudWatchService } from './cloudwatch.js';
import { Ec2State, ec2Service, type SimInstance } from './ec2.js';
import { ElbState, elbService, type HttpModel } from './elbv2.js';
import { asSdkError, SimulatorDataError } from './errors.js';
import { IamState, iamService, SIMULATED_CALLER_ROLE } from './iam.js';
import { type CommandHandler, SsmState, ssmService } from './ssm.js';
import { stsService } from './sts.js';
import { type Faults, type Latency, NO_FAULTS, World } from './world.js';

export type { Clock } from '../time/clock.js';
export { ScaledClock, VirtualClock } from '../time/clock.js';
export { SIMULATED_CALLER_ROLE } from './iam.js';
export type { CommandContext, CommandHandler, CommandResult } from './ssm.js';
export type { Faults, LedgerEntry } from './world.js';

/** A placeholder account id (the one AWS's own documentation uses). */
export const SIMULATED_ACCOUNT = '123456789012';
/** Canonical's account, the owner of the public Ubuntu images (ec2:Owner). */
export const CANONICAL = '099720109477';

export interface SimulatedAwsOptions {
  region?: string;
  clock?: Clock;
  faults?: Partial<Faults>;
  latency?: Partial<Latency>;
  seed?: number;
  http?: HttpModel;
}

/**
 * What Akrida's instances serve: ACA-Py answers on its admin and transport ports (those its compose
 * project publishes, 8150 and 8151 in Akrida's; a test changes `ports` as a checkout serving others
 * would); workers serve no HTTP.
 */
export function akridaHttpModel(
  ports = { admin: 8150, transport: 8151 },
  latency: Latency = { ...LATENCY },
): HttpModel & { ports: { admin: number; transport: number } } {
  const isAcapy = (i: SimInstance) => i.userData.includes('EXPOSED_PORT');
  const model = {
    ports,
    bootSeconds: (i: SimInstance) => (isAcapy(i) ? latency.acapyBoot : latency.workerBoot),
    serves: (i: SimInstance, port: number, path: string) => {
      if (!isAcapy(i)) return false;
      if (port === model.ports.admin) return ['/status/live', '/status/ready', '/api/doc'].includes(path);
      return port === model.ports.transport && path === '/';
    },
  };
  return model;
}

export class SimulatedAws {
  readonly world: World;
  readonly ec2: Ec2State;
  readonly elb: ElbState;
  readonly asg: AsgState;
  readonly ssm: SsmState;
  readonly iam: IamState;
  readonly cloudwatch: CloudWatchState;

  constructor(opts: SimulatedAwsOptions = {}) {
    const latency: Latency = { ...LATENCY, ...opts.latency };
    this.world = new World(
      opts.clock ?? new VirtualClock(),
      opts.region ?? 'us-east-1',
      SIMULATED_ACCOUNT,
      { ...NO_FAULTS, ...opts.faults },
      latency,
      opts.seed ?? 1,
    );
    this.ec2 = new Ec2State(this.world);
    this.elb = new ElbState(this.world, this.ec2, opts.http ?? akridaHttpModel(undefined, latency));
    this.asg = new AsgState(this.world, this.ec2, this.elb);
    this.ssm = new SsmState(this.world);
    this.iam = new IamState(this.world);
    this.cloudwatch = new CloudWatchState(this.world);
    // Order matters: instances change state first, then targets, then groups react.
    this.world.register(ec2Service(this.world, this.ec2), (now) => this.ec2.tick(now));
    this.world.register(elbService(this.world, this.ec2, this.elb), () => this.elb.tick());
    this.world.register(asgService(this.world, this.ec2, this.elb, this.asg), (now) => this.asg.tick(now));
    this.world.register(ssmService(this.world, this.ec2, this.ssm));
    this.world.register(
      stsService(this.world, () => this.iam.callerPolicy?.roleName ?? SIMULATED_CALLER_ROLE),
    );
    this.world.register(iamService(this.world, this.iam));
    this.world.register(cloudWatchService(this.world, this.cloudwatch, this.elb, this.asg));
    this.seedPublicImages();
  }

  /** Canonical's Ubuntu LTS images and the public parameters that name them, as every region has. */
  private seedPublicImages(): void {
    for (const [release, name, hex] of [
      ['24.04', 'ubuntu-noble-24.04', '0c0ffee0000002404'],
      ['22.04', 'ubuntu-jammy-22.04', '0c0ffee0000002204'],
    ] as const) {
      const id = this.ec2.seedImage(`ubuntu/images/hvm-ssd-gp3/${name}-amd64-server-20261101`, {
        id: `ami-${hex}`,
        snapshotId: `snap-${hex}`,
        public: true,
        owner: CANONICAL,
      });
      this.ssm.publicParameters.set(
        `/aws/service/canonical/ubuntu/server/${release}/stable/current/amd64/hvm/ebs-gp3/ami-id`,
        id,
      );
    }
  }

  get clock(): Clock {
    return this.world.clock;
  }

  get ledger() {
    return this.world.ledger;
  }

  set faults(f: Partial<Faults>) {
    this.world.faults = { ...this.world.faults, ...f };
  }

  /**
   * The Spot interruption fault: EC2's two-minute notice to a running Spot instance of a group (the
   * first, or the one named), then its termination with Spot's reason; returns the instance.
   */
  interruptSpot(group: string, instanceId?: string): SimInstance {
    this.world.tick();
    return this.asg.interruptSpot(group, instanceId);
  }

  /** What a script run through SSM does on an instance. */
  onCommand(handler: CommandHandler): void {
    this.ssm.handler = handler;
  }

  mutations() {
    return this.world.mutations();
  }

  /**
   * Answer this SDK client's requests from the simulation instead of the network: after the SDK's
   * retry middleware (once per attempt), before it signs the request (no one checks a signature).
   * The simulation reads each command's input, so the client does not serialise it to HTTP (a
   * tenth of a simulated call's CPU, with the header middleware that then has no request to
   * dress); the moto lane holds the whole SDK path against an AWS written by others.
   */
  attach<C extends AnyClient>(client: C): C {
    const service = (client.constructor.name || '').replace(/Client$/, '');
    // In the serialiser's place (the endpoint's middleware is placed relative to it), one that passes the input on.
    client.middlewareStack.add(((next: (a: unknown) => unknown) => (args: unknown) => next(args)) as never, {
      step: 'serialize',
      name: 'serializerMiddleware',
      override: true,
    });
    /**
     * The attempts of each invocation: its arguments are made anew for each call (a command sent
     * twice is two invocations), and the retry middleware passes the same ones to each attempt.
     */
    const attempts = new WeakMap<object, number>();
    client.middlewareStack.add(
      ((next: (a: unknown) => unknown) => (args: object) => next({ ...args })) as never,
      {
        step: 'initialize',
        name: 'akridaSimulatedInvocation',
      },
    );
    client.middlewareStack.addRelativeTo(
      ((_next: unknown, context: { commandName?: string }) => async (args: unknown) => {
        const { commandName } = context;
        if (!commandName)
          throw new SimulatorDataError(`the simulated AWS got a ${service} request with no command name`);
        const operation = commandName.replace(/Command$/, '');
        let output: object;
        try {
          output = (await this.world.call(
            service,
            operation,
            (args as { input: unknown }).input,
            attemptOf(args as object, attempts),
          )) as object;
        } catch (err) {
          throw asSdkError(service, err);
        }
        return {
          output: {
            ...output,
            $metadata: { httpStatusCode: 200, requestId: `sim-${this.world.ledger.length}` },
          },
          response: {},
        };
      }) as never,
      {
        name: 'akridaSimulatedAws',
        relation: 'before',
        toMiddleware: 'httpSigningMiddleware',
        override: true,
      },
    );
    // So a client made later for the same account (the IAM client, src/iam/iam-client.ts) finds it.
    Object.defineProperty(client, SIMULATED_BACKEND, { value: this, enumerable: false });
    return client;
  }
}

/** Which attempt of its invocation this is, counted as the SDK's retry middleware makes them. */
function attemptOf(args: object, attempts: WeakMap<object, number>): number {
  const n = (attempts.get(args) ?? 0) + 1;
  attempts.set(args, n);
  return n;
}
