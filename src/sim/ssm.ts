// Simulated Systems Manager: Run Command (AWS-RunShellScript to instance ids or tag targets, with
// per-instance invocations Pending -> InProgress -> Success/Failed/TimedOut and AWS's output
// limits) and Parameter Store (String and SecureString). What a script does on an instance is
// decided by a pluggable handler.
// Run Command and Parameter Store answer their own operations (src/sim/ssm/*); this module joins them.
import type { Ec2State } from './ec2.js';
import { instanceInformationHandlers } from './ssm/instance-information.js';
import { parameterHandlers } from './ssm/parameters.js';
import { runCommandHandlers } from './ssm/run-command.js';
import type { SsmState } from './ssm/state.js';
import type { World } from './world.js';

export type { CommandContext, CommandHandler, CommandResult } from './ssm/model.js';
export { STDERR_LIMIT, STDOUT_LIMIT } from './ssm/model.js';
export { SsmState } from './ssm/state.js';

export function ssmService(world: World, ec2: Ec2State, s: SsmState) {
  const handlers = {
    ...runCommandHandlers(world, ec2, s),
    ...parameterHandlers(world, s),
    ...instanceInformationHandlers(world, ec2),
  };
  return {
    name: 'SSM',
    handlers,
    reads: new Set(Object.keys(handlers).filter((k) => /^(Get|List|Describe)/.test(k))),
  };
}
