// Kept while callers move: the security groups and load balancers live in src/resources.
export * from '../resources/load-balancing.js';
export { type ClusterSecurityGroups, ensureClusterSecurityGroups } from '../resources/security-groups.js';
