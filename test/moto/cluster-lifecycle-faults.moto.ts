// An operator's day against moto server behind a proxy that answers like a bad day at AWS
// (operator-day.ts): throttling, and writes carried out and then answered 500.
import { jest } from '@jest/globals';
import { operatorDay } from './operator-day.js';

// A day against moto server outlasts the unit tests' 30 s (see cluster-lifecycle.moto.ts).
jest.setTimeout(180_000);

operatorDay(true);
