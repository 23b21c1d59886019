// Kept while callers move: launch templates live in src/resources.
export * from '../resources/launch-template.js';
