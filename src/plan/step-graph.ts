// The cluster build as one table. Each step is a job of the cluster-up workflow (workflows-src
// generates it) and a node of the critical path (build-steps.ts schedules it), so what runs on
// GitHub and what the plan promises cannot drift apart. Both images bake while the security
// groups and load balancers are made; the ACA-Py tier starts when its image and load balancers
// exist; workers start when the master is configured. Plain data: no workflow code here.
import { healthyAfter, LATENCY } from '../aws/latency.js';
import type { Cluster } from '../config/schema.js';
import type { KindId } from '../resources/registry.js';

export const STEP_IDS = [
  'secrets',
  'security-groups',
  'machines',
  'locust-image',
  'acapy-image',
  'load-balancers',
  'locust-master',
  'acapy-tier',
  'worker-tier',
  'verify',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * A value handed to an action: literal text, an output of a step this one needs, an output of an
 * earlier action in this step, a workflow input, or any other expression (written as on GitHub,
 * without `${{ }}`).
 */
export type StepValue =
  | string
  | { need: StepId; output: string }
  | { action: string; output: string }
  | { input: string }
  | { expr: string };

export interface StepAction {
  /** The action under ./actions/. */
  uses: string;
  title: string;
  /** Names the action, for outputs read after it. */
  id?: string;
  with?: Record<string, StepValue>;
  /** Runs even when an earlier action of the step failed. */
  always?: boolean;
  /** Receives, as env, every workflow secret a cluster file names. */
  workflowSecrets?: boolean;
}

export interface Step {
  /** The job's name on GitHub. */
  name: string;
  /** What the step does, as the plan lists it. */
  title: string;
  needs: StepId[];
  /** The kinds of the registry this step makes; its needs must make what they come after. */
  kinds: KindId[];
  /** Kinds the registry puts before this step's kinds that this step does not read, and why. */
  reads?: { not: KindId; why: string };
  actions: StepAction[];
  outputs?: Record<string, { action: string; output: string }>;
  /** Expected duration from the shared latency model (what the simulated AWS also takes). */
  seconds: (c: Cluster) => number;
}

const api = LATENCY.apiCall;

/** Launch and register, then the longest chain of preparations: database then issuer, or Locust. */
function machinesSeconds(c: Cluster): number {
  const m = c.machines;
  if (!m || (!m.database && !m.issuer && !m.locust)) return 2 * api;
  const prep = LATENCY.ssmDelivery + LATENCY.prepareMachine;
  const issuerChain =
    (m.database ? prep : 0) + (m.issuer ? prep + LATENCY.ssmDelivery + LATENCY.prepareIssuer : 0);
  return 6 * api + LATENCY.instanceRunning + LATENCY.ssmOnline + Math.max(issuerChain, m.locust ? prep : 0);
}
const bake = LATENCY.ssmDelivery + LATENCY.prepareImage + LATENCY.imageAvailable;

function image(role: 'locust' | 'acapy', label: string): Step {
  return {
    name: `${role === 'acapy' ? 'ACA-Py' : 'Locust'} image`,
    title: `Reset Docker, pre-build and bake the ${label} image`,
    // The image may be baked from a machine the toolkit makes and prepares.
    needs: ['machines'],
    kinds: ['images'],
    actions: [
      {
        uses: 'create-ami',
        title: `Bake the ${label} image`,
        id: 'ami',
        with: { role, rebuild: { input: 'rebuild-images' } },
      },
    ],
    outputs: { 'image-id': { action: 'ami', output: `${role}-image-id` } },
    seconds: () => bake,
  };
}

/** A tier: render its launch template, make the version the default, ensure its group. */
function tier(
  which: 'acapy' | 'worker',
  text: { name: string; title: string; group: string },
  needs: StepId[],
  groupInputs: Record<string, StepValue>,
  groupSeconds: (c: Cluster) => number,
): Step {
  return {
    name: text.name,
    title: text.title,
    needs,
    kinds: ['launch-templates', 'groups'],
    ...(which === 'acapy'
      ? {
          reads: {
            not: 'master',
            why: "ACA-Py's files name the load balancers and machines, not the Locust master",
          },
        }
      : {}),
    actions: [
      {
        uses: 'render-launch-template',
        title: `Render the ${which === 'acapy' ? 'ACA-Py' : 'worker'} launch template`,
        id: 'lt',
        with: {
          tier: which,
          'image-id': { need: which === 'acapy' ? 'acapy-image' : 'locust-image', output: 'image-id' },
          'perf-sg': { need: 'security-groups', output: 'perf-sg' },
        },
      },
      {
        uses: 'set-default-template-version',
        title: 'Make it the default version',
        with: {
          tier: which,
          version: { action: 'lt', output: 'version' },
          refresh: { expr: 'inputs.refresh || false' },
        },
      },
      { uses: 'ensure-auto-scaling-group', title: text.group, with: { tier: which, ...groupInputs } },
    ],
    outputs: { version: { action: 'lt', output: 'version' } },
    // Render and make default, then the group.
    seconds: (c) => 2 * api + groupSeconds(c),
  };
}

export const STEP_GRAPH: Readonly<Record<StepId, Step>> = {
  secrets: {
    name: 'Store secrets',
    title: 'Store workflow secrets as SecureString parameters',
    needs: [],
    kinds: ['parameters'],
    actions: [
      {
        uses: 'preflight',
        title: 'Preflight: the instance profile exists and the role has every grant it needs',
      },
      {
        uses: 'store-secrets',
        title: 'Store workflow secrets as SecureString parameters',
        workflowSecrets: true,
      },
      {
        uses: 'renew-expiry',
        title: "Renew the cluster's expiry (an apply keeps a cluster in use from the sweeper)",
      },
    ],
    seconds: () => 4 * api,
  },
  'security-groups': {
    name: 'Security groups',
    title: 'Ensure the load-balancer and performance security groups and rules',
    needs: [],
    kinds: ['security-groups'],
    actions: [{ uses: 'ensure-security-groups', title: 'Ensure security groups and rules', id: 'sg' }],
    outputs: { 'lb-sg': { action: 'sg', output: 'lb-sg' }, 'perf-sg': { action: 'sg', output: 'perf-sg' } },
    seconds: () => 6 * api,
  },
  machines: {
    name: 'Stand-alone machines',
    title:
      'Launch or start the database, issuer and Locust machines the file lists, prepare them through SSM, and make the issuer’s DID, schema and credential definition',
    needs: ['secrets', 'security-groups'],
    kinds: ['machines'],
    actions: [
      {
        uses: 'ensure-machines',
        title: 'Launch or start the stand-alone machines',
        with: { 'perf-sg': { need: 'security-groups', output: 'perf-sg' } },
      },
      { uses: 'prepare-machines', title: 'Prepare the machines and the issuer', id: 'prepare' },
    ],
    outputs: {
      'schema-id': { action: 'prepare', output: 'schema-id' },
      'cred-def-id': { action: 'prepare', output: 'cred-def-id' },
    },
    seconds: machinesSeconds,
  },
  'locust-image': image('locust', 'Locust worker'),
  'acapy-image': image('acapy', 'ACA-Py'),
  'load-balancers': {
    name: 'ACA-Py load balancers',
    title: 'Ensure the ACA-Py admin and transport load balancers',
    needs: ['security-groups'],
    kinds: ['load-balancing'],
    actions: [
      {
        uses: 'ensure-load-balancer',
        title: 'Ensure admin and transport load balancers',
        id: 'lb',
        with: { 'lb-sg': { need: 'security-groups', output: 'lb-sg' } },
      },
    ],
    outputs: {
      'admin-dns': { action: 'lb', output: 'admin-dns' },
      'transport-dns': { action: 'lb', output: 'transport-dns' },
    },
    seconds: () => LATENCY.loadBalancerActive + 6 * api,
  },
  'locust-master': {
    name: 'Locust master',
    title: 'Write the Locust master .env and restart it',
    needs: ['load-balancers', 'secrets', 'machines'],
    kinds: ['master'],
    actions: [{ uses: 'configure-locust-master', title: 'Configure the Locust master', id: 'master' }],
    outputs: { 'master-ip': { action: 'master', output: 'master-ip' } },
    seconds: () => LATENCY.ssmDelivery + LATENCY.masterRestart,
  },
  'acapy-tier': tier(
    'acapy',
    {
      name: 'ACA-Py tier',
      title:
        'Render the ACA-Py launch template (ISSUER = transport DNS), make it the default, ensure the group and wait for healthy targets',
      group: 'Ensure the ACA-Py group and wait for healthy targets',
    },
    ['acapy-image', 'load-balancers', 'secrets', 'security-groups'],
    {},
    (c) =>
      2 * api +
      LATENCY.instanceRunning +
      LATENCY.acapyBoot +
      healthyAfter(c.acapy.healthCheck.intervalSeconds, c.acapy.healthCheck.healthyThreshold),
  ),
  'worker-tier': tier(
    'worker',
    {
      name: 'Locust worker tier',
      title:
        'Render the Locust worker launch template, make it the default, ensure the worker group and wait for workers at the master',
      group: 'Ensure the worker group',
    },
    ['locust-image', 'locust-master', 'security-groups'],
    { workers: { input: 'workers' } },
    () => 2 * api + LATENCY.instanceRunning + LATENCY.workerBoot,
  ),
  verify: {
    name: 'Verify and summarise',
    title: 'Verify target health, the ACA-Py sanity check and the worker count',
    // Every step, so the summary can show the time each one took.
    needs: STEP_IDS.filter((id) => id !== 'verify'),
    kinds: [],
    actions: [
      { uses: 'verify-cluster', title: 'Verify the cluster', id: 'verify' },
      {
        uses: 'summarize-cluster',
        title: 'Summarise the cluster, its cost and the time each job took',
        with: { jobs: { expr: 'toJSON(needs)' } },
        always: true,
      },
    ],
    seconds: () => 4 * api + LATENCY.ssmDelivery,
  },
};
