// Every action, by its folder under actions/: what lib/ is built from (scripts/bundle.ts), and what
// each action.yml and docs/actions/ page is generated from (src/action-meta.ts). A test checks that
// it names every folder.
import type { ActionMain } from '../src/action/define-action.js';
import { run as checkPlan } from './check-plan/src/main.js';
import { run as clusterLock } from './cluster-lock/src/main.js';
import { run as commentPlan } from './comment-plan/src/main.js';
import { run as configureLocustMaster } from './configure-locust-master/src/main.js';
import { run as createAmi } from './create-ami/src/main.js';
import { run as ensureAutoScalingGroup } from './ensure-auto-scaling-group/src/main.js';
import { run as ensureLoadBalancer } from './ensure-load-balancer/src/main.js';
import { run as ensureMachines } from './ensure-machines/src/main.js';
import { run as ensureSecurityGroups } from './ensure-security-groups/src/main.js';
import { run as listClusters } from './list-clusters/src/main.js';
import { run as planCluster } from './plan-cluster/src/main.js';
import { run as preflight } from './preflight/src/main.js';
import { run as prepareMachines } from './prepare-machines/src/main.js';
import { run as regressionHistory } from './regression-history/src/main.js';
import { run as renderLaunchTemplate } from './render-launch-template/src/main.js';
import { run as renewExpiry } from './renew-expiry/src/main.js';
import { run as runLoadTest } from './run-load-test/src/main.js';
import { run as runOnInstances } from './run-on-instances/src/main.js';
import { run as runRegression } from './run-regression/src/main.js';
import { run as setCapacity } from './set-capacity/src/main.js';
import { run as setDefaultTemplateVersion } from './set-default-template-version/src/main.js';
import { run as storeSecrets } from './store-secrets/src/main.js';
import { run as summarizeCluster } from './summarize-cluster/src/main.js';
import { run as sweepExpired } from './sweep-expired/src/main.js';
import { run as teardown } from './teardown/src/main.js';
import { run as validateCluster } from './validate-cluster/src/main.js';
import { run as verifyCluster } from './verify-cluster/src/main.js';

export const actions: Record<string, ActionMain> = {
  'check-plan': checkPlan,
  'cluster-lock': clusterLock,
  'comment-plan': commentPlan,
  'configure-locust-master': configureLocustMaster,
  'create-ami': createAmi,
  'ensure-auto-scaling-group': ensureAutoScalingGroup,
  'ensure-load-balancer': ensureLoadBalancer,
  'ensure-machines': ensureMachines,
  'ensure-security-groups': ensureSecurityGroups,
  'list-clusters': listClusters,
  'plan-cluster': planCluster,
  preflight: preflight,
  'prepare-machines': prepareMachines,
  'regression-history': regressionHistory,
  'render-launch-template': renderLaunchTemplate,
  'renew-expiry': renewExpiry,
  'run-load-test': runLoadTest,
  'run-on-instances': runOnInstances,
  'run-regression': runRegression,
  'set-capacity': setCapacity,
  'set-default-template-version': setDefaultTemplateVersion,
  'store-secrets': storeSecrets,
  'summarize-cluster': summarizeCluster,
  'sweep-expired': sweepExpired,
  teardown: teardown,
  'validate-cluster': validateCluster,
  'verify-cluster': verifyCluster,
};
