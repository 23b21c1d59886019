// How an action reaches the Locust master, as inputs: the same names and meanings in every action
// that drives a load test (run-load-test, run-regression).
import { input } from './inputs.js';

export const MASTER_INPUTS = {
  transport: input.choice(['ssm', 'http'], {
    fallback: 'ssm',
    description: "ssm (curl on the master through SSM) or http (the master's web port is reachable).",
  }),
  'master-url': input.text({
    description: "With transport http, the master's web URL, e.g. http://10.0.1.10:8089.",
  }),
};
