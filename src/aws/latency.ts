// How long AWS and the instances take, in seconds at time scale 1. The offline plan's critical
// path and the simulated AWS both read this one table, so the two cannot disagree.
// Figures are typical values from AWS documentation and from the Akrida procedure; they are
// estimates for planning, not guarantees.
export const LATENCY = {
  /** A mutating or describe API call (round trip). */
  apiCall: 0.15,
  /** CreateImage pending -> available for a ~30 GiB EBS-backed image: AWS says "several minutes". */
  imageAvailable: 420,
  /** Docker reset and the Akrida image pre-build through SSM before baking (Akrida procedure, step 1). */
  prepareImage: 300,
  /** ALB provisioning -> active: AWS documents "a few minutes"; typically 2-3. */
  loadBalancerActive: 150,
  /** RunInstances pending -> running (EC2 docs: usually under a minute). */
  instanceRunning: 40,
  /** User data: .env, compose build from the baked image cache, compose up. */
  acapyBoot: 120,
  workerBoot: 150,
  /** SSM Run Command Pending -> InProgress (agent poll). */
  ssmDelivery: 2,
  /** Writing the master .env and restarting its compose project. */
  masterRestart: 45,
  /** A new Ubuntu instance's SSM agent registering after boot (Online in the instance inventory). */
  ssmOnline: 60,
  /** Preparing a stand-alone machine from a bare Ubuntu: packages, Docker, clone, compose build (and up). */
  prepareMachine: 360,
  /** A Spot interruption notice to the instance's termination: EC2 gives two minutes. */
  spotInterruptionNotice: 120,
  /** The issuer's admin API steps: DID, ledger registration, TAA, schema and credential definition. */
  prepareIssuer: 30,
} as const;

/** Seconds until a target passes `healthy` consecutive checks once it serves. */
export function healthyAfter(intervalSeconds: number, healthyThreshold: number): number {
  return intervalSeconds * healthyThreshold;
}
