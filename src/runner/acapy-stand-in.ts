// The ACA-Py holder-scenario stand-in for local load tests (the demo, `akrida workflow ... load-test
// --simulate`): the simulator's, handed to the demo through the runner as the issuer's is.
export {
  HOLDER_LOCUSTFILE,
  type HolderAgentStandIn,
  startHolderAgentStandIn,
} from '../sim/acapy/holder-agent.js';
