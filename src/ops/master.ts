// Kept while callers move: the Locust master lives in src/resources.
export * from '../resources/master.js';
