// Kept while callers move: the copies of what last ran live in src/resources.
export * from '../resources/last-run.js';
