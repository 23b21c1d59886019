import { loadClusterInput, runAction } from '../../../src/action/adapter.js';
import { type ActionDeps, awsContext, choiceInput } from '../../../src/action/context.js';
import { io } from '../../../src/action/io.js';
import { groupName, setCapacity, tierCapacity } from '../../../src/ops/groups.js';

export function run(deps: ActionDeps = {}): Promise<void> {
  return runAction('set-capacity', async () => {
    const { cluster } = loadClusterInput();
    const tier = choiceInput('tier', ['acapy', 'worker'] as const);
    const base = tierCapacity(cluster, tier);
    const num = (name: 'min' | 'desired' | 'max') => {
      const v = io().getInput(name);
      if (v === '') return base[name];
      if (!/^\d+$/.test(v)) throw new Error(`input ${name} must be a whole number (got "${v}")`);
      return Number(v);
    };
    const cap = { min: num('min'), desired: num('desired'), max: num('max') };
    if (cap.min > cap.desired || cap.desired > cap.max)
      throw new Error(
        `capacity must satisfy min <= desired <= max (got ${cap.min}/${cap.desired}/${cap.max})`,
      );
    const changed = await setCapacity(awsContext(cluster, deps), groupName(cluster, tier), cap);
    io().setOutput('changed', String(changed));
  });
}
