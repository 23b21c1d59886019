// Kept while callers move: groups live in src/resources.
export * from '../resources/group-capacity.js';
export * from '../resources/groups.js';
