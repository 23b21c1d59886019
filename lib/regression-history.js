// actions/regression-history/action.yml runs this file; the action's code is in akrida.js (scripts/bundle.ts).
import { actions } from './akrida.js';

await actions['regression-history']();
