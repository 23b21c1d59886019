// An operator's day against moto server as it is (operator-day.ts). The same day behind a fault
// proxy is cluster-lifecycle-faults.moto.ts: two files, so jest runs the two days side by side.
import { jest } from '@jest/globals';
import { operatorDay } from './operator-day.js';

// A day against moto server outlasts the unit tests' 30 s; this lane also runs inside `npm test`'s
// single jest run, where the command line's --testTimeout does not reach it.
jest.setTimeout(180_000);

operatorDay(false);
