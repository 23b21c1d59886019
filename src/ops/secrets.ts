// Kept while callers move: parameters live in src/resources.
export * from '../resources/parameters.js';
