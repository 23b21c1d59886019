// Kept while callers move: images live in src/resources.
export * from '../resources/images.js';
export * from '../resources/source-instances.js';
